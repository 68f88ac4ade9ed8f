/**
 * Doubling idioms: `翻番` (×2), `翻一番` (×2), `翻两番` (×4), `翻了一番`.
 *
 * They are multiples with unit `倍`: `amount` and `coefficient` are the factor
 * (2 to the number of 番), `scale` is 1, and `value` includes `翻`.
 *
 * @module
 */

import {createQuantity} from './build.js'
import {charClass, charValue, ARABIC, HAN_DIGIT} from './chars.js'
import type {Quantity} from './types.js'

const LE = 0x4e86 // 了
const FAN = 0x756a // 番

/**
 * Read a doubling idiom at `翻`.
 *
 *   > | 实现有研发活动规上工业企业数量翻番
 *                                ^^
 *   > | 经济总量翻两番
 *               ^^^
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of `翻`.
 * @returns
 *   A `multiple` quantity, or `undefined` when `翻` starts another word
 *   (`翻译`, `推翻`).
 * @example
 *   readDoubling('翻两番', 0)?.amount // 4
 */
export function readDoubling(text: string, start: number): Quantity | undefined {
  let index = start + 1
  if (text.charCodeAt(index) === LE) index++
  let times = 1
  const code = text.charCodeAt(index)
  if (code !== FAN) {
    const klass = charClass[code]
    if ((klass !== HAN_DIGIT && klass !== ARABIC) || text.charCodeAt(index + 1) !== FAN) return undefined
    times = charValue[code] ?? 0
    if (times < 1 || times > 4) return undefined
    index++
  }

  const quantity = createQuantity(text, start, index + 1, 'multiple')
  quantity.amount = 2 ** times
  quantity.coefficient = 2 ** times
  quantity.unit = '倍'
  return quantity
}
