/**
 * Periods counted from the start of the year: `前三季度`, `前10个月`,
 * `前两个月`; and ranks within the first places: `前三位`, `前10名`
 * (an `ordinal` with qualifier `atMost`, `qualifierText` `前`).
 *
 * @module
 */

import {calendarPoint, createQuantity} from './build.js'
import {ARABIC, HAN_DIGIT, SMALL_UNIT, charClass, followedBy, skipSpaces} from './chars.js'
import {readNumeral} from './numeral.js'
import type {Quantity} from './types.js'

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
 *   A `period` quantity from the first quarter or month, an `ordinal` for
 *   `前三位`, or `undefined` (`前所未有`).
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

  // `居全市前三位`, `进入全国前10名`: a rank within the first N places.
  if (end === -1 && (text.startsWith('位', after) || text.startsWith('名', after)) && !followedBy(text, after + 1, '单称额义片牌录于置数')) {
    const quantity = createQuantity(text, start, after + 1, 'ordinal')
    quantity.amount = count
    quantity.coefficient = count
    quantity.unit = text.charAt(after)
    quantity.qualifier = 'atMost'
    quantity.qualifierText = '前'
    return quantity
  }

  if (end === -1 || count > (quarters ? 4 : 12)) return undefined
  const quantity = createQuantity(text, start, end, 'period')
  quantity.from = calendarPoint(quarters ? {quarter: 1} : {month: 1})
  quantity.to = calendarPoint(quarters ? {quarter: count} : {month: count})
  return quantity
}
