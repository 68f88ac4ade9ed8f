/**
 * Periods counted from the start of the year: `前三季度`, `前10个月`,
 * `前两个月`.
 *
 * @module
 */

import {calendarPoint as importedCalendarPoint, createQuantity as importedCreateQuantity} from './build.js'
import {ARABIC as importedARABIC, HAN_DIGIT as importedHAN_DIGIT, SMALL_UNIT as importedSMALL_UNIT, charClass as importedCharClass, skipSpaces as importedSkipSpaces} from './chars.js'
import {readNumeral as importedReadNumeral} from './numeral.js'
import type {Quantity} from './types.js'

// Local aliases: transpilers may turn imported bindings into getters, and
// these are read in hot loops.
const calendarPoint = importedCalendarPoint
const createQuantity = importedCreateQuantity
const ARABIC = importedARABIC
const HAN_DIGIT = importedHAN_DIGIT
const SMALL_UNIT = importedSMALL_UNIT
const charClass = importedCharClass
const skipSpaces = importedSkipSpaces
const readNumeral = importedReadNumeral

/**
 * Read a period at `前`.
 *
 *   > | 前三季度地区生产总值增长**％
 *       ^^^^^^^^
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of `前`.
 * @returns
 *   A `period` quantity from the first quarter or month, or `undefined`
 *   (`前三名`, `前所未有`).
 * @example
 *   readLeadingPeriod('前三季度', 0)?.to // {year: null, quarter: 3, month: null, day: null}
 */
export function readLeadingPeriod(text: string, start: number): Quantity | undefined {
  const at = skipSpaces(text, start + 1, 2)
  const klass = charClass[text.charCodeAt(at)]
  if (klass !== ARABIC && klass !== HAN_DIGIT && klass !== SMALL_UNIT) return undefined
  const numeral = readNumeral(text, at)
  if (typeof numeral === 'number' || numeral.script === 'digitwise' || numeral.whole < 1) return undefined
  const after = skipSpaces(text, numeral.end, 2)
  const count = numeral.whole

  let end = -1
  let quarters = false
  if (text.startsWith('季度', after)) {
    end = after + 2
    quarters = true
  } else if (text.startsWith('个季度', after)) {
    end = after + 3
    quarters = true
  } else if (text.startsWith('个月', after)) {
    end = after + 2
  } else if (text.startsWith('月', after) && text.charCodeAt(after + 1) !== 0x5e95) {
    end = after + 1
  }

  if (end === -1 || count > (quarters ? 4 : 12)) return undefined
  const quantity = createQuantity(text, start, end, 'period')
  quantity.from = calendarPoint(quarters ? {quarter: 1} : {month: 1})
  quantity.to = calendarPoint(quarters ? {quarter: count} : {month: count})
  return quantity
}
