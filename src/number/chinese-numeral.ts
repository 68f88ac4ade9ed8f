/**
 * Compose a Chinese numeral: `一万五千亿`, `三千零五`, `一百一`, `二十万亿`,
 * `三点五万`, `1.37万亿`, `3万4000`, `十几万`, `壹佰贰拾`.
 *
 * The numeral is read left to right in sections: small units (`十百千`) build a
 * section below 万, `万` closes a section into the 万 level, `亿` multiplies
 * everything before it (so `一万五千亿` is 1.5e12 and `二十万亿` is 2e13).
 * Values are `bigint`, so no precision is lost before the final conversion.
 *
 * @module
 */

import {scanArabic} from './arabic.js'
import {ARABIC, BIG_UNIT, HAN_DIGIT, JI, POINT, SMALL_UNIT, TENS, charClass, charValue} from './chars.js'
import type {Exact} from './exact.js'

/** What `几` stands for: `low` (`十几` → 11, `几十` → 20), `high` (9), or not allowed. */
export type JiMode = 'low' | 'high' | 'none'

/** A composed numeral. */
export interface ComposedNumeral {
  /** Exact value. */
  value: Exact
  /** Power of ten of the big units ending the numeral (`五万` → 4, `二十万亿` → 12). */
  scaleExp: number
  /** Whether a big unit (`万`, `亿`) occurs. */
  hasBig: boolean
  /** Whether the numeral starts with a bare `百` or `千` (`千亿`, `百万`). */
  leadingUnit: boolean
  /** Whether `几` occurs. */
  vague: boolean
}

const POW10 = [1n, 10n, 100n, 1000n, 10_000n, 100_000n, 1_000_000n, 10_000_000n, 100_000_000n]
/** `数` (`数十万`) behaves as a leading `几`. */
const SHU = 0x6570

/**
 * Compose the numeral `text.slice(start, end)`.
 *
 *   > | 一万五千亿
 *       ^^^^^^^^^^ 1.5e12, scale 亿
 *
 * @param text
 *   Text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset; the whole slice must be one numeral.
 * @param ji
 *   What `几`/leading `数` stands for (default: not allowed).
 * @returns
 *   The numeral, or `undefined` when the slice is not a well-formed numeral
 *   (`十四五`, `一二三` — digit-by-digit strings are read elsewhere).
 * @example
 *   composeNumeral('三千零五', 0, 4) // {value: {digits: '3005', exp: 0}, scaleExp: 0, …}
 */
