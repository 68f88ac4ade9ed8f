/**
 * Ratios written with colons: `32.6:32.5:34.9`, `1∶1`; and proper fractions
 * written with a slash: `1/3`, `2／3`.
 *
 * A ratio is one quantity of kind `number` with `unit: ':'`, `amount: null`
 * and its terms in `ratio` (an industry structure is not three numbers). A
 * slash fraction is a `fraction` like `三分之一` (amount 1/3, coefficient 1,
 * scale 1/3).
 *
 * @module
 */

import {scanArabic} from './arabic.js'
import {createQuantity} from './build.js'
import {ARABIC, charClass, isDecimalPoint, isLatin} from './chars.js'
import {toNumber} from './exact.js'
import type {Numeral} from './numeral.js'
import type {Quantity} from './types.js'

/** Colons between terms: ASCII, full width, ratio sign. */
const colons = new Set([0x3a, 0xff1a, 0x2236])

/**
 * Read a ratio starting with an Arabic numeral.
 *
 *   > | 三次产业结构由32.6:32.5:34.9调整为26.9:34.0:39.1
 *                    ^^^^^^^^^^^^^^
 *
 * @param text
 *   Text.
 * @param first
 *   The first term.
 * @returns
 *   The ratio, or `undefined` when no colon and digit follow.
 * @example
 *   readRatio('32.6:32.5:34.9', readNumeral('32.6:32.5:34.9', 0))?.ratio // [32.6, 32.5, 34.9]
 */
export function readRatio(text: string, first: Numeral): Quantity | undefined {
  if (first.script !== 'arabic' || !first.value) return undefined
  const terms = [toNumber(first.value)]
  let end = first.end
  while (colons.has(text.charCodeAt(end)) && charClass[text.charCodeAt(end + 1)] === ARABIC) {
    const term = scanArabic(text, end + 1)
    if (!term) break
    terms.push(toNumber(term.value))
    end = term.end
  }

  if (terms.length < 2) return undefined
  const quantity = createQuantity(text, first.start, end, 'number')
  quantity.unit = ':'
  quantity.ratio = terms
  return quantity
}

const SLASH = new Set([0x2f, 0xff0f])

/**
 * Read a proper fraction written with a slash (`1/3`, `2／3`).
 *
 *   > | 约占全省的1/3以上
 *            ^^^
 *
 * Only integers with the numerator below the denominator (at most 1000) are
 * read, and nothing slash-, digit- or letter-like may touch either side, so
 * dates (`2022/3/5`), paths and codes (`A1/2`), and rates like `24/7` are
 * left alone.
 *
 * @param text
 *   Text.
 * @param first
 *   The numerator.
 * @returns
 *   The fraction, or `undefined`.
 * @example
 *   readSlashFraction('1/3', readNumeral('1/3', 0))?.amount // 0.3333333333333333
 */
export function readSlashFraction(text: string, first: Numeral): Quantity | undefined {
  if (first.script !== 'arabic' || !first.value || first.decimal) return undefined
  if (!SLASH.has(text.charCodeAt(first.end)) || charClass[text.charCodeAt(first.end + 1)] !== ARABIC) return undefined
  const before = first.start > 0 ? text.charCodeAt(first.start - 1) : -1
  if (SLASH.has(before) || isLatin(before) || isDecimalPoint(before)) return undefined
  const second = scanArabic(text, first.end + 1)
  if (!second || second.decimal) return undefined
  const after = text.charCodeAt(second.end)
  if (SLASH.has(after) || isLatin(after) || isDecimalPoint(after) || charClass[after] === ARABIC) return undefined
  const numerator = toNumber(first.value)
  const denominator = toNumber(second.value)
  if (!(numerator > 0 && numerator < denominator && denominator <= 1000)) return undefined
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator)) return undefined
  const quantity = createQuantity(text, first.start, second.end, 'fraction')
  quantity.amount = numerator / denominator
  quantity.coefficient = numerator
  quantity.scale = 1 / denominator
  return quantity
}
