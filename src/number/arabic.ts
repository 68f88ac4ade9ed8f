/**
 * Arabic numerals with separators: `1100`, `1.37`, `１２．５`, `17,176`.
 *
 * @module
 */

import {ARABIC, charClass, charValue, isDecimalPoint} from './chars.js'
import type {Exact} from './exact.js'

/** An Arabic numeral read by {@link scanArabic}. */
export interface ArabicNumeral {
  /** Offset after the numeral. */
  end: number
  /** Its exact value (`1.37` → `{digits: '137', exp: -2}`). */
  value: Exact
  /** Whether a decimal point was read. */
  decimal: boolean
  /** Number of digits before the point (`17,176` → 5). */
  integerDigits: number
}

/**
 * Read an Arabic numeral, half or full width, with thousands separators (`,`
 * followed by exactly three digits) and one decimal point (`.` or `．` followed
 * by a digit).
 *
 *   > | 城镇新增就业1100万人
 *                 ^^^^
 *
 * @param text
 *   Text to read.
 * @param start
 *   Offset of the first digit (must be an Arabic digit).
 * @param limit
 *   Offset not to read past (default: end of text).
 * @returns
 *   The numeral, or `undefined` when `start` is not at a digit.
 * @example
 *   scanArabic('17,176万元', 0) // {end: 6, value: {digits: '17176', exp: 0}, …}
 */
export function scanArabic(
  text: string,
  start: number,
  limit = text.length
): ArabicNumeral | undefined {
  let index = start
  let digits = ''
  let ascii = true
  let groupLength = 0
  let grouped = false

  while (index < limit) {
    const code = text.charCodeAt(index)
    if (charClass[code] === ARABIC) {
      if (code > 0x39) ascii = false
      index++
      groupLength++
      continue
    }

    // `17,176`: a comma is a separator only before exactly three digits.
    //   > | 17,176万元
    //         ^
    if (
      code === 0x2c &&
      groupLength > 0 &&
      (grouped ? groupLength === 3 : groupLength <= 3) &&
      isGroup(text, index + 1, limit)
    ) {
      digits += digitString(text, index - groupLength, index, ascii)
      grouped = true
      groupLength = 0
      index++
      continue
    }

    break
  }

  if (index === start) return undefined
  digits += digitString(text, index - groupLength, index, ascii)
  const integerDigits = digits.length

  // A decimal point needs a digit after it.
  //   > | 增长5.5%
  //            ^
  if (
    index + 1 < limit &&
    isDecimalPoint(text.charCodeAt(index)) &&
    charClass[text.charCodeAt(index + 1)] === ARABIC
  ) {
    const fractionStart = index + 1
    index = fractionStart
    while (index < limit && charClass[text.charCodeAt(index)] === ARABIC) {
      if (text.charCodeAt(index) > 0x39) ascii = false
      index++
    }

    digits += digitString(text, fractionStart, index, ascii)
    return {
      end: index,
      value: {digits, exp: -(index - fractionStart)},
      decimal: true,
      integerDigits
    }
  }

  return {end: index, value: {digits, exp: 0}, decimal: false, integerDigits}
}

/**
 * Whether exactly three digits start at `index` (not four).
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @param limit
 *   Offset not to read past.
 * @returns
 *   Whether a thousands group follows.
 */
function isGroup(text: string, index: number, limit: number): boolean {
  if (index + 3 > limit) return false
  for (let offset = 0; offset < 3; offset++) {
    if (charClass[text.charCodeAt(index + offset)] !== ARABIC) return false
  }

  return index + 3 >= limit || charClass[text.charCodeAt(index + 3)] !== ARABIC
}

/**
 * ASCII digits of `text.slice(from, to)`, converting full-width digits.
 *
 * @param text
 *   Text.
 * @param from
 *   Start offset.
 * @param to
 *   End offset.
 * @param ascii
 *   Whether the slice is known to be ASCII.
 * @returns
 *   Digit string.
 */
function digitString(text: string, from: number, to: number, ascii: boolean): string {
  if (ascii) return text.slice(from, to)
  let result = ''
  for (let index = from; index < to; index++) {
    result += String.fromCharCode(0x30 + (charValue[text.charCodeAt(index)] ?? 0))
  }

  return result
}
