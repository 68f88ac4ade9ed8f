/**
 * Dates and periods: `2022年3月5日`, `2021年`, `1—4月`, `5~6月份`,
 * `8月23日~25日`, `一季度`, `上半年`, `前三季度`, `前10个月`, `2021—2025年`,
 * `20XX 年 1 月 1 日`, `（****—****年）`.
 *
 * They are quantities of kind `date` or `period` with `from`/`to` calendar
 * points and no `amount`: a year is a label, not an amount.
 *
 * @module
 */

import {calendarPoint, createQuantity} from './build.js'
import {ARABIC, HAN_DIGIT, MASK, SMALL_UNIT, charClass, skipSpaces} from './chars.js'
import {readNumeral, type Numeral} from './numeral.js'
import {matchRangeSeparator} from './tables.js'
import type {CalendarPoint, Quantity} from './types.js'

/** First characters of what may follow the first numeral of a date or period. */
const calendarNext = new Uint8Array(65_536)
for (const char of '年月日号季—–-－~～〜至到') calendarNext[char.charCodeAt(0)] = 1

/** A calendar unit after a numeral. */
type CalendarUnit = '年' | '月' | '日' | '号' | '季度'

/** A numeral with its calendar unit. */
interface Part {
  numeral: Numeral
  unit: CalendarUnit
  end: number
}

/** A calendar expression read so far. */
interface Reading {
  from: CalendarPoint
  to: CalendarPoint
  end: number
  masked: boolean
  span: boolean
}

/**
 * Read a date or period starting with `numeral`.
 *
 *   > | 2022年3月5日
 *       ^^^^ numeral, then 年, 月, 日 parts
 *   > | 1—4月
 *       ^ bare numeral, separator, then a 月 part
 *
 * @param text
 *   Text.
 * @param numeral
 *   Numeral at the start.
 * @returns
 *   A `date` or `period` quantity, or `undefined` when the numeral does not
 *   start one (`10年` is a duration, read as an amount).
 * @example
 *   readCalendar('1—4月', readNumeral('1—4月', 0))?.kind // 'period'
 */
export function readCalendar(text: string, numeral: Numeral): Quantity | undefined {
  // Most numerals are amounts: leave at once unless a calendar word or a
  // separator follows.
  let next = numeral.end
  if (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x3000) next = skipSpaces(text, next, 2)
  if (calendarNext[text.charCodeAt(next)] === 0) return undefined

  let reading = pointFrom(text, numeral, true)

  if (!reading) {
    // A bare first bound: `1—4月`, `2021—2025年`, `一至三季度`.
    const separatorAt = skipSpaces(text, numeral.end, 2)
    const separator = matchRangeSeparator(text, separatorAt)
    if (!separator) return undefined
    const part = partAt(text, skipSpaces(text, separatorAt + separator.text.length, 2))
    if (!part || part.unit === '日' || part.unit === '号' || !valid(numeral, part.unit)) return undefined
    const first = pointOf(numeral, part.unit)
    const last = pointOf(part.numeral, part.unit)
    return build(text, numeral.start, {
      from: first,
      to: last,
      end: part.end,
      masked: isMasked(numeral) || isMasked(part.numeral),
      span: true
    })
  }

  // A second point: `8月23日~25日`, `20XX 年 1 月 1 日至 20XX9 年 12 月 31 日`.
  const separatorAt = skipSpaces(text, reading.end, 2)
  const separator = matchRangeSeparator(text, separatorAt)
  if (separator) {
    const secondAt = skipSpaces(text, separatorAt + separator.text.length, 2)
    const second = numeralAt(text, secondAt)
    const next = second && pointFrom(text, second, false)
    if (next && !next.span) {
      const to = next.to
      // Higher parts carry over: 8月23日~25日 ends on 8月25日.
      if (to.year === null && !isMasked(second) && to.month !== null) to.year = reading.to.year
      if (to.day !== null && to.month === null) {
        to.month = reading.to.month
        to.year = reading.to.year
      }

      reading = {from: reading.from, to, end: next.end, masked: reading.masked || next.masked, span: true}
    }
  }

  return build(text, numeral.start, reading)
}

