/**
 * `parseChineseNumber`: a whole string that is one numeral, to a number.
 *
 * @module
 */

import {composeNumeral} from './chinese-numeral.js'
import {isMinus} from './chars.js'
import {toNumber, type Exact} from './exact.js'
import {digitwise} from './numeral.js'

const FU = 0x8d1f // 负
const WAN = 0x4e07 // 万

/**
 * Read a string that is exactly one numeral and give its value.
 *
 * Reads Han numerals with 零/〇 and 两, nested 十/百/千/万/亿 (`一万五千亿` =
 * 1.5e12, `二十万亿` = 2e13), colloquial endings (`一百一` = 110, `三万五` =
 * 35000), 廿/卅, financial digits (`壹佰贰拾`, `萬`, `億`), digit-by-digit
 * strings (`二〇二二` = 2022), decimals (`三点五`, `１２．５`, `1,234.5`),
 * Arabic with scales (`1.37万亿`, `3万4000`, `17,176万`), signs (`负三`,
 * `-18.7`) and fractions (`三分之一` → 1/3, `千分之三` → 0.003).
 * `百分之五点五` gives the percent number 5.5, not 0.055.
 *
 * Values are exact: digits are collected as written and converted once, so
 * `1.37万亿` is exactly 1370000000000.
 *
 * Anything that is not a single well-formed numeral gives `undefined` (never
 * `0`, never `NaN`): the empty string, surrounding spaces, units (`5%`,
 * `三成`), vague numerals (`十几`), and run-ons such as `十四五` (十四 then 五
 * with no unit between: a name, not a numeral).
 *
 * @param text
 *   The string to read.
 * @returns
 *   The number, or `undefined` when `text` is not a numeral.
 * @throws {TypeError}
 *   When `text` is not a string.
 * @example
 *   parseChineseNumber('三千二百亿') // 320000000000
 *   parseChineseNumber('1.37万亿') // 1370000000000
 *   parseChineseNumber('十四五') // undefined
 */
export function parseChineseNumber(text: string): number | undefined {
  if (typeof text !== 'string') {
    throw new TypeError('parseChineseNumber(): expected a string, got `' + typeof text + '`')
  }

  let start = 0
  let negative = false
  const first = text.charCodeAt(0)
  if (first === FU || isMinus(first)) {
    negative = true
    start = 1
  }

  // `百分之五点五`: a percent number.
  if (text.startsWith('百分之', start)) {
    const value = unsigned(text, start + 3, text.length)
    return value === undefined ? undefined : toNumber(value, negative)
  }

  const fen = text.indexOf('分之', start)
  if (fen !== -1) {
    // `万分之五`: a bare 万 is a denominator here.
    const denominator = fen === start + 1 && text.charCodeAt(start) === WAN ? {digits: '10000', exp: 0} : unsigned(text, start, fen)
    const numerator = unsigned(text, fen + 2, text.length)
    if (!denominator || !numerator) return undefined
    const divisor = toNumber(denominator)
    if (divisor === 0) return undefined
    // Powers of ten divide exactly: 千分之三 = 3e-3.
    const power = powerOfTen(denominator)
    const value =
      power === undefined ? toNumber(numerator) / divisor : toNumber({digits: numerator.digits, exp: numerator.exp - power})
    return negative && value !== 0 ? -value : value
  }

  const value = unsigned(text, start, text.length)
  return value === undefined ? undefined : toNumber(value, negative)
}

/**
 * Exact value of an unsigned numeral spanning `text.slice(start, end)`.
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Exact value, or `undefined`.
 */
function unsigned(text: string, start: number, end: number): Exact | undefined {
  if (start >= end) return undefined
  const composed = composeNumeral(text, start, end)
  if (composed) return composed.value
  const digits = digitwise(text, start, end)
  return digits === undefined ? undefined : {digits, exp: 0}
}

/**
 * The power of ten an exact value equals, if any (`1000` → 3).
 *
 * @param value
 *   Exact value.
 * @returns
 *   The exponent, or `undefined`.
 */
function powerOfTen(value: Exact): number | undefined {
  const digits = value.digits.replace(/^0+/, '')
  if (!/^10*$/.test(digits)) return undefined
  return digits.length - 1 + value.exp
}
