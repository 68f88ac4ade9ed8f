/**
 * `findQuantities`: every quantity in running text, with UTF-16 offsets.
 *
 * A hand-written scanner: a lookup table by code unit skips characters that
 * cannot start a quantity, and every reader moves forward only, so the scan is
 * linear in the length of the text whatever it holds.
 *
 * @module
 */

import {accept} from './accept.js'
import {readAmount, thresholdAt} from './amount.js'
import {reslice} from './build.js'
import {ARABIC, HAN_DIGIT, JI, MASK, NONE, SMALL_UNIT, TENS, charClass} from './chars.js'
import {readCalendar, readHalfYear} from './dates.js'
import {readDoubling} from './doubling.js'
import {readFraction} from './fractions.js'
import {readLeadingPeriod} from './leading-periods.js'
import {markLists} from './lists.js'
import {matchName} from './names.js'
import {createNumeral, readNumeral} from './numeral.js'
import {readOrdinal} from './ordinals.js'
import {dropQuoted} from './quoted.js'
import {findSign, prefixQualifier, suffixQualifier, type FoundQualifier} from './qualifiers.js'
import {readRange} from './ranges.js'
import {readRatio, readSlashFraction} from './ratios.js'
import type {Quantity} from './types.js'
import {units} from './units.js'

const NUMERAL = 1
const DI = 2 // 第
const FAN = 3 // 翻
const QIAN = 4 // 前
const WAN = 5 // 万 (万分之, 万余户, 近万人)
const YI = 6 // 亿 (亿元以上, 上亿元)
const HALF = 7 // 上, 下 (上半年, 下半年)
const GE = 0x4e2a // 个
const WAN_CHAR = 0x4e07 // 万
const YI_CHAR = 0x4ebf // 亿
const DUO_CHAR = 0x591a // 多
const YU_CHAR = 0x4f59 // 余

/** What each code unit may start. */
const starts = new Uint8Array(65_536)
for (let code = 0; code < 65_536; code++) {
  const klass = charClass[code]
  if (klass === ARABIC || klass === HAN_DIGIT || klass === SMALL_UNIT || klass === TENS || klass === MASK || klass === JI) {
    starts[code] = NUMERAL
  }
}

starts[0x6570] = NUMERAL // 数 (数十万)

/**
 * Characters that may follow a one-character Han numeral in a quantity:
 * numeral characters (`三十`, `一万`), vague markers, calendar words, range
 * separators, and the first character of units a small numeral may take
 * (`三倍`, `五公里`). Anything else (`一是`, `两会`, `三农`) is skipped at once.
 */
const afterHan = new Uint8Array(65_536)
for (let code = 0; code < 65_536; code++) {
  const klass = charClass[code]
  if (klass !== NONE && klass !== MASK && klass !== ARABIC) afterHan[code] = 1
}

for (const char of '多余分个季月日号年至到—–-－~～〜%％') afterHan[char.charCodeAt(0)] = 1
for (const unit of units) if (unit.small) afterHan[unit.text.charCodeAt(0)] = 1
starts[0x7b2c] = DI
starts[0x7ffb] = FAN
starts[0x524d] = QIAN
starts[0x4e07] = WAN
starts[0x4ebf] = YI
starts[0x4e0a] = HALF
starts[0x4e0b] = HALF

/**
 * Find every quantity in running text.
 *
 * Quantities are amounts with their scale, unit and qualifier (`5.5%左右`,
 * `1100万人以上`), percentage points, multiples, fractions, ranges, ordinals,
 * dates and periods; masked figures (`**.*％`) are kept with `masked: true`.
 * Numeric-looking names (`十四五`, `六稳`, `5G`, `PM2.5`) and numbers in a
 * short quotation (`“1310”具体部署`, `“横琴金融30条”`) are not quantities.
 *
 * The result is sorted by `start`; quantities never overlap; for each,
 * `value === text.slice(start, end)`, and `value` has no leading or trailing
 * whitespace.
 *
 * @param text
 *   Running text (a paragraph, a report).
 * @returns
 *   The quantities found.
 * @throws {TypeError}
 *   When `text` is not a string.
 * @example
 *   findQuantities('国内生产总值增长5.5%左右')
 *   // [{value: '5.5%左右', kind: 'percent', amount: 5.5, qualifier: 'about', …}]
 */
