/**
 * Lists of values sharing a unit or qualifier: `回落3.1、7.9个百分点`,
 * `分别增长8%、11%左右`, `分别提高 1.4 个、7.9 个百分点`,
 * `分别增长1.7倍、54.3%和53.2%`.
 *
 * Quantities joined by `、`, `和`, `及`, `与` form a list. An item written
 * without unit takes the unit (and scale) of the next item (`3.1` in
 * `3.1、7.9个百分点` is 3.1 个百分点); `个` becomes `个百分点` when the list ends
 * in `个百分点`. A qualifier written only after the last item applies to all
 * items when they share a unit. Every item gets `list` info.
 *
 * @module
 */

import {scaleOf} from './build.js'
import {skipSpaces} from './chars.js'
import {matchListSeparator} from './tables.js'
import type {Quantity} from './types.js'

/**
 * Find lists among found quantities and share units and qualifiers.
 *
 *   > | 回落3.1、7.9个百分点
 *           ^^^ ^^^^^^^^^^ one list, unit shared
 *
 * @param text
 *   Searched text.
 * @param quantities
 *   Quantities, sorted, not overlapping (changed in place).
 * @returns
 *   Nothing.
 * @example
 *   markLists(text, quantities) // quantities[0].list → {index: 0, length: 2, …}
 */
export function markLists(text: string, quantities: Quantity[]): undefined {
  let index = 0
  while (index < quantities.length) {
    let last = index
    while (last + 1 < quantities.length && joined(text, quantities[last], quantities[last + 1])) last++
    if (last > index) share(quantities.slice(index, last + 1))
    index = last + 1
  }

  return undefined
}

/**
 * Whether two neighbouring quantities are items of one list.
 *
 * @param text
 *   Text.
 * @param left
 *   Earlier quantity.
 * @param right
 *   Later quantity.
 * @returns
 *   Whether only a list separator (and spaces) is between them.
 */
function joined(text: string, left: Quantity | undefined, right: Quantity | undefined): boolean {
  if (!left || !right || !listable(left) || !listable(right)) return false
  const at = skipSpaces(text, left.end, 2)
  const separator = matchListSeparator(text, at)
  return separator !== undefined && skipSpaces(text, at + separator.text.length, 2) === right.start
}

/**
 * Whether a quantity can be a list item (not a date, period, ordinal or ratio).
 *
 * @param quantity
 *   Quantity.
 * @returns
 *   Whether it can.
 */
function listable(quantity: Quantity): boolean {
  const kind = quantity.kind
  return kind !== 'date' && kind !== 'period' && kind !== 'ordinal' && quantity.ratio === undefined
}

/**
 * Share units and a final qualifier across list items.
 *
 * @param items
 *   The items, in order.
 * @returns
 *   Nothing.
 */
function share(items: Quantity[]): undefined {
  let sharedUnit = false
  for (let index = items.length - 2; index >= 0; index--) {
    const item = items[index]
    const next = items[index + 1]
    if (!item || !next || next.unit === null) continue
    if (item.unit === null && item.scale === 1 && item.kind === 'number' && next.kind !== 'fraction') {
      const exponent = Math.round(Math.log10(next.scale))
      if (scaleOf(exponent) !== next.scale) continue
      item.kind = next.kind
      item.unit = next.unit
      item.scale = next.scale
      item.rangeKind = next.rangeKind
      if (item.coefficient !== null && item.amount !== null) item.amount = times(item.coefficient, exponent)
      if (item.min !== null) item.min = times(item.min, exponent)
      if (item.max !== null) item.max = times(item.max, exponent)
      sharedUnit = true
    } else if (item.unit === '个' && next.unit === '个百分点') {
      item.unit = '个百分点'
      item.kind = 'percentagePoint'
      sharedUnit = true
    }
  }

  const last = items[items.length - 1]
  let sharedQualifier = false
  if (
    last &&
    last.qualifier !== null &&
    last.qualifierText !== null &&
    last.value.endsWith(last.qualifierText) &&
    items.every((item) => item === last || (item.qualifier === null && item.unit === last.unit))
  ) {
    for (const item of items) {
      item.qualifier = last.qualifier
      item.qualifierText = last.qualifierText
      item.approximate ||= last.qualifier === 'about' || last.qualifier === 'near'
    }

    sharedQualifier = true
  }

  for (const [index, item] of items.entries()) {
    item.list = {index, length: items.length, sharedQualifier, sharedUnit}
  }

  return undefined
}

/**
 * `value × 10^exponent`, exactly as the decimal literal would be.
 *
 * @param value
 *   Number.
 * @param exponent
 *   Power of ten.
 * @returns
 *   Product.
 */
function times(value: number, exponent: number): number {
  return exponent === 0 ? value : Number(String(value) + 'e' + exponent)
}
