/**
 * Chinese numerals and quantities, self-contained (no tree dependency).
 *
 * @module
 */

export {findQuantities} from './find-quantities.js'
export {parseChineseNumber} from './parse-chinese-number.js'
export type {
  CalendarPoint,
  Qualifier,
  Quantity,
  QuantityKind,
  QuantityListInfo,
  RangeKind
} from './types.js'