export function findQuantities(text: string): Quantity[] {
  if (typeof text !== 'string') {
    throw new TypeError('findQuantities(): expected a string, got `' + typeof text + '`')
  }

  const found: Quantity[] = []
  const length = text.length
  let floor = 0
  let index = 0

  while (index < length) {
    // Skip characters that cannot start a quantity: the hot loop.
    while (index < length && starts[text.charCodeAt(index)] === 0) index++
    if (index === length) break

    const result = readAt(text, index, floor, starts[text.charCodeAt(index)] ?? 0)
    if (typeof result === 'number') {
      index = result > index ? result : index + 1
      continue
    }

    for (const quantity of result) found.push(quantity)
    const last = result[result.length - 1]
    floor = last ? last.end : index + 1
    index = floor
  }

  const kept = dropQuoted(text, found)
  markLists(text, kept)
  return kept
}

/**
 * Read the quantities starting at `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset of a start character.
 * @param floor
 *   End of the previous quantity (prefixes may not reach before it).
 * @param kind
 *   What the character may start.
 * @returns
 *   The quantities (one or two), or the offset to resume scanning at.
 */
function readAt(text: string, index: number, floor: number, kind: number): Quantity[] | number {
  const klass = charClass[text.charCodeAt(index)]
  if (klass !== ARABIC && klass !== MASK) {
    const name = matchName(text, index)
    if (name) return index + name.text.length
    if (klass === HAN_DIGIT || klass === SMALL_UNIT || klass === TENS) {
      //   > | 一是
      //       ^ nothing numeric can follow: skip
      const next = text.charCodeAt(index + 1)
      // `近千人`, `上百家`: a bare 百/千 after a qualifier takes any unit.
      if (afterHan[next] === 0 && !(klass === SMALL_UNIT && prefixQualifier(text, index, floor))) return index + 1
      if (next === GE && !/^个(?:百分点|月|季度|亿|千万)/.test(text.slice(index + 1, index + 5))) return index + 1
    }
  }

  if (kind === DI) {
    const ordinal = readOrdinal(text, index)
    return typeof ordinal === 'number' ? ordinal : [ordinal]
  }

  if (kind === FAN) {
    const doubling = readDoubling(text, index)
    return doubling ? [doubling] : index + 1
  }

  if (kind === QIAN) {
    const period = readLeadingPeriod(text, index)
    return period ? [period] : index + 1
  }

  if (kind === HALF) {
    const period = readHalfYear(text, index)
    return period ? [period] : index + 1
  }

  if (kind === WAN) {
    if (!text.startsWith('万分之', index)) {
      const bare = readBareBig(text, index, floor)
      return bare ? [bare] : index + 1
    }

    const denominator = createNumeral(index, index + 1, 'han', {digits: '10000', exp: 0}, false, 1)
    const fraction = readFraction(text, denominator, index + 1)
    return fraction ? [finish(text, fraction.quantity, index, floor, prefixQualifier(text, index, floor))] : index + 1
  }

  if (kind === YI) {
    if (!text.startsWith('亿元以上', index) && !text.startsWith('亿元以下', index)) {
      const bare = readBareBig(text, index, floor)
      return bare ? [bare] : index + 1
    }

    const threshold = thresholdAt(text, index, 8)
    return threshold ? [threshold] : index + 1
  }

  const numeral = readNumeral(text, index)
  if (typeof numeral === 'number') return numeral

  const calendar = readCalendar(text, numeral)
  if (calendar) return [calendar]
  const ratio = readRatio(text, numeral)
  if (ratio) return [ratio]
  const slash = readSlashFraction(text, numeral)
  if (slash) return [finish(text, slash, numeral.start, floor, prefixQualifier(text, numeral.start, floor))]

  const amount = readAmount(text, numeral)
  if (!amount) return numeral.end
  const sign = findSign(text, numeral.start, floor)
  const start = sign ? sign.start : numeral.start
  const prefix = prefixQualifier(text, start, floor)

  const range = readRange(text, amount)
  if (range) {
    // A sign before a range is left out of it (`-5%—-3%` is not read as a range of signs).
    if (!accept(text, range.upper, prefix !== undefined)) return numeral.end
    return [finish(text, range.quantity, numeral.start, floor, undefined)]
  }

  if (!accept(text, amount, prefix !== undefined)) return numeral.end
  const quantity = finish(text, amount.quantity, start, floor, prefix)
  if (sign?.signText) {
    quantity.signText = sign.signText
    negate(quantity)
  } else if (sign) {
    negate(quantity)
  }

  return amount.threshold ? [quantity, amount.threshold] : [quantity]
}

