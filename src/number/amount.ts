/**
 * What follows a numeral: vague markers (`多`, `余`), a scale (`万`, `亿`), and
 * a unit (`%`, `个百分点`, `元`, `人`, `倍`, `成`…).
 *
 * @module
 */

import {createQuantity, scaleOf} from './build.js'
import {ARABIC, charClass, followedBy, isLatin, skipBreak, skipSpaces} from './chars.js'
import {isInteger, nextPlace, shift, toNumber, type Exact} from './exact.js'
import {readFraction} from './fractions.js'
import type {Numeral} from './numeral.js'
import {scanArabic} from './arabic.js'
import {matchScale} from './tables.js'
import type {Quantity} from './types.js'
import {matchLatinUnit, matchUnit, type UnitEntry} from './units.js'

/** A numeral with what follows it, before any suffix qualifier. */
export interface Amount {
  /** The quantity so far (`end` is after the unit). */
  quantity: Quantity
  /** The numeral it starts with. */
  numeral: Numeral
  /** The unit entry, if any. */
  unit: UnitEntry | undefined
  /** Whether a scale was written (`万`, `亿`, or big units in a Han numeral). */
  scaled: boolean
  /** A second quantity split off after `个` (`1000个亿元以上项目` → `亿元以上`). */
  threshold: Quantity | undefined
  /** Exact coefficient (`null` when masked or vague). */
  exact: Exact | null
  /** Power of ten of the scale and unit together (`1100万人` → 4, `三成` → 1). */
  scaleExp: number
  /** Whether it is a `分之` fraction (`三分之一`), complete in itself. */
  fraction: boolean
}

const DUO = 0x591a // 多
const YU = 0x4f59 // 余
const GE = 0x4e2a // 个
const JI_LEVEL = 0x7ea7 // 级
const SLASH = new Set([0x2f, 0xff0f])
const YUE = 0x6708 // 月
const YI = 0x4ebf // 亿
const WAN = 0x4e07 // 万
/** Units of time after which `多`/`余` means “and a bit” (`五年多`). */
const spans = new Set(['年', '个月', '天', '小时', '周年'])
/** After `年多`, these make `多` a word of its own (`3年多次获评`, `多项`). */
const notAfterSpan = '次种项个家样方元位名批部层措重彩点少数年万亿'
const MONTHS: UnitEntry = matchUnit('个月', 0) as UnitEntry
/** After 余, these make a word: 余额. */
const notVague = new Set([...'额'].map((c) => c.charCodeAt(0)))

/**
 * Read the vague marker, scale and unit after a numeral.
 *
 *   > | 城镇新增就业1100万人以上
 *                 ^^^^ numeral
 *                     ^ scale
 *                      ^ unit (以上 is read by the caller)
 *
 * @param text
 *   Text.
 * @param numeral
 *   The numeral.
 * @returns
 *   The amount, or `undefined` for `分之` forms that do not complete.
 * @example
 *   readAmount('500多亿元', readNumeral('500多亿元', 0)).quantity.min // 50000000000
 */
