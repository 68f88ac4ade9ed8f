/**
 * The one error type baogao throws, for programmer errors only.
 *
 * @module
 */

/** Stable codes of {@link BaogaoError}. */
export type BaogaoErrorCode = 'invalid-argument' | 'invalid-xml' | 'ambiguous-encoding'

/** Marks instances, so that `instanceof` works across bundles (see below). */
const brand = Symbol.for('baogao.BaogaoError')

/**
 * Thrown for programmer errors (a value of the wrong type), for XML that is
 * not baogao XML, and for bytes whose encoding is ambiguous; never for report
 * text. The message starts with the name of the API that threw.
 *
 * @example
 * ```ts
 * try {
 *   parseReport(42 as unknown as string)
 * } catch (error) {
 *   if (error instanceof BaogaoError) console.log(error.code) // 'invalid-argument'
 * }
 * ```
 */
export class BaogaoError extends Error {
  /** Stable code for programs to branch on. */
  readonly code: BaogaoErrorCode

  /**
   * @param message
   *   Text starting with the API name (`parseReport(): …`).
   * @param code
   *   Stable code.
   */
  constructor(message: string, code: BaogaoErrorCode) {
    super(message)
    this.name = 'BaogaoError'
    this.code = code
    Object.defineProperty(this, brand, {value: true})
  }

  /**
   * Each entry point (`baogao`, `baogao/xml`, `baogao/io`…, in ESM and CJS)
   * is bundled with its own copy of this class; an error thrown by one is an
   * `instanceof` the others because they recognise the brand, not the copy.
   *
   * @param value
   *   Anything.
   * @returns
   *   Whether `value` is a `BaogaoError` from any copy of baogao.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // Subclasses keep the usual prototype-chain check.
    if (this !== BaogaoError) return Function.prototype[Symbol.hasInstance].call(this, value)
    return typeof value === 'object' && value !== null && brand in value
  }
}

/**
 * Throw unless `value` is a string.
 *
 * @param api
 *   Name of the API, as it starts the message (`parseReport`).
 * @param value
 *   What the caller passed.
 * @returns
 *   Nothing; narrows `value` to `string`.
 */
export function assertString(api: string, value: unknown): asserts value is string {
  if (typeof value === 'string') return
  throw new BaogaoError(`${api}(): expected a string, got ${describe(value)}`, 'invalid-argument')
}

/**
 * @param value
 *   Anything.
 * @returns
 *   A short description of its type for error messages.
 */
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value !== 'object') return typeof value
  const name = (value as {constructor?: {name?: unknown}}).constructor?.name
  return typeof name === 'string' && name ? `an instance of ${name}` : 'an object'
}
