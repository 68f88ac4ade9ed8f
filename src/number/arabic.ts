/**
 * Arabic numerals with separators: `1100`, `1.37`, `１２．５`, `17,176`.
 *
 * @module
 */

import {ARABIC, charClass, charValue, isDecimalPoint, isHan} from './chars.js'
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
  // PDF export puts a space after (or before) the point of a number inside
  // a sentence; it is read past when a Han character comes before the
  // numeral, or the colon of a ratio (`15. 1∶50. 2`), so a list marker `1. `
  // at a line's start, or after other punctuation, stays apart.
  //   > | 增长15. 3%
  //             ^^
  //   > | 达到2608 .7万头
  //               ^^
  const code = text.charCodeAt(index)
  const point = index + 1 < limit && isDecimalPoint(code)
  const split =
    index + 2 < limit &&
    !grouped &&
    charClass[text.charCodeAt(index + 2)] === ARABIC &&
    (point ? isInlineSpace(text.charCodeAt(index + 1)) : isInlineSpace(code) && isDecimalPoint(text.charCodeAt(index + 1))) &&
    start > 0 &&
    (isHan(text.charCodeAt(start - 1)) || afterRatioColon(text, start))
  if (split || (point && charClass[text.charCodeAt(index + 1)] === ARABIC)) {
    const fractionStart = index + (split ? 2 : 1)
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
 * @param text
 *   Text.
 * @param start
 *   Offset of a numeral's first digit.
 * @returns
 *   Whether a ratio's colon (`∶`, `：`, `:`) right after a digit comes before it.
 */
function afterRatioColon(text: string, start: number): boolean {
  const code = text.charCodeAt(start - 1)
  return (code === 0x2236 || code === 0xff1a || code === 0x3a) && start > 1 && charClass[text.charCodeAt(start - 2)] === ARABIC
}

/**
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is a space inside a line (ASCII, ideographic, no-break).
 */
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0xa0
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
