/**
 * Exact decimals: a digit string and a power of ten.
 *
 * Numbers are built from the digits as written and turned into a JS number
 * once, by the engine's correctly rounded string parser, so `1.37万亿` is
 * exactly `1370000000000` and `0.1 + 0.2`-style error never appears.
 *
 * @module
 */

/**
 * A non-negative decimal `digits × 10^exp`.
 *
 * @example
 *   // 1.37万亿
 *   const x: Exact = {digits: '137', exp: 10}
 */
export interface Exact {
  /** Decimal digits, no sign, no point; may have leading zeros. */
  readonly digits: string
  /** Power of ten applied to `digits`. */
  readonly exp: number
}

/** Exact powers of ten `1e0` to `1e22`. */
const powers: number[] = []
for (let exponent = 0; exponent <= 22; exponent++) powers.push(Number('1e' + exponent))

/**
 * Turn an exact decimal into the nearest JS number.
 *
 * @param value
 *   Exact decimal.
 * @param negative
 *   Whether to negate (never produces `-0`).
 * @param exponent
 *   Power of ten to multiply by first (default 0).
 * @returns
 *   The number.
 * @example
 *   toNumber({digits: '137', exp: 10}) // 1370000000000
 */
export function toNumber(value: Exact, negative = false, exponent = 0): number {
  const digits = value.digits
  const exp = value.exp + exponent
  // Fast path (exact operands, one correctly rounded operation): up to 15
  // digits and powers of ten up to 1e22 are exact doubles.
  const number =
    digits.length <= 15 && exp >= -22 && exp <= 22
      ? exp === 0
        ? integer(digits)
        : exp > 0
          ? integer(digits) * powers[exp]!
          : integer(digits) / powers[-exp]!
      : Number(digits + 'e' + exp)
  return negative && number !== 0 ? -number : number
}

/**
 * @param digits
 *   Up to 15 decimal digits.
 * @returns
 *   Their value: `Number(digits)`, read without the engine's string parser
 *   (every step is an exact integer below 2^53).
 */
function integer(digits: string): number {
  let value = 0
  for (let index = 0; index < digits.length; index++) value = value * 10 + digits.charCodeAt(index) - 48
  return value
}

/**
 * Multiply by a power of ten.
 *
 * @param value
 *   Exact decimal.
 * @param exponent
 *   Power of ten.
 * @returns
 *   `value × 10^exponent`.
 * @example
 *   shift({digits: '11', exp: 2}, 4) // {digits: '11', exp: 6}
 */
export function shift(value: Exact, exponent: number): Exact {
  if (exponent === 0) return value
  return {digits: value.digits, exp: value.exp + exponent}
}

/**
 * Add two exact decimals.
 *
 * @param left
 *   First term.
 * @param right
 *   Second term.
 * @returns
 *   Their sum.
 * @example
 *   add({digits: '3', exp: 4}, {digits: '4000', exp: 0}) // {digits: '34000', exp: 0}
 */
export function add(left: Exact, right: Exact): Exact {
  const exp = Math.min(left.exp, right.exp)
  const sum =
    BigInt(left.digits) * 10n ** BigInt(left.exp - exp) +
    BigInt(right.digits) * 10n ** BigInt(right.exp - exp)
  return {digits: sum.toString(), exp}
}

/**
 * The next value at the place of the last significant digit: the upper bound of
 * `500多` (600) or `20余` (30).
 *
 * @param value
 *   Exact decimal.
 * @returns
 *   `value` plus one unit of its last non-zero place (`1` for zero).
 * @example
 *   nextPlace({digits: '500', exp: 0}) // {digits: '6', exp: 2}
 */
export function nextPlace(value: Exact): Exact {
  let end = value.digits.length
  while (end > 1 && value.digits.charCodeAt(end - 1) === 0x30) end--
  const zeros = value.digits.length - end
  const head = BigInt(value.digits.slice(0, end)) + 1n
  return {digits: head.toString(), exp: value.exp + zeros}
}

/**
 * Whether the decimal is a whole number.
 *
 * @param value
 *   Exact decimal.
 * @returns
 *   `true` when no non-zero digit is after the point.
 * @example
 *   isInteger({digits: '150', exp: -1}) // true
 */
export function isInteger(value: Exact): boolean {
  if (value.exp >= 0) return true
  const digits = value.digits
  for (let index = digits.length + value.exp; index < digits.length; index++) {
    if (index >= 0 && digits.charCodeAt(index) !== 0x30) return false
  }
  return true
}
