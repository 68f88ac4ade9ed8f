/**
 * Ratios written with colons: `32.6:32.5:34.9`, `1∶1`.
 *
 * A ratio is one quantity of kind `number` with `unit: ':'`, `amount: null`
 * and its terms in `ratio` (an industry structure is not three numbers).
 *
 * @module
 */

import {scanArabic as importedScanArabic} from './arabic.js'
import {createQuantity as importedCreateQuantity} from './build.js'
import {ARABIC as importedARABIC, charClass as importedCharClass} from './chars.js'
import {toNumber as importedToNumber} from './exact.js'
import type {Numeral} from './numeral.js'
import type {Quantity} from './types.js'

// Local aliases: transpilers may turn imported bindings into getters, and
// these are read in hot loops.
const scanArabic = importedScanArabic
const createQuantity = importedCreateQuantity
const ARABIC = importedARABIC
const charClass = importedCharClass
const toNumber = importedToNumber

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