/**
 * Read a point (year, month, day) or a quarter starting at `numeral`.
 *
 * @param text
 *   Text.
 * @param numeral
 *   Numeral.
 * @param ranges
 *   Whether a month range after a year is allowed (`2022年1—4月`).
 * @returns
 *   The reading, or `undefined`.
 */
function pointFrom(text: string, numeral: Numeral, ranges: boolean): Reading | undefined {
  const first = partAfter(text, numeral)
  if (!first || first.unit === '号' || !valid(numeral, first.unit)) return undefined
  // A lone Han day (`一日三餐`) is not a date.
  if (first.unit === '日' && numeral.script !== 'arabic' && numeral.script !== 'masked') return undefined
  const point = pointOf(numeral, first.unit)
  let masked = isMasked(numeral)
  let end = first.end
  const reading: Reading = {from: point, to: point, end, masked, span: first.unit === '季度'}

  let order: readonly CalendarUnit[] = first.unit === '年' ? ['季度', '月'] : first.unit === '月' ? ['日', '号'] : []
  while (order.length > 0) {
    const at = skipSpaces(text, end, 2)
    // `2022年上半年`, `20XX 年下半年`: a half of the year.
    if (order.includes('月')) {
      const half = readHalf(text, at)
      if (half) {
        return {
          from: {...point, month: half.from.month},
          to: {...point, month: half.to.month},
          end: half.end,
          masked,
          span: true
        }
      }
    }

    const next = numeralAt(text, text.charCodeAt(at) === 0x7b2c ? at + 1 : at)
    if (!next) break
    const part = partAfter(text, next)
    if (part && order.includes(part.unit) && valid(next, part.unit)) {
      const value = isMasked(next) ? null : next.whole
      if (part.unit === '月') point.month = value
      else if (part.unit === '季度') point.quarter = value
      else point.day = value
      masked ||= isMasked(next)
      end = part.end
      reading.span ||= part.unit === '季度'
      order = part.unit === '月' ? ['日', '号'] : []
      continue
    }

    // `2022年1—4月`.
    if (ranges && order.includes('月') && valid(next, '月')) {
      const separatorAt = skipSpaces(text, next.end, 2)
      const separator = matchRangeSeparator(text, separatorAt)
      const last = separator && partAt(text, skipSpaces(text, separatorAt + separator.text.length, 2))
      if (last && last.unit === '月' && valid(last.numeral, '月')) {
        const from = {...point, month: next.whole}
        const to = {...point, month: last.numeral.whole}
        return {from, to, end: last.end, masked: masked || isMasked(next) || isMasked(last.numeral), span: true}
      }
    }

    break
  }

  reading.end = end
  reading.masked = masked
  reading.to = {...point}
  return reading
}

/**
 * Read `上半年` (months 1–6) or `下半年` (months 7–12) at an offset.
 *
 *   > | 上半年地区生产总值增长**.*％
 *       ^^^
 *
 * @param text
 *   Text.
 * @param index
 *   Offset of `上` or `下`.
 * @returns
 *   The months and the end offset, or `undefined`.
 * @example
 *   readHalf('下半年', 0) // {from: {…month: 7}, to: {…month: 12}, end: 3}
 */
export function readHalf(text: string, index: number): {from: CalendarPoint; to: CalendarPoint; end: number} | undefined {
  const code = text.charCodeAt(index)
  if ((code !== 0x4e0a && code !== 0x4e0b) || !text.startsWith('半年', index + 1)) return undefined
  const first = code === 0x4e0a ? 1 : 7
  return {from: calendarPoint({month: first}), to: calendarPoint({month: first + 5}), end: index + 3}
}

/**
 * Read a standalone `上半年` or `下半年` as a period.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset of `上` or `下`.
 * @returns
 *   A `period` quantity, or `undefined`.
 * @example
 *   readHalfYear('上半年', 0)?.to // {year: null, quarter: null, month: 6, day: null}
 */
