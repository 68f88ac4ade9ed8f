/**
 * Helpers shared by the number tests.
 */

import {expect} from 'vitest'
import {findQuantities} from '../../src/number/index.js'
import type {Quantity} from '../../src/number/index.js'

/** Expected fields of one quantity (only the listed fields are checked). */
export type Expected = Partial<Quantity>

/**
 * Find quantities and check that there is exactly one, matching `expected`.
 *
 * @param text
 *   Running text.
 * @param expected
 *   Expected fields.
 * @returns
 *   The quantity.
 */
export function expectOne(text: string, expected: Expected): Quantity {
  const found = findQuantities(text)
  expect(found.map((quantity) => quantity.value)).toEqual([expected.value])
  const [quantity] = found
  expect(quantity).toMatchObject(expected)
  return quantity as Quantity
}

/**
 * Find quantities and check them all, in order.
 *
 * @param text
 *   Running text.
 * @param expected
 *   Expected fields of each quantity.
 * @returns
 *   The quantities.
 */
export function expectAll(text: string, expected: Expected[]): Quantity[] {
  const found = findQuantities(text)
  expect(found.map((quantity) => quantity.value)).toEqual(expected.map((item) => item.value))
  for (const [index, item] of expected.entries()) expect(found[index]).toMatchObject(item)
  for (const quantity of found) expect(text.slice(quantity.start, quantity.end)).toBe(quantity.value)
  return found
}
