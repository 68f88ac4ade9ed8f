/**
 * Read the numeral at a position of running text: Arabic (`1100`, `１２．５`,
 * `17,176`), Han (`一万五千亿`, `十几万`, `二〇二二`) or masked (`**.*`, `20XX`).
 *
 * Only the numeral is read here; scales after Arabic digits, units and
 * qualifiers are read by the callers.
 *
 * @module
 */

import {scanArabic} from './arabic.js'
import {ARABIC, HAN_DIGIT, MASK, charClass, charValue, isDecimalPoint} from './chars.js'
import {composeNumeral} from './chinese-numeral.js'
import {isInteger, toNumber, type Exact} from './exact.js'
import {scanHanRun} from './han-run.js'
import {maskedStart, scanMasked} from './masked.js'

/** How a numeral is written. */
export type NumeralScript = 'arabic' | 'han' | 'digitwise' | 'masked'

/** A numeral in running text. */
export interface Numeral {
  /** Offset of its first character. */
  start: number
  /** Offset after it. */
  end: number
  /** How it is written. */
  script: NumeralScript
  /** Exact value; `null` when masked or vague (`十几`). */
  value: Exact | null
  /** Lower bound of a vague numeral (`十几` → 11). */
  min: Exact | null
  /** Upper bound of a vague numeral (`十几` → 19). */
  max: Exact | null
  /** Power of ten of the big units ending a Han numeral (`五万` → 4). */
  scaleExp: number
  /** Whether a Han numeral holds `万` or `亿`. */
  hasBig: boolean
  /** Whether a Han numeral starts with a bare `百`/`千` (`千亿`). */
  leadingUnit: boolean
  /** Whether a point was read. */
  decimal: boolean
  /** Characters before the point (`2022` and `二〇二二` → 4). */
  width: number
  /** The value as a number when known and whole, else `-1` (for months, days). */
  whole: number
}

/** Han numerals longer than this are not composed (none is, in practice). */
const MAX_HAN = 40

/**
 * Read the numeral starting at `start`.
 *
 *   > | 粮食产量1.37万亿斤
 *           ^^^^ (Arabic; 万亿 is read by the caller)
 *   > | 突破两万亿元
 *         ^^^^ (Han; 万亿 belongs to the numeral)
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of a digit, Han numeral character or mask.
 * @returns
 *   The numeral, or the offset to resume scanning at when the characters
 *   there do not form one (`十四五` is skipped whole).
 * @example
 *   readNumeral('增长5.5%', 2) // {start: 2, end: 5, script: 'arabic', …}
 */
export function readNumeral(text: string, start: number): Numeral | number {
  const code = text.charCodeAt(start)
  const klass = charClass[code]

  if (klass === ARABIC) {
    // Version-like dotted digits (`5.5.5`, `2.0.1`) are not quantities.
    if (start > 1 && isDecimalPoint(text.charCodeAt(start - 1)) && charClass[text.charCodeAt(start - 2)] === ARABIC) {
      return skipArabic(text, start)
   }

    const arabic = scanArabic(text, start)
    if (!arabic) return start + 1
    const next = text.charCodeAt(arabic.end)
    // `20XX`, `5.*％` (digits and masks mixed).
    if (charClass[next] === MASK || (isDecimalPoint(next) && !arabic.decimal && charClass[text.charCodeAt(arabic.end + 1)] === MASK)) {
      return fromMasked(text, start)
    }

    if (isDecimalPoint(next) && charClass[text.charCodeAt(arabic.end + 1)] === ARABIC) {
      return skipArabic(text, start)
   }

    return createNumeral(start, arabic.end, 'arabic', arabic.value, arabic.decimal, arabic.integerDigits)
 }

  if (klass === MASK) return fromMasked(text, start)

  const end = scanHanRun(text, start)
  if (end === start) return start + 1
  if (end - start > MAX_HAN) return end
  const composed = composeNumeral(text, start, end, 'none')
  if (composed) {
    const result = createNumeral(start, end, 'han', composed.value, composed.value.exp < 0, end - start)
    result.scaleExp = composed.scaleExp
    result.hasBig = composed.hasBig
    result.leadingUnit = composed.leadingUnit
    return result
 }

  const low = composeNumeral(text, start, end, 'low')
  const high = low && composeNumeral(text, start, end, 'high')
  if (low && high) {
    const result = createNumeral(start, end, 'han', null, false, end - start)
    result.min = low.value
    result.max = high.value
    result.scaleExp = low.scaleExp
    result.hasBig = low.hasBig
    return result
 }

  const digits = digitwise(text, start, end)
  if (digits) return createNumeral(start, end, 'digitwise', {digits, exp: 0}, false, end - start)
  return end
}

/**
 * Read a masked numeral at `start`.
 *
 * @param text
 *   Text.
 * @param start
 *   Offset.
 * @returns
 *   Numeral or resume offset.
 */
function fromMasked(text: string, start: number): Numeral | number {
  const masked = scanMasked(text, start)
  if (!masked) return skipArabic(text, start)
  const from = maskedStart(text, start)
  if (from < start) return createNumeral(from, masked.end, 'masked', null, true, 0)
  return createNumeral(start, masked.end, 'masked', null, masked.decimal, masked.width)
}

/**
 * Offset after a run of digits, masks and points (to skip `5.5.5.5` whole).
 *
 * @param text
 *   Text.
 * @param start
 *   Offset.
 * @returns
 *   Resume offset.
 */
function skipArabic(text: string, start: number): number {
  let index = start
  while (index < text.length) {
    const code = text.charCodeAt(index)
    const klass = charClass[code]
    if (klass !== ARABIC && klass !== MASK && !isDecimalPoint(code)) break
    index++
 }

  return Math.max(index, start + 1)
}

/**
 * Digit-by-digit Han numeral (`二〇二二` → `'2022'`): at least two digits, no
 * units, no `两`.
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   ASCII digits, or `undefined`.
 * @example
 *   digitwise('二〇二二年', 0, 4) // '2022'
 */
export function digitwise(text: string, start: number, end: number): string | undefined {
  if (end - start < 2) return undefined
  let digits = ''
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index)
    if (charClass[code] !== HAN_DIGIT || code === 0x4e24 || code === 0x5169) return undefined
    digits += String(charValue[code])
 }

  return digits
}

/**
 * Create a numeral record.
 *
 * @example
 *   createNumeral(0, 1, 'han', {digits: '10000', exp: 0}, false, 1) // 万 as a denominator
 *
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param script
 *   Script.
 * @param value
 *   Value.
 * @param decimal
 *   Whether a point was read.
 * @param width
 *   Characters before the point.
 * @returns
 *   Numeral.
 */
export function createNumeral(
  start: number,
  end: number,
  script: NumeralScript,
  value: Exact | null,
  decimal: boolean,
  width: number
): Numeral {
  let whole = -1
  if (value && isInteger(value) && value.digits.length + value.exp < 10) whole = toNumber(value)
  return {
    start,
    end,
    script,
    value,
    min: null,
    max: null,
    scaleExp: 0,
    hasBig: false,
    leadingUnit: false,
    decimal,
    width,
    whole
 }
}