export function readAmount(text: string, numeral: Numeral): Amount | undefined {
  let coefficient: Exact | null = numeral.value && shift(numeral.value, -numeral.scaleExp)
  let min: Exact | null = numeral.min && shift(numeral.min, -numeral.scaleExp)
  let max: Exact | null = numeral.max && shift(numeral.max, -numeral.scaleExp)
  let scaleExp = numeral.scaleExp
  let vague = min !== null
  let index = numeral.end
  let end = index

  //   > | 500多亿元
  //          ^
  if (!vague && coefficient) {
    // `20⏎⏎余次`: a page break may split the number from 余.
    const at = isVague(text, index) ? index : skipBreak(text, index)
    if (isVague(text, at)) {
      min = coefficient
      max = nextPlace(coefficient)
      vague = true
      index = at + 1
      end = index
      // `两万多亿元`: more than 2万亿, the vague marker between the scales.
      if (numeral.hasBig && numeral.scaleExp === 4 && text.charCodeAt(numeral.end - 1) === WAN && text.charCodeAt(index) === YI) {
        scaleExp += 8
        end = ++index
      }
    }
  }

  // Scale after Arabic digits, masks, or `十多万`.
  //   > | 500—5000 万元
  //               ^^
  if (numeral.script === 'arabic' || numeral.script === 'masked' || (vague && !numeral.hasBig)) {
    const spaced = skipSpaces(text, index)
    const at = spaced === index ? skipBreak(text, index) : spaced
    let scale = matchScale(text, at)
    // A bare `千` or `百` is a scale only right after Arabic digits, on the
    // same line, and not where a unit starts with it (`500千伏`,
    // `0.5百分点`): after a mask or a break it is a word (`**千方百计`).
    if (scale && scale.exp < 4 && (numeral.script !== 'arabic' || at !== spaced || matchUnit(text, at))) {
      scale = undefined
    }
    if (scale) {
      scaleExp += scale.exp
      index = at + scale.text.length
      end = index
      // `3万4000`: Arabic digits after the scale add to it.
      if (
        coefficient &&
        !vague &&
        numeral.script === 'arabic' &&
        isInteger(coefficient) &&
        charClass[text.charCodeAt(index)] === ARABIC
      ) {
        const rest = scanArabic(text, index)
        if (rest && !rest.decimal && rest.integerDigits <= scale.exp) {
          const whole = BigInt(coefficient.digits) * 10n ** BigInt(coefficient.exp + scale.exp) + BigInt(rest.value.digits)
          coefficient = {digits: whole.toString(), exp: -scale.exp}
          index = rest.end
          end = index
        }
      }

      if (!vague && coefficient && isVague(text, index)) {
        min = coefficient
        max = nextPlace(coefficient)
        vague = true
        end = ++index
        // `2万多亿元`: more than 2万亿, the vague marker between the scales.
        if (scale.exp === 4 && text.charCodeAt(index) === YI) {
          scaleExp += 8
          end = ++index
        }
      }
    }
  }

  const scaled = scaleExp !== 0
  let unit: UnitEntry | undefined
  let unitText: string | null = null
  let threshold: Quantity | undefined
  let geRead = false

  let at = skipSpaces(text, index)
  const broken = at === index ? skipBreak(text, index) : at
  if (text.startsWith('分之', index)) {
    return numeral.value ? readFraction(text, numeral, index) : undefined
  }

  // `个` opens three constructions: 个百分点, 个亿, and a plain count.
  //   > | 高于目标2.9个⏎⏎百分点
  //                 ^
  //   > | 抓好1000个亿元以上重大技改项目
  //               ^
  if (text.charCodeAt(at) === GE) {
    const afterGe = at + 1
    const next = skipSpaces(text, afterGe)
    const nextBroken = next === afterGe ? skipBreak(text, afterGe) : next
    const scale = matchScale(text, afterGe)
    // `5个多百分点`: more than 5 points, less than 6.
    const morePoints =
      !vague && coefficient && isVague(text, afterGe) && text.startsWith('百分点', afterGe + 1) ? plusOne(coefficient) : undefined
    if (text.startsWith('百分点', nextBroken)) {
      unit = matchUnit(text, nextBroken)
      unitText = '个百分点'
      end = nextBroken + 3
    } else if (morePoints) {
      unit = matchUnit(text, afterGe + 1)
      unitText = '个百分点'
      min = coefficient
      max = morePoints
      vague = true
      end = afterGe + 4
    } else if (scale && scale.exp >= 7 && !vague && text.charCodeAt(afterGe + scale.text.length) !== JI_LEVEL) {
      // (`3个千亿级产业集群`: three clusters of a class, not 3000亿.)
      const afterScale = afterGe + scale.text.length
      if (/^元以[上下]/.test(text.slice(afterScale, afterScale + 3))) {
        unit = matchUnit(text, at)
        unitText = '个'
        end = afterGe
        threshold = thresholdAt(text, afterGe, scale.exp)
      } else {
        geRead = true
        scaleExp += scale.exp
        end = afterScale
        unit = text.charCodeAt(afterScale) === 0x5143 ? matchUnit(text, afterScale) : undefined
        if (unit) {
          unitText = unit.unit
          end = afterScale + 1
        }
      }
    }
  }

  // `3个多月`: the vague marker sits inside the unit.
  if (unitText === null && !geRead && !vague && coefficient && text.charCodeAt(at) === GE && isVague(text, at + 1) && text.charCodeAt(at + 2) === YUE) {
    const more = plusOne(coefficient)
    if (more) {
      unit = MONTHS
      unitText = '个月'
      min = coefficient
      max = more
      vague = true
      end = at + 3
    }
  }

  if (unitText === null && !geRead) {
    const position = broken
    const entry = matchUnit(text, position) ?? latinUnit(text, position)
    if (
      entry &&
      (position === at || entry.strong) &&
      !followedBy(text, position + entry.text.length, entry.notBefore) &&
      !(entry.arabicOnly && numeral.script !== 'arabic')
    ) {
      unit = entry
      unitText = entry.unit
      end = position + entry.text.length
      // `元/人`, `微克/立方米`.
      if (SLASH.has(text.charCodeAt(end))) {
        const per = matchUnit(text, end + 1)
        if (per) {
          unitText += '/' + per.unit
          end += 1 + per.text.length
        }
      }
    }
  }

  // `五年多`, `3年多来`: more than the span but less than one more.
  if (unit && !vague && coefficient && spans.has(unit.text) && isVague(text, end) && !followedBy(text, end + 1, notAfterSpan)) {
    const more = plusOne(coefficient)
    if (more) {
      min = coefficient
      max = more
      vague = true
      end++
    }
  }

  const unitExp = unit?.exp ?? 0
  const quantity = createQuantity(text, numeral.start, end, unit?.kind ?? 'number')
  quantity.unit = unitText
  quantity.masked = numeral.script === 'masked'
  quantity.scale = scaleOf(scaleExp + unitExp)
  if (coefficient) quantity.coefficient = toNumber(coefficient)
  if (min && max) {
    quantity.min = toNumber(min, false, scaleExp + unitExp)
    quantity.max = toNumber(max, false, scaleExp + unitExp)
    quantity.approximate = true
    if (numeral.min) quantity.coefficient = null
  } else if (coefficient) {
    quantity.amount = toNumber(coefficient, false, scaleExp + unitExp)
  }

  return {quantity, numeral, unit, scaled, threshold, exact: min ? null : coefficient, scaleExp: scaleExp + unitExp, fraction: false}
}

