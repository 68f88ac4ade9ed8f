/**
 * `baogaoParse`: the unified parser plugin.
 *
 * @module
 */

import {parseReport} from '../parse/parse-report.js'
import type {Diagnostic, ParseOptions, Position, Root} from '../types.js'

/** Options of {@link baogaoParse}: those of `parseReport` but `onMessage`. */
export type BaogaoParseOptions = Omit<ParseOptions, 'onMessage'>

/** Options of `file.message()` that the plugin passes (a subset of vfile's). */
export interface VFileMessageOptions {
  /** Where the diagnostic is. */
  place: Position
  /** Its rule (`heading-order`…). */
  ruleId: string
  /** Always `'baogao'`. */
  source: string
}

/** The part of a vfile message the plugin sets. */
export interface VFileMessageLike {
  /** `true` for errors, `false` for warnings, unset for info (vfile's convention). */
  fatal?: boolean | null | undefined
}

/**
 * The part of a [vfile](https://github.com/vfile/vfile) `VFile` the plugin
 * uses; a real `VFile` fits.
 */
export interface VFileLike {
  /**
   * Add a message to the file.
   *
   * @param reason
   *   What happened.
   * @param options
   *   Place, rule and source.
   * @returns
   *   The message, whose `fatal` the plugin sets from the severity.
   */
  message(reason: string, options: VFileMessageOptions): VFileMessageLike
}

/**
 * The part of a unified `Processor` the plugin uses; a real processor fits.
 */
export interface ProcessorLike {
  /**
   * The parser the processor calls with a file's text and the file.
   *
   * @param document
   *   The file's text.
   * @param file
   *   The file.
   * @returns
   *   The tree.
   */
  parser?(document: string, file: VFileLike): unknown
}

/**
 * Make unified parse files with {@link parseReport}: `processor.parse(file)`
 * returns a baogao `Root`, and each diagnostic becomes a message on the file
 * (`file.message(reason, {place, ruleId, source: 'baogao'})`; `fatal` is
 * `true` for errors, `false` for warnings, `undefined` for info, as vfile
 * means it). The diagnostics also stay on `tree.data.messages`.
 *
 * The plugin's types are structural, so `processor.parse()` is typed as a
 * unist `Node`: cast it to `Root` (from `baogao`).
 *
 * @this {ProcessorLike}
 *   The processor.
 * @param options
 *   Options passed on to `parseReport`.
 * @returns
 *   Nothing.
 *
 * @example
 * ```ts
 * import type {Root} from 'baogao'
 * import {baogaoParse} from 'baogao/unified'
 * import {unified} from 'unified'
 * import {VFile} from 'vfile'
 *
 * const file = new VFile('一、形势\n\n(二)、强化运行监测。')
 * const tree = unified().use(baogaoParse).parse(file) as Root
 * file.messages[0]?.ruleId // 'heading-order'
 * ```
 */
export function baogaoParse(this: ProcessorLike, options?: BaogaoParseOptions | null): undefined {
  const settings: ParseOptions = {...options, onMessage: undefined}
  this.parser = parser

  /**
   * @param document
   *   The file's text.
   * @param file
   *   The file.
   * @returns
   *   The tree.
   */
  function parser(document: string, file: VFileLike): Root {
    const tree = parseReport(document, settings)
    for (const diagnostic of tree.data.messages) report(file, diagnostic)
    return tree
  }

  return undefined
}

/**
 * @param file
 *   The file.
 * @param diagnostic
 *   A diagnostic.
 * @returns
 *   Nothing.
 */
function report(file: VFileLike, diagnostic: Diagnostic): void {
  const message = file.message(diagnostic.reason, {place: diagnostic.place, ruleId: diagnostic.ruleId, source: diagnostic.source})
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined
}