export function readHalfYear(text: string, index: number): Quantity | undefined {
  const half = readHalf(text, index)
  if (!half) return undefined
  return build(text, index, {from: half.from, to: half.to, end: half.end, masked: false, span: true})
}

/**
 * The calendar unit right after a numeral (spaces allowed: `20XX 年`).
 *
 * @param text
 *   Text.
 * @param numeral
 *   Numeral.
 * @returns
 *   The part, or `undefined`.
 */
function partAfter(text: string, numeral: Numeral): Part | undefined {
  const at = skipSpaces(text, numeral.end, 2)
  const code = text.charCodeAt(at)
  if (code === 0x5e74) {
    // 年, but not 年级 (school grade).
    return text.charCodeAt(at + 1) === 0x7ea7 ? undefined : {numeral, unit: '年', end: at + 1}
  }

  if (code === 0x6708) return {numeral, unit: '月', end: text.charCodeAt(at + 1) === 0x4efd ? at + 2 : at + 1}
  if (code === 0x65e5) return {numeral, unit: '日', end: at + 1}
  if (code === 0x53f7) return {numeral, unit: '号', end: at + 1}
  if (text.startsWith('季度', at)) return {numeral, unit: '季度', end: at + 2}
  return undefined
}

/**
 * A numeral and its calendar unit at an offset.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   The part, or `undefined`.
 */
function partAt(text: string, index: number): Part | undefined {
  const numeral = numeralAt(text, index)
  return numeral && partAfter(text, numeral)
}

/**
 * A numeral at an offset, if one starts there.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   The numeral, or `undefined`.
 */
function numeralAt(text: string, index: number): Numeral | undefined {
  const klass = charClass[text.charCodeAt(index)]
  if (klass !== ARABIC && klass !== HAN_DIGIT && klass !== MASK && klass !== SMALL_UNIT) return undefined
  const numeral = readNumeral(text, index)
  return typeof numeral === 'number' ? undefined : numeral
}

/**
 * Whether a numeral can be a year, month, day or quarter.
 *
 * @param numeral
 *   Numeral.
 * @param unit
 *   Calendar unit.
 * @returns
 *   Whether it is in range.
 */
function valid(numeral: Numeral, unit: CalendarUnit): boolean {
  if (numeral.decimal) return false
  if (isMasked(numeral)) return unit === '年' ? numeral.width >= 4 : numeral.width <= 2
  if (numeral.script === 'han' && (numeral.hasBig || numeral.leadingUnit)) return false
  const value = numeral.whole
  if (unit === '年') return numeral.width === 4 && (numeral.script === 'arabic' || numeral.script === 'digitwise')
  if (numeral.script === 'digitwise') return false
  if (unit === '月') return value >= 1 && value <= 12
  if (unit === '季度') return value >= 1 && value <= 4
  return value >= 1 && value <= 31
}

/**
 * Whether a numeral is masked.
 *
 * @param numeral
 *   Numeral.
 * @returns
 *   Whether it is masked.
 */
function isMasked(numeral: Numeral): boolean {
  return numeral.script === 'masked'
}

/**
 * The calendar point a numeral and unit stand for.
 *
 * @param numeral
 *   Numeral.
 * @param unit
 *   Calendar unit.
 * @returns
 *   Point.
 */
function pointOf(numeral: Numeral, unit: CalendarUnit): CalendarPoint {
  const value = isMasked(numeral) ? null : numeral.whole
  if (unit === '年') return calendarPoint({year: value})
  if (unit === '月') return calendarPoint({month: value})
  if (unit === '季度') return calendarPoint({quarter: value})
  return calendarPoint({day: value})
}

/**
 * Build the quantity of a reading.
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param reading
 *   Reading.
 * @returns
 *   Quantity.
 */
function build(text: string, start: number, reading: Reading): Quantity {
  const quantity = createQuantity(text, start, reading.end, reading.span ? 'period' : 'date')
  quantity.masked = reading.masked
  quantity.from = {...reading.from}
  quantity.to = {...reading.to}
  return quantity
}
