/**
 * Whether a numeral with its unit is a quantity of running text, or part of a
 * name, an idiom, a list marker or a code.
 *
 * The rules, in order:
 *
 * - a `分之` fraction is complete in itself (`三分之一`, `百分之五`);
 * - a masked numeral needs a unit or scale (`***亿元`, not `**加粗**`);
 * - a digit-by-digit Han numeral is only a year (`二〇二二年`, read as a
 *   date), never an amount (`中核四〇四公司`);
 * - a Han numeral starting with bare `百`/`千` needs a big unit and a unit or
 *   qualifier (`近千亿`, `千万元`; not `千万不要`, `百年`), or else a unit and
 *   a qualifier or vague marker (`近千元`, `千余家`, `上千年`; not `百年大计`);
 *   without a qualifier, one that a programme's noun follows is its name
 *   (`百亿斤粮食增产工程`, `千万亩森林增长工程`, `增产百亿斤商品粮能力建设`);
 * - a Han numeral needs a scale, a unit or a vague marker (`五万户`,
 *   `二十个`, `十几万`; not `十九大`, `三高四新`); one up to ten needs a
 *   measure unit, not a classifier (`三倍`, `五公里`; not `五个湘西`,
 *   `三项制度`); `一` alone only takes `倍` and `成` (`增长一倍`; not `一批`);
 * - Arabic digits touching Latin letters need a scale or unit
 *   (`GDP172.2亿元`; not `5G`, `PM2.5`, `M2`, `COVID-19`);
 * - bare Arabic list markers and codes are not quantities (`15.江西`,
 *   `（1）`, `“1+3”`), nor are number plates (`7 号高炉`), page numbers
 *   after dot leaders and target slogans (`“保 5 争 6”`);
 * - a session number of a plenum is a name (`十四届二次全会`, `届*次全会`).
 *
 * @module
 */

import type {Amount} from './amount.js'
import {isLatin, isLineBreak, isMinus, isSpace} from './chars.js'

/** Characters after a bare number at line start that make it a list marker. */
const markerEnd = new Set([...'.．、)）'].map((c) => c.charCodeAt(0)))
const openParen = new Set([0x28, 0xff08])
const closeParen = new Set([0x29, 0xff09])
const PLUS = new Set([0x2b, 0xff0b])
const JIE = 0x5c4a // 届
const HAO = 0x53f7 // 号
const BAO = 0x4fdd // 保
const ZHENG = 0x4e89 // 争
/** Dot leaders of a table of contents (`……`, `.....`, `···`). */
const leader = new Set([...'.．…·⋯'].map((c) => c.charCodeAt(0)))

/**
 * Decide whether an amount is a quantity.
 *
 *   > | 新建*G基站***个
 *           ^^ refused: a masked name (Latin letter after)
 *               ^^^^ accepted: a masked count
 *
 * @param text
 *   Text.
 * @param amount
 *   The amount read at a numeral.
 * @param qualified
 *   Whether a prefix qualifier precedes it (`近千亿`).
 * @returns
 *   Whether it is a quantity.
 * @example
 *   accept('五个湘西', amount, false) // false
 */
