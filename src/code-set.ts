/**
 * Sets of UTF-16 code units as bits: a yes/no for any character in one
 * load, where most characters of the text are in no set (the first
 * characters of unit tables, of section cues).
 *
 * @module
 */

/** One bit per UTF-16 code unit (65,536 bits, 8 KB). */
export type CodeSet = Uint32Array

/**
 * @param codes
 *   UTF-16 code units.
 * @returns
 *   The set of them.
 */
export function codeSet(codes: Iterable<number>): CodeSet {
  const bits = new Uint32Array(2048)
  for (const code of codes) bits[code >>> 5]! |= 1 << (code & 31)
  return bits
}

/**
 * @param set
 *   A set.
 * @param code
 *   `text.charCodeAt(index)`; `NaN` (past the end of the text) reads as
 *   code unit 0.
 * @returns
 *   Whether the code unit is in the set.
 */
export function hasCode(set: CodeSet, code: number): boolean {
  return (set[code >>> 5]! & (1 << (code & 31))) !== 0
}
