/**
 * `parseReport`: runs the layers in order. The only orchestrator.
 *
 * @module
 */

import {interruptionsOf, parseBlocks, piecesOf, type Block} from '../blocks/blocks.js'
import {splitLines} from '../blocks/lines.js'
import {buildDocumentContent, whitespace} from '../documents/build-document.js'
import {classifyDocument} from '../classify/classify-document.js'
import {buildMeta, readHeadParts} from '../documents/metadata.js'
import {findBlockQuantities} from './block-quantities.js'
import {planDocuments, type SplitPlan} from '../documents/plan-documents.js'
import {linkEntries} from '../documents/toc-link.js'
import type {TocPlan} from '../documents/toc.js'
import {nestSections} from '../outline/nest-sections.js'
import type {InlineContext} from '../sentences/inline.js'
import {buildParagraph, buildPhrasing} from '../tree/build-block.js'
import {assertString} from '../tree/error.js'
import {LocationIndex} from '../tree/location.js'
import {createReporter, type Report} from '../tree/messages.js'
import {document as makeDocument, kindLiteral, list, listOf, root as makeRoot, toc as makeToc, tocEntry} from '../tree/plain.js'
import type {Boilerplate, Diagnostic, Document, ParseOptions, Root, RootContent, Toc, TocContent} from '../types.js'

/**
 * Parse a government work report, an economic-work speech or a compilation of
 * them into a lossless syntax tree: one `document` per report or speech (with
 * its metadata), a `toc` for a 目录, sections, paragraphs, sentences.
 *
 * Any string parses: doubtful spots become diagnostics on
 * `tree.data.messages` (and calls to `options.onMessage`), never exceptions.
 *
 * @param text
 *   The report text.
 * @param options
 *   Options.
 * @returns
 *   The tree; `toString(tree) === text`.
 * @throws {BaogaoError}
 *   When `text` is not a string (`code: 'invalid-argument'`).
 *
 * @example
 * ```ts
 * import {parseReport} from 'baogao'
 *
 * const tree = parseReport('一、2021年工作回顾\n\n国内生产总值增长8.1%。')
 * tree.children[0]?.type // 'document'
 * ```
 */
export function parseReport(text: string, options?: ParseOptions | null): Root {
  assertString('parseReport', text)
  const index = new LocationIndex(text)
  const messages = list<Diagnostic>()
  const report = createReporter(index, messages)
  const context: InlineContext = {text, index}
  const root = makeRoot(list(), {messages}, index.position(0, text.length))

  const lines = splitLines(text)
  const blocks = parseBlocks(text, lines)
  const plan = planDocuments(text, lines, blocks)
  const children = root.children
  let at = 0

  const push = (node: RootContent, start: number, end: number): void => {
    if (start > at) children.push(whitespace(context, at, start) as RootContent)
    children.push(node)
    at = end
  }

  for (const block of plan.preamble) {
    const preambleBlock = blocks[block] as Block
    push(buildParagraph(context, piecesOf(preambleBlock), undefined, interruptionsOf(preambleBlock)), preambleBlock.start, preambleBlock.end)
  }

  const toc = plan.toc ? buildToc(context, plan.toc) : undefined
  if (toc && plan.toc) push(toc, plan.toc.start, plan.toc.end)

  const documents = list<Document>()
  for (const documentPlan of plan.documents) {
    const flat = buildDocumentContent(context, blocks, documentPlan, findBlockQuantities)
    const start = (blocks[documentPlan.first] as Block).start
    const end = (blocks[documentPlan.end - 1] as Block).end
    const meta = buildMeta(readHeadParts(text, blocks, plan.plain, documentPlan))
    const content = nestSections(flat, index, report)
    const document = makeDocument(meta, content, index.enclose(content, start, end))
    classifyDocument(document, text)
    documents.push(document)
    push(document, start, end)

    for (let block = documentPlan.end; plan.footers.has(block); block++) {
      const footer = blocks[block] as Block
      push(
        kindLiteral<Boilerplate>('boilerplate', 'footer', text.slice(footer.start, footer.end), index.position(footer.start, footer.end)),
        footer.start,
        footer.end
      )
    }
  }

  if (at < text.length) children.push(whitespace(context, at, text.length) as RootContent)
  if (toc && plan.toc) linkToc(plan, toc, documents, report)

  messages.sort((a, b) => (a.place.start.offset as number) - (b.place.start.offset as number))
  const onMessage = options?.onMessage
  if (onMessage) for (const message of messages) onMessage(message)
  return root
}

/**
 * Build the `toc` node of a 目录.
 *
 * @param context
 *   Input and location index.
 * @param plan
 *   The 目录 as read.
 * @returns
 *   The node.
 */
function buildToc(context: InlineContext, plan: TocPlan): Toc {
  const children = listOf<TocContent>(buildParagraph(context, [plan.header]))
  let at = plan.header.end
  for (const entry of plan.entries) {
    if (entry.start > at) children.push(whitespace(context, at, entry.start) as TocContent)
    children.push(tocEntry(entry.ordinal, entry.title, entry.page, buildPhrasing(context, entry.pieces), context.index.position(entry.start, entry.end)))
    at = entry.end
  }

  return makeToc(children, context.index.position(plan.start, plan.end))
}

/**
 * Link each 目录 entry to its document and report entries and documents left
 * without a partner.
 *
 * @param plan
 *   The split plan.
 * @param toc
 *   The `toc` node.
 * @param documents
 *   The documents, in order.
 * @param report
 *   Receives diagnostics.
 * @returns
 *   Nothing.
 */
function linkToc(plan: SplitPlan, toc: Toc, documents: ReadonlyArray<Document>, report: Report): void {
  const entries = toc.children.filter((child) => child.type === 'tocEntry')
  const links = linkEntries(
    entries.map((entry) => entry.title),
    documents.map((document) => document.meta.title)
  )
  const linked = new Set<number>()
  for (const [index, entry] of entries.entries()) {
    const target = links[index] as number
    const position = entry.position
    if (target === -1) {
      report(`No document found for 目录 entry \`${entry.title}\``, 'toc-unmatched-entry', position.start.offset as number, position.end.offset as number)
      continue
    }

    const document = documents[target] as Document
    linked.add(target)
    document.meta.tocEntry = {index, ordinal: entry.ordinal, title: entry.title, page: entry.page}
    if (document.meta.ordinal === null) document.meta.ordinal = entry.ordinal
  }

  for (const [index, document] of documents.entries()) {
    if (linked.has(index) || !plan.toc) continue
    const start = document.position.start.offset as number
    report(`No 目录 entry names the document \`${document.meta.title ?? '(untitled)'}\``, 'toc-missing-entry', start, start)
  }
}