/**
 * An integer plus one (`5` → `6`), or `undefined` for a decimal.
 *
 * @param value
 *   Value.
 * @returns
 *   The next integer.
 */
function plusOne(value: Exact): Exact | undefined {
  if (value.exp < 0 || !isInteger(value)) return undefined
  return {digits: (BigInt(value.digits) * 10n ** BigInt(value.exp) + 1n).toString(), exp: 0}
}

/**
 * Whether `多` or `余` at `index` makes the coefficient before it vague
 * (`500多`, `20余`, `3.5万多`).
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Whether it does.
 */
function isVague(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code !== DUO && code !== YU) return false
  return !notVague.has(text.charCodeAt(index + 1))
}

/**
 * A Latin unit not followed by another letter (`100km`, but not `5GB2`).
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Unit entry.
 */
function latinUnit(text: string, index: number): UnitEntry | undefined {
  const entry = matchLatinUnit(text, index)
  if (!entry || isLatin(text.charCodeAt(index + entry.text.length))) return undefined
  return entry
}

/**
 * The threshold `亿元以上` after a count (`1000个亿元以上项目`): 1 × scale 元, at least.
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of the scale.
 * @param exponent
 *   Power of ten of the scale.
 * @returns
 *   The threshold quantity.
 * @example
 *   thresholdAt('1000个亿元以上项目', 5, 8)?.value // '亿元以上'
 */
export function thresholdAt(text: string, start: number, exponent: number): Quantity | undefined {
  const scale = matchScale(text, start)
  if (!scale || scale.exp !== exponent) return undefined
  const unitEnd = start + scale.text.length + 1
  const quantity = createQuantity(text, start, unitEnd + 2, 'number')
  quantity.amount = scaleOf(exponent)
  quantity.coefficient = 1
  quantity.scale = scaleOf(exponent)
  quantity.unit = '元'
  const above = text.startsWith('以上', unitEnd)
  quantity.qualifier = above ? 'atLeast' : 'atMost'
  quantity.qualifierText = above ? '以上' : '以下'
  return quantity
}