export function accept(text: string, amount: Amount, qualified: boolean): boolean {
  const {numeral, quantity, unit} = amount
  const hasUnit = quantity.unit !== null
  const vague = quantity.min !== null

  if (amount.fraction) return true
  // `十四届二次全会`, `届*次全会`: the session number of a plenum is a name.
  if (unit && unit.text === '次' && text.charCodeAt(numeral.start - 1) === JIE) return false
  if (numeral.script === 'masked') return hasUnit || amount.scaled
  if (numeral.script === 'digitwise') return false

  if (numeral.script === 'han') {
    if (numeral.leadingUnit) {
      if (!numeral.hasBig) return hasUnit && (qualified || vague)
      return qualified || (hasUnit && !programmeAfter(text, quantity.end))
    }

    if (amount.scaled || vague) return true
    if (!unit) return false
    const value = numeral.whole
    if (value === 1 && numeral.end - numeral.start === 1) return unit.kind === 'multiple' || unit.text === '成'
    if (value >= 0 && value <= 10) return unit.small === true
    return true
  }

  const before = numeral.start > 0 ? text.charCodeAt(numeral.start - 1) : -1
  const latinBefore =
    isLatin(before) || (isMinus(before) && numeral.start > 1 && isLatin(text.charCodeAt(numeral.start - 2)))
  if (latinBefore && !amount.scaled && !(unit && !isLatin(unit.text.charCodeAt(0)))) return false
  if (!hasUnit && !amount.scaled && isLatin(text.charCodeAt(numeral.end))) return false

  if (!hasUnit && !amount.scaled && !numeral.decimal) {
    const after = text.charCodeAt(numeral.end)
    if (openParen.has(before) && closeParen.has(after)) return false
    if (PLUS.has(before) || PLUS.has(after)) return false
    if (markerEnd.has(after) && atLineStart(text, numeral.start)) return false
    if (isIdentifier(text, numeral.start, numeral.end)) return false
  }

  return true
}

/**
 * The noun of a programme named by a round magnitude: `工程`, `计划`,
 * `能力建设`, after Han characters other than `的` and not after a bound
 * (`投资过百亿元的项目`, `百亿元以上制造业项目` hold amounts).
 */
const programme = /^(?!及?以上|及?以下|以内|左右|上下)[\u3400-\u7683\u7685-\u9fff]{0,10}?(?:工程|计划|行动|项目|规划|基地|能力建设)/u

/**
 * Whether a programme's noun follows a quantity within one run of Han
 * characters: `百亿斤` of `百亿斤粮食增产工程` names the programme.
 *
 * @param text
 *   Text.
 * @param end
 *   Offset after the quantity.
 * @returns
 *   Whether a programme's noun follows.
 */
function programmeAfter(text: string, end: number): boolean {
  return programme.test(text.slice(end, end + 12))
}

/**
 * Whether a bare Arabic number is an identifier or a label, not an amount:
 * a number plate (`7 号高炉`, `1号文件`, `3号线`; a day `5号` after a month
 * is read as a date before this), a page number after dot leaders
 * (`……\t5`), or a slogan of targets (`“保 5 争 6”`: secure 5, strive for
 * 6; the unit is left unsaid, so no quantity is invented).
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of the numeral.
 * @param end
 *   Offset after the numeral.
 * @returns
 *   Whether it is an identifier.
 */
function isIdentifier(text: string, start: number, end: number): boolean {
  let after = end
  while (after < end + 2 && isSpace(text.charCodeAt(after))) after++
  const next = text.charCodeAt(after)
  if (next === HAO) return true
  let before = start
  while (before > start - 3 && before > 0 && isSpace(text.charCodeAt(before - 1))) before--
  const previous = text.charCodeAt(before - 1)
  if (leader.has(previous) && leader.has(text.charCodeAt(before - 2))) return true
  if (previous === BAO && next === ZHENG) return true
  if (previous === ZHENG) {
    // `保 5 争 6`: look back over the first target.
    let index = before - 1
    while (index > before - 4 && index > 0 && isSpace(text.charCodeAt(index - 1))) index--
    let digits = index
    while (digits > index - 8 && digits > 0 && isAsciiDigit(text.charCodeAt(digits - 1))) digits--
    if (digits < index) {
      while (digits > index - 12 && digits > 0 && isSpace(text.charCodeAt(digits - 1))) digits--
      if (text.charCodeAt(digits - 1) === BAO) return true
    }
  }

  return false
}

/**
 * Whether a code unit is an ASCII or full-width digit.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is.
 */
function isAsciiDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/**
 * Whether only spaces are between the line start and an offset.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Whether it starts a line.
 */
function atLineStart(text: string, index: number): boolean {
  while (index > 0 && isSpace(text.charCodeAt(index - 1))) index--
  return index === 0 || isLineBreak(text.charCodeAt(index - 1))
}