export function composeNumeral(
  text: string,
  start: number,
  end: number,
  ji: JiMode = 'none'
): ComposedNumeral | undefined {
  let total = 0n
  let wan = 0n
  let section = 0n
  let pending: bigint | undefined
  /** Power of the unit right before the pending Han digit, -1 if none (colloquial `一百一`). */
  let pendingAfter = -1
  let lastSmall = 9
  /** Power of the unit at the previous character, -1 otherwise. */
  let previousUnit = -1
  let scaleExp = 0
  let hasBig = false
  let leadingUnit = false
  let vague = false
  let index = start

  if (start >= end) return undefined

  while (index < end) {
    const code = text.charCodeAt(index)
    let klass = charClass[code]
    if (code === SHU && index === start) klass = JI

    if (klass === ARABIC) {
      // Arabic digits start the numeral or follow a big unit (`3万4000`).
      if (pending !== undefined || (index !== start && previousUnit < 4)) return undefined
      const arabic = scanArabic(text, index, end)
      if (!arabic) return undefined
      if (arabic.decimal) {
        // `1.37万亿`: a decimal is the whole coefficient, only big units follow.
        if (index !== start) return undefined
        return scaled(arabic.value, text, arabic.end, end, hasBig)
      }

      pending = BigInt(arabic.value.digits)
      pendingAfter = -1
      previousUnit = -1
      scaleExp = 0
      index = arabic.end
      continue
    }

    if (klass === HAN_DIGIT || klass === JI) {
      if (pending !== undefined) return undefined
      let digit = charValue[code] ?? 0
      if (klass === JI) {
        if (ji === 'none' || vague) return undefined
        vague = true
        digit = ji === 'high' ? 9 : previousUnit > 0 ? 1 : 2
      } else if (digit === 0) {
        // `三千零五`: a zero only breaks the colloquial reading.
        previousUnit = -1
        scaleExp = 0
        index++
        continue
      }

      pending = BigInt(digit)
      pendingAfter = previousUnit
      previousUnit = -1
      scaleExp = 0
      index++
      continue
    }

    if (klass === TENS) {
      // `廿五`: 廿 is 二十.
      if (pending !== undefined || lastSmall <= 1) return undefined
      section += BigInt((charValue[code] ?? 0) * 10)
      lastSmall = 1
      previousUnit = 1
      scaleExp = 0
      index++
      continue
    }

    if (klass === SMALL_UNIT) {
      const power = charValue[code] ?? 0
      let count = pending
      if (count === undefined) {
        // `十一`, `千亿`: a bare unit means one of it at the start of a section.
        if (power === 1 && section === 0n) count = 1n
        else if (index === start) {
          count = 1n
          leadingUnit = true
        } else return undefined
      }

      if (power >= lastSmall) return undefined
      section += count * (POW10[power] ?? 1n)
      lastSmall = power
      pending = undefined
      previousUnit = power
      scaleExp = 0
      index++
      continue
    }

    if (klass === BIG_UNIT) {
      if (index === start) return undefined
      const power = charValue[code] ?? 0
      const group = section + resolve(pending, pendingAfter)
      if (power === 4) {
        if (group === 0n) return undefined
        wan = (wan + group) * 10_000n
      } else {
        if (group === 0n && wan === 0n && total === 0n) return undefined
        total = (total + wan + group) * 100_000_000n
        wan = 0n
      }

      scaleExp = previousUnit >= 4 ? scaleExp + power : power
      section = 0n
      pending = undefined
      lastSmall = 9
      previousUnit = power
      hasBig = true
      index++
      continue
    }

    if (klass === POINT) {
      // `三点五万`: digits after the point are read one by one.
      if (index === start || index + 1 >= end) return undefined
      if (charClass[text.charCodeAt(index + 1)] !== HAN_DIGIT) return undefined
      if (hasBig || vague) return undefined
      const whole = total + wan + section + resolve(pending, pendingAfter)
      let fraction = ''
      index++
      while (index < end && charClass[text.charCodeAt(index)] === HAN_DIGIT) {
        const digit = charValue[text.charCodeAt(index)] ?? 0
        if (text.charCodeAt(index) === 0x4e24) return undefined // 两 is never a decimal digit
        fraction += String(digit)
        index++
      }

      const value = {digits: whole.toString() + fraction, exp: -fraction.length}
      return scaled(value, text, index, end, false)
    }

    return undefined
  }

  const value = total + wan + section + resolve(pending, pendingAfter)
  return {
    value: {digits: value.toString(), exp: 0},
    scaleExp,
    hasBig,
    leadingUnit,
    vague
  }
}

/**
 * Value of a pending digit: colloquial after 百/千/万/亿 (`一百一` → 110,
 * `三万五` → 35000), as is otherwise.
 *
 * @param pending
 *   Pending digit or Arabic group.
 * @param after
 *   Power of the unit right before it, -1 if none.
 * @returns
 *   Its value.
 */
function resolve(pending: bigint | undefined, after: number): bigint {
  if (pending === undefined) return 0n
  return after >= 2 ? pending * (POW10[after - 1] ?? 1n) : pending
}

/**
 * Apply trailing big units to a decimal (`1.37万亿`, `三点五万`).
 *
 * @param value
 *   Decimal before the units.
 * @param text
 *   Text.
 * @param index
 *   Offset after the decimal.
 * @param end
 *   End of the numeral.
 * @param hasBig
 *   Whether a big unit was already seen.
 * @returns
 *   The numeral, or `undefined` if anything else follows.
 */
function scaled(
  value: Exact,
  text: string,
  index: number,
  end: number,
  hasBig: boolean
): ComposedNumeral | undefined {
  let scaleExp = 0
  while (index < end) {
    const code = text.charCodeAt(index)
    if (charClass[code] !== BIG_UNIT) return undefined
    scaleExp += charValue[code] ?? 0
    hasBig = true
    index++
  }

  return {
    value: {digits: value.digits, exp: value.exp + scaleExp},
    scaleExp,
    hasBig,
    leadingUnit: false,
    vague: false
  }
}
