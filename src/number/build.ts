/**
 * Create `Quantity` records with every field filled.
 *
 * @module
 */

import type {CalendarPoint, Quantity, QuantityKind} from './types.js'

/**
 * A quantity spanning `text.slice(start, end)` with neutral defaults: no
 * amount, scale 1, no unit, no qualifier, not masked, not approximate.
 *
 * @param text
 *   Searched text.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param kind
 *   Kind.
 * @returns
 *   A new quantity, to be filled in by the caller.
 * @example
 *   createQuantity('增长5.5%', 2, 6, 'percent').value // '5.5%'
 */
export function createQuantity(
  text: string,
  start: number,
  end: number,
  kind: QuantityKind
): Quantity {
  return {
    value: text.slice(start, end),
    start,
    end,
    kind,
    amount: null,
    coefficient: null,
    scale: 1,
    min: null,
    max: null,
    unit: null,
    qualifier: null,
    qualifierText: null,
    masked: false,
    approximate: false,
    list: null
  }
}

/**
 * Move the start or end of a quantity, keeping `value` in sync.
 *
 * @param text
 *   Searched text.
 * @param quantity
 *   Quantity to change.
 * @param start
 *   New start offset.
 * @param end
 *   New end offset.
 * @returns
 *   Nothing.
 * @example
 *   reslice('约3000', quantity, 0, 5) // quantity.value === '约3000'
 */
export function reslice(text: string, quantity: Quantity, start: number, end: number): undefined {
  quantity.start = start
  quantity.end = end
  quantity.value = text.slice(start, end)
  return undefined
}

/**
 * `10 ** exponent`, exactly as the literal `1eN` would be.
 *
 * @param exponent
 *   Power of ten.
 * @returns
 *   The scale factor.
 * @example
 *   scaleOf(-3) // 0.001
 */
export function scaleOf(exponent: number): number {
  if (exponent === 0) return 1
  const cached = exponent >= -24 && exponent <= 24 ? scales[exponent + 24] : undefined
  return cached ?? Number('1e' + exponent)
}

/** `1e-24` to `1e24`, parsed once. */
const scales: number[] = []
for (let exponent = -24; exponent <= 24; exponent++) scales.push(Number('1e' + exponent))

/**
 * A calendar point with every part unknown but those given.
 *
 * @param parts
 *   Known parts.
 * @returns
 *   A calendar point.
 * @example
 *   calendarPoint({year: 2022}) // {year: 2022, quarter: null, month: null, day: null}
 */
export function calendarPoint(parts: Partial<CalendarPoint>): CalendarPoint {
  return {
    year: parts.year ?? null,
    quarter: parts.quarter ?? null,
    month: parts.month ?? null,
    day: parts.day ?? null
  }
}
