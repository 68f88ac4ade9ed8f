/**
 * Ranges: two bounds joined by a dash, tilde, `至` or `到` (`6%—6.5%`,
 * `4.5%至5%`, `3%-5%`, `6.5%到7%`, `上涨2—5倍`, `500—5000 万元`, `三至五年`);
 * not `从1万亿元到2万亿元`, a change.
 *
 * A range is one quantity of kind `range`; `rangeKind` tells what the bounds
 * measure, `min`/`max` hold them, `amount` and `coefficient` are `null`. The
 * lower bound may omit the unit and scale, which it then shares with the upper
 * bound (`500—5000 万元` is 5e6 to 5e7 元).
 *
 * @module
 */

import {readAmount, type Amount} from './amount.js'
import {createQuantity, scaleOf} from './build.js'
import {ARABIC, HAN_DIGIT, MASK, SMALL_UNIT, TENS, charClass, skipSpaces} from './chars.js'
import {shift, toNumber} from './exact.js'
import {readNumeral} from './numeral.js'
import {matchRangeSeparator} from './tables.js'
import type {Quantity, RangeKind} from './types.js'

const rangeKinds = new Set<string>(['number', 'percent', 'percentagePoint', 'multiple', 'fraction'])

/** A range with the amount of its upper bound (for acceptance checks). */
export interface Range {
  /** The range quantity. */
  quantity: Quantity
  /** The upper bound. */
  upper: Amount
}

/**
 * Read a range whose lower bound is `lower`.
 *
 *   > | 增长6%—6.5%
 *         ^^ lower
 *           ^ separator
 *            ^^^^ upper
 *
 * @param text
 *   Text.
 * @param lower
 *   The lower bound, already read.
 * @returns
 *   The range, or `undefined` when no compatible upper bound follows.
 * @example
 *   readRange('3%-5%', lower)?.quantity.max // 5
 */
export function readRange(text: string, lower: Amount): Range | undefined {
  const low = lower.quantity
  if (low.min !== null || lower.threshold || low.kind === 'fraction' && low.unit === null) return undefined
  const separatorAt = skipSpaces(text, low.end, 2)
  const separator = matchRangeSeparator(text, separatorAt)
  // `从1万亿元到2万亿元`: a change from one to the other, not a range
  // (`10％到20%`, `3000元到30000元的标准` are).
  if (!separator || (separator.text === '到' && low.unit !== null && isTransition(text, low.start))) return undefined

  const upperAt = skipSpaces(text, separatorAt + separator.text.length, 2)
  const klass = charClass[text.charCodeAt(upperAt)]
  if (klass !== ARABIC && klass !== HAN_DIGIT && klass !== MASK && klass !== SMALL_UNIT && klass !== TENS) {
    return undefined
  }

  const numeral = readNumeral(text, upperAt)
  if (typeof numeral === 'number' || numeral.script === 'digitwise') return undefined
  if (lower.numeral.script === 'digitwise') return undefined
  const upper = readAmount(text, numeral)
  if (!upper || upper.threshold) return undefined
  const high = upper.quantity
  if (high.min !== null || !rangeKinds.has(high.kind)) return undefined

  let minimum = low.amount
  if (low.unit === null) {
    // `500—5000 万元`: the lower bound shares the upper's scale and unit.
    if (high.unit === null && !upper.scaled) return undefined
    if (!lower.scaled && lower.exact) minimum = toNumber(shift(lower.exact, upper.scaleExp))
    else if (lower.exact) minimum = toNumber(shift(lower.exact, lower.scaleExp + (upper.unit?.exp ?? 0)))
  } else if (low.unit !== high.unit || low.kind !== high.kind) {
    return undefined
  }

  const maximum = high.amount
  if (minimum !== null && maximum !== null && minimum > maximum) return undefined

  const quantity = createQuantity(text, low.start, high.end, 'range')
  quantity.rangeKind = high.kind as RangeKind
  quantity.min = minimum
  quantity.max = maximum
  quantity.unit = high.unit
  quantity.scale = scaleOf(upper.scaleExp)
  quantity.masked = low.masked || high.masked
  return {quantity, upper}
}

/** Longest span searched before a lower bound for `从`/`由`. */
const maxTransitionLead = 12

/**
 * Whether `从` or `由` opens the clause part before a lower bound, so that
 * `到` after it ends a change (`由1万亿元到2万亿元的跨越`), not a range.
 *
 * @param text
 *   Text.
 * @param start
 *   Start of the lower bound.
 * @returns
 *   Whether a change is read.
 */
function isTransition(text: string, start: number): boolean {
  const floor = Math.max(0, start - maxTransitionLead)
  for (let at = start - 1; at >= floor; at--) {
    const code = text.charCodeAt(at)
    if (code === 0x4ece || code === 0x7531) return true // 从, 由
    if (clauseEnds.has(code)) return false
  }

  return false
}

/** Punctuation that ends the search for `从`/`由`. */
const clauseEnds = new Set([...'，。；：、,;:！？!?'].map((character) => character.charCodeAt(0)))
