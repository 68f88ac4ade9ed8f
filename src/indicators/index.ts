/**
 * Indicators and targets: records of *indicator → verb → value → qualifier*
 * read from a parsed report, the targets view with the GDP growth target,
 * CSV output, and the table of canonical indicators.
 *
 * @example
 * ```ts
 * import {extractTargets, parseReport} from 'baogao'
 *
 * const [summary] = extractTargets(parseReport('今年主要预期目标是：地区生产总值增长5.5%以上。'))
 * summary?.gdp // {value: 5.5, qualifier: 'atLeast', firmness: 'hard', …}
 * ```
 *
 * @module
 */

export {extractIndicators, type ExtractIndicatorsOptions} from './extract-indicators.js'
export {extractTargets} from './extract-targets.js'
export {indicatorKeys, resolveIndicatorKey, type IndicatorKey} from './indicator-keys.js'
export {toCsv} from './to-csv.js'
export type {
  Comparison,
  Firmness,
  GdpTarget,
  GdpTargetAbsent,
  GdpTargetRelative,
  Indicator,
  IndicatorDocument,
  IndicatorName,
  IndicatorRole,
  IndicatorSection,
  QuantityRecord,
  TargetSummary
} from './types.js'
