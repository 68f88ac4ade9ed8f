/**
 * Fractions written with `分之`: `三分之一`, `百分之五`, `千分之三`, `万分之五`.
 *
 * `百分之N` is a percent (amount N, unit `%`), like `N%`. Other denominators
 * give a fraction whose amount is the plain ratio: `千分之三` is 0.003 (unit
 * `‰`, coefficient 3, scale 1e-3, as `3‰`), `三分之一` is 1/3 (no unit,
 * coefficient 1, scale 1/3).
 *
 * @module
 */

import type {Amount} from './amount.js'
import {createQuantity, scaleOf} from './build.js'
import {ARABIC, HAN_DIGIT, SMALL_UNIT, TENS, charClass} from './chars.js'
import {shift, toNumber, type Exact} from './exact.js'
import {readNumeral, type Numeral} from './numeral.js'

/**
 * Read the numerator after `分之` and build the fraction.
 *
 *   > | 仅恢复到原来的三分之一
 *                    ^ denominator, then 分之 at `at`, then numerator
 *
 * @param text
 *   Text.
 * @param denominator
 *   The numeral before `分之`.
 * @param at
 *   Offset of `分之`.
 * @returns
 *   The fraction as an amount, or `undefined` when no numerator follows.
 * @example
 *   readFraction('三分之一', readNumeral('三分之一', 0), 1)?.quantity.amount // 0.3333333333333333
 */
export function readFraction(text: string, denominator: Numeral, at: number): Amount | undefined {
  if (!denominator.value || denominator.min) return undefined
  const numeratorStart = at + 2
  const klass = charClass[text.charCodeAt(numeratorStart)]
  if (klass !== ARABIC && klass !== HAN_DIGIT && klass !== SMALL_UNIT && klass !== TENS) return undefined
  const numerator = readNumeral(text, numeratorStart)
  if (typeof numerator === 'number' || !numerator.value || numerator.script === 'masked') return undefined
  const power = powerOfTen(denominator.value)
  const divisor = toNumber(denominator.value)
  if (divisor === 0) return undefined
  const coefficient = toNumber(numerator.value)

  let quantity
  if (power === 2) {
    quantity = createQuantity(text, denominator.start, numerator.end, 'percent')
    quantity.unit = '%'
    quantity.amount = coefficient
  } else {
    quantity = createQuantity(text, denominator.start, numerator.end, 'fraction')
    if (power === undefined) {
      quantity.scale = 1 / divisor
      quantity.amount = coefficient / divisor
    } else {
      quantity.scale = scaleOf(-power)
      quantity.amount = toNumber(shift(numerator.value, -power))
      quantity.unit = power === 3 ? '‰' : power === 4 ? '‱' : null
    }
  }

  quantity.coefficient = coefficient
  return {quantity, numeral: denominator, unit: undefined, scaled: false, threshold: undefined, exact: null, scaleExp: 0, fraction: true}
}

/**
 * The power of ten an exact value equals, if any (`1000` → 3).
 *
 * @param value
 *   Exact value.
 * @returns
 *   The exponent, or `undefined`.
 */
function powerOfTen(value: Exact): number | undefined {
  const digits = value.digits
  let index = 0
  while (index < digits.length - 1 && digits.charCodeAt(index) === 0x30) index++
  if (digits.charCodeAt(index) !== 0x31) return undefined
  for (let rest = index + 1; rest < digits.length; rest++) {
    if (digits.charCodeAt(rest) !== 0x30) return undefined
  }

  return digits.length - index - 1 + value.exp
}
