/**
 * Ordinals with `第`: ranks and places (`第 9 位`, `全球第1`, `第*`,
 * `居全市县区第一位`), and quarters (`第一季度`).
 *
 * A Han ordinal is a rank only with a rank word (`第一位`, `第三名`) or when it
 * ends a clause after a Han word (`综合排位全市县区第一。`); otherwise it
 * names a congress, a plan or an industry (`第十三届`, `第二个百年`,
 * `第一产业`, or the list marker `第一，`) and is not a quantity.
 *
 * @module
 */

import {calendarPoint, createQuantity} from './build.js'
import {ARABIC, HAN_DIGIT, MASK, SMALL_UNIT, TENS, charClass, isHan, isSpace, skipSpaces} from './chars.js'
import {readNumeral} from './numeral.js'
import type {Quantity} from './types.js'

/** Rank words after an ordinal; `han` marks those that make a Han ordinal a rank. */
const rankWords: ReadonlyArray<{text: string; han: boolean; sample: string}> = [
  {text: '位', han: true, sample: '第 9 位'},
  {text: '名', han: true, sample: '第三名'},
  {text: '届', han: false, sample: '第13届'},
  {text: '次', han: false, sample: '第5次'},
  {text: '批', han: false, sample: '第2批'},
  {text: '期', han: false, sample: '第3期'}
]

/** Characters ending a clause after a bare ordinal (`第一。`, `第1，`). */
const clauseEnd = new Set([...'，。；、！？”」』）),;:：'].map((c) => c.charCodeAt(0)))
const GE = 0x4e2a // 个

/**
 * Read an ordinal or quarter at `第`.
 *
 *   > | 由一季度全省倒数第 1 提升到第 9 位
 *                       ^ 第 at `start`
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of `第`.
 * @returns
 *   The quantity, or the offset to resume scanning at.
 * @example
 *   readOrdinal('提升到第 9 位', 3) // {kind: 'ordinal', amount: 9, unit: '位', …}
 */
export function readOrdinal(text: string, start: number): Quantity | number {
  const at = skipSpaces(text, start + 1, 2)
  const klass = charClass[text.charCodeAt(at)]
  if (klass !== ARABIC && klass !== HAN_DIGIT && klass !== MASK && klass !== SMALL_UNIT && klass !== TENS) {
    return start + 1
  }

  const numeral = readNumeral(text, at)
  if (typeof numeral === 'number') return numeral
  const masked = numeral.script === 'masked'
  if (numeral.decimal || (!masked && numeral.whole < 0) || numeral.script === 'digitwise') return numeral.end

  const after = skipSpaces(text, numeral.end, 2)
  if (text.startsWith('季度', after) && (masked || (numeral.whole >= 1 && numeral.whole <= 4))) {
    const quantity = createQuantity(text, start, after + 2, 'period')
    const point = calendarPoint({quarter: masked ? null : numeral.whole})
    quantity.from = point
    quantity.to = {...point}
    quantity.masked = masked
    return quantity
  }

  const rank = rankWords.find((word) => text.startsWith(word.text, after))
  const han = numeral.script === 'han'
  let end = numeral.end
  if (rank && (!han || rank.han)) {
    end = after + rank.text.length
  } else if (han) {
    const before = text.charCodeAt(start - 1)
    const next = text.charCodeAt(numeral.end)
    const ends = numeral.end === text.length || clauseEnd.has(next)
    if (!ends || !isHan(before) || before === GE) return numeral.end
  }

  const quantity = createQuantity(text, start, end, 'ordinal')
  quantity.masked = masked
  quantity.unit = end === numeral.end ? null : (rank?.text ?? null)
  if (!masked) {
    quantity.amount = numeral.whole
    quantity.coefficient = numeral.whole
  }

  // `倒数第 1`: last place.
  let before = start
  while (before > start - 2 && before > 0 && isSpace(text.charCodeAt(before - 1))) before--
  if (before >= 2 && text.startsWith('倒数', before - 2)) quantity.fromLast = true
  return quantity
}
