/**
 * `baogao/unified`: baogao as a [unified](https://unifiedjs.com) parser.
 *
 * ```ts
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 * import {baogaoParse} from 'baogao/unified'
 *
 * const file = new VFile({path: 'report.txt', value: '一、总体要求\n\n（二）…'})
 * const tree = unified().use(baogaoParse).parse(file)
 * file.messages // diagnostics as vfile messages
 * ```
 *
 * This module imports neither unified nor vfile (both ESM-only), not even
 * their types: it works on the few members it needs, declared here, so the
 * CommonJS build loads without `require(esm)`.
 *
 * @packageDocumentation
 */

export {
  baogaoParse,
  type BaogaoParseOptions,
  type ProcessorLike,
  type VFileLike,
  type VFileMessageLike,
  type VFileMessageOptions
} from './baogao-parse.js'
