/**
 * Masked numerals: digits anonymised with `*` or `X` (`**.*％`, `***亿元`,
 * `20XX 年`, `X.X%`, `第*`), also when the anonymiser deleted the digits on
 * one side of the point (`.*％`, `*.％`).
 *
 * A masked numeral has no value; the unit after it still tells its kind, so
 * `**.*％` is a masked percent. A mask with nothing after it is not a quantity
 * (`**加粗**` is Markdown, `XX占10家` a masked place name): the caller decides.
 *
 * @module
 */

import {ARABIC, MASK, charClass, isDecimalPoint, isLatin} from './chars.js'

/** A masked numeral read by {@link scanMasked}. */
export interface MaskedNumeral {
  /** Offset after it. */
  end: number
  /** Characters before the point (`20XX` → 4, `**.*` → 2). */
  width: number
  /** Whether a point was read. */
  decimal: boolean
}

/**
 * Whether a code unit is a star mask (`*`, `＊`).
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is a star.
 */
function isStar(code: number): boolean {
  return code === 0x2a || code === 0xff0a
}

/**
 * Read a masked numeral: a run of one mask family (stars or `X`s), or Arabic
 * digits mixed with masks (`20XX9`, `20**`), with at most one point.
 *
 *   > | 分别增长**.*％
 *           ^^^^
 *
 * A run of `X` touching a Latin letter is a word, not a mask (`XXL`, `eXX`).
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of a mask character or of an Arabic digit followed by one.
 * @returns
 *   The numeral, or `undefined` when there is none.
 * @example
 *   scanMasked('增长**.*％', 2) // {end: 6, width: 2, decimal: true}
 */
export function scanMasked(text: string, start: number): MaskedNumeral | undefined {
  const first = text.charCodeAt(start)
  const withDigits = charClass[first] === ARABIC
  const star = isStar(first)
  let masks = 0
  let index = start
  let width = 0
  let decimal = false

  if (!withDigits && start > 0 && isLatin(text.charCodeAt(start - 1))) return undefined

  while (index < text.length) {
    const code = text.charCodeAt(index)
    const klass = charClass[code]
    if (klass === MASK && accepts(code, withDigits, star)) {
      masks++
    } else if (!(withDigits && klass === ARABIC)) {
      // `**.*`: one point, followed by a mask or digit.
      if (
        !decimal &&
        isDecimalPoint(code) &&
        index > start &&
        index + 1 < text.length &&
        accepts(text.charCodeAt(index + 1), withDigits, star)
      ) {
        decimal = true
        width = index - start
        index++
        continue
      }

      // `*.％`: the digits after the point were deleted, the point kept.
      if (star && !decimal && isDecimalPoint(code) && index > start && isPercent(text.charCodeAt(index + 1))) {
        decimal = true
        width = index - start
        index++
      }

      break
    }

    index++
  }

  if (masks === 0) return undefined
  if (!decimal) width = index - start
  // Stars mark masks on their own; letters after an `X` run make a word.
  if (!star && index < text.length && isLatin(text.charCodeAt(index))) return undefined
  return {end: index, width, decimal}
}

/**
 * Whether a code unit is a percent sign.
 *
 * @param code
 *   Code unit.
 * @returns
 *   Whether it is.
 */
function isPercent(code: number): boolean {
  return code === 0x25 || code === 0xff05
}

/**
 * Start of a star run with a leading point whose digits before it were
 * deleted (`增长.*％`): the point belongs to the masked numeral.
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of the first star.
 * @returns
 *   Offset of the point, or `start`.
 */
export function maskedStart(text: string, start: number): number {
  if (start < 1 || !isStar(text.charCodeAt(start)) || !isDecimalPoint(text.charCodeAt(start - 1))) return start
  const before = start > 1 ? charClass[text.charCodeAt(start - 2)] : 0
  return before === ARABIC || before === MASK || isDecimalPoint(text.charCodeAt(start - 2)) ? start : start - 1
}

/**
 * Whether a code unit continues a masked run.
 *
 * @param code
 *   Code unit.
 * @param withDigits
 *   Whether the run mixes digits and masks.
 * @param star
 *   Whether the run is of stars (else of `X`).
 * @returns
 *   Whether it continues the run.
 */
function accepts(code: number, withDigits: boolean, star: boolean): boolean {
  const klass = charClass[code]
  if (withDigits) return klass === MASK || klass === ARABIC
  return klass === MASK && isStar(code) === star
}
