/**
 * A fast deep equality with the semantics of vitest's `toEqual` (keys with
 * `undefined` values ignored, `Object.is` for numbers), for trees too large
 * for `toEqual` to compare quickly. Tests call `toEqual` only on a mismatch,
 * for its diff.
 */

/**
 * @param a
 *   A value.
 * @param b
 *   Another value.
 * @returns
 *   Whether `toEqual` would find them equal (for JSON-like values).
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a)) {
    const other = b as Array<unknown>
    return a.length === other.length && a.every((item, index) => deepEqual(item, other[index]))
  }

  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = Object.keys(left).filter((key) => left[key] !== undefined)
  const otherKeys = Object.keys(right).filter((key) => right[key] !== undefined)
  return keys.length === otherKeys.length && keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]))
}