/**
 * Read a bare `万`, `亿` or `万亿` as the numeral, one of it: only with a
 * unit, and after a qualifier or before `余`/`多`, so that words made with
 * them (`万众一心`, `亿万人民`, `万元GDP`) are left alone.
 *
 *   > | 新增市场主体万余户   吸引上万人参加   近亿元
 *                 ^^^^^^        ^^^^^^        ^^^^
 *
 * @param text
 *   Text.
 * @param index
 *   Offset of `万` or `亿`.
 * @param floor
 *   End of the previous quantity.
 * @returns
 *   The quantity, if any.
 */
function readBareBig(text: string, index: number, floor: number): Quantity | undefined {
  const prefix = prefixQualifier(text, index, floor)
  const code = text.charCodeAt(index)
  const wanYi = code === WAN_CHAR && text.charCodeAt(index + 1) === YI_CHAR
  const exp = wanYi ? 12 : code === WAN_CHAR ? 4 : 8
  const end = index + (wanYi ? 2 : 1)
  const next = text.charCodeAt(end)
  if (!prefix && next !== DUO_CHAR && next !== YU_CHAR) return undefined
  const numeral = createNumeral(index, end, 'han', {digits: '1' + '0'.repeat(exp), exp: 0}, false, end - index)
  numeral.scaleExp = exp
  numeral.hasBig = true
  numeral.leadingUnit = true
  const amount = readAmount(text, numeral)
  if (!amount || amount.fraction || amount.quantity.unit === null) return undefined
  if (!prefix && amount.quantity.min === null) return undefined
  return finish(text, amount.quantity, index, floor, prefix)
}

/**
 * Attach prefix and suffix qualifiers and set the final span.
 *
 * @param text
 *   Text.
 * @param quantity
 *   Quantity (changed in place).
 * @param start
 *   Start of the value before any prefix qualifier (sign included).
 * @param floor
 *   End of the previous quantity.
 * @param prefix
 *   Prefix qualifier already found before `start`, if any.
 * @returns
 *   The quantity.
 */
function finish(
  text: string,
  quantity: Quantity,
  start: number,
  floor: number,
  prefix: FoundQualifier | undefined
): Quantity {
  const suffix = suffixQualifier(text, quantity.end, quantity.kind === 'range')
  const found = prefix ?? suffix
  if (found) {
    quantity.qualifier = found.entry.qualifier
    quantity.qualifierText = found.entry.text
    if (found.entry.approximate) quantity.approximate = true
  }

  const from = prefix ? prefix.edge : start
  const to = suffix ? suffix.edge : quantity.end
  if (from !== quantity.start || to !== quantity.end) reslice(text, quantity, from, to)
  return quantity
}

/**
 * Negate a quantity's amount and bounds.
 *
 * @param quantity
 *   Quantity (changed in place).
 * @returns
 *   Nothing.
 */
function negate(quantity: Quantity): undefined {
  if (quantity.amount !== null) quantity.amount = -quantity.amount
  if (quantity.coefficient !== null) quantity.coefficient = -quantity.coefficient
  const min = quantity.min
  const max = quantity.max
  quantity.min = max === null ? null : -max
  quantity.max = min === null ? null : -min
  return undefined
}
