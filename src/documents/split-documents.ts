/**
 * `splitDocuments`: the spans and metadata of the documents in a text,
 * without building the tree.
 *
 * @module
 */

import {parseBlocks, type Block} from '../blocks/blocks.js'
import {splitLines} from '../blocks/lines.js'
import {assertString} from '../tree/error.js'
import type {DocumentMeta} from '../types.js'
import {buildMeta, readHeadParts} from './metadata.js'
import {planDocuments} from './plan-documents.js'

/** One document of a text, as `splitDocuments` finds it. */
export interface DocumentSpan {
  /** UTF-16 offset of its first character. */
  start: number
  /** UTF-16 offset after its last character. */
  end: number
  /** Its metadata, as `parseReport` gives it on `document.meta` (without `tocEntry` links). */
  meta: DocumentMeta
}

/**
 * Find the documents of a text (a compilation, or one report) without
 * building the tree: the same boundaries and metadata as `parseReport`.
 *
 * @param text
 *   The text.
 * @returns
 *   Documents in order; `[]` for a blank text.
 * @throws {BaogaoError}
 *   When `text` is not a string.
 *
 * @example
 * ```ts
 * import {splitDocuments} from 'baogao'
 *
 * const spans = splitDocuments('2.北京市政府工作报告\n\n——2022年1月6日在北京市第十五届人民代表大会第五次会议上\n\n市长 陈吉宁\n\n各位代表：\n')
 * spans[0]?.meta.region // '北京市'
 * ```
 */
export function splitDocuments(text: string): Array<DocumentSpan> {
  assertString('splitDocuments', text)
  const lines = splitLines(text)
  const blocks = parseBlocks(text, lines)
  const plan = planDocuments(text, lines, blocks)
  return plan.documents.map((document) => ({
    start: (blocks[document.first] as Block).start,
    end: (blocks[document.end - 1] as Block).end,
    meta: buildMeta(readHeadParts(text, blocks, plan.plain, document))
  }))
}
