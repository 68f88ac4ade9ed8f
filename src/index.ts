/**
 * baogao: parse Chinese government work reports and economic-work speeches
 * into a typed, lossless syntax tree.
 *
 * @packageDocumentation
 */

export {parseReport} from './parse/parse-report.js'
export {splitDocuments, type DocumentSpan} from './documents/split-documents.js'
export {
  classifyDocument,
  classifySection,
  contentCues,
  headingCues,
  type Classification,
  type Cue,
  type CueTable
} from './classify/index.js'
export {
  extractIndicators,
  extractTargets,
  indicatorKeys,
  resolveIndicatorKey,
  toCsv,
  type ExtractIndicatorsOptions,
  type IndicatorKey
} from './indicators/index.js'
export type * from './indicators/types.js'
export {toString} from './tree/to-string.js'
export {BaogaoError, type BaogaoErrorCode} from './tree/error.js'
export type * from './types.js'
export type * from './number/types.js'
