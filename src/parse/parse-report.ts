/**
 * `parseReport`: runs the layers in order. The only orchestrator.
 *
 * @module
 */

import {parseBlocks, type Block, type Range} from '../blocks/blocks.js'
import {splitLines} from '../blocks/lines.js'
import {atxHeading} from '../patterns.js'
import {nestSections} from '../outline/nest-sections.js'
import {tokenizeInline, type InlineContext, type SpecialSpan} from '../sentences/inline.js'
import {buildParagraphContent} from '../sentences/split-sentences.js'
import {assertString} from '../tree/error.js'
import {LocationIndex} from '../tree/location.js'
import {createReporter} from '../tree/messages.js'
import type {Diagnostic, Document, DocumentContent, DocumentMeta, Heading, ParseOptions, Root} from '../types.js'

/**
 * Parse a government work report, an economic-work speech or a compilation of
 * them into a lossless syntax tree.
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
  const messages: Array<Diagnostic> = []
  const report = createReporter(index, messages)
  const context: InlineContext = {text, index}
  const root: Root = {type: 'root', children: [], data: {messages}, position: index.position(0, text.length)}

  const blocks = parseBlocks(text, splitLines(text))

  if (blocks.length === 0) {
    if (text.length > 0) root.children.push({type: 'whitespace', value: text, position: root.position})
  } else {
    const flat: Array<DocumentContent | Heading> = []
    let at = 0
    for (const block of blocks) {
      if (block.start > at) flat.push(whitespace(context, at, block.start))
      flat.push(buildBlock(context, block))
      at = block.end
    }

    if (at < text.length) flat.push(whitespace(context, at, text.length))

    const document: Document = {
      type: 'document',
      meta: emptyMeta(),
      children: nestSections(flat, index, report),
      position: root.position
    }
    root.children.push(document)
  }

  messages.sort((a, b) => (a.place.start.offset as number) - (b.place.start.offset as number))
  const onMessage = options?.onMessage
  if (onMessage) for (const message of messages) onMessage(message)
  return root
}

/**
 * @returns
 *   Metadata with nothing known yet.
 */
function emptyMeta(): DocumentMeta {
  return {
    kind: 'unknown',
    ordinal: null,
    title: null,
    region: null,
    year: null,
    date: null,
    venue: null,
    speaker: null,
    salutation: null
  }
}

/**
 * @param context
 *   Input and location index.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   A white space node for a gap between blocks.
 */
function whitespace(context: InlineContext, start: number, end: number): DocumentContent {
  return {type: 'whitespace', value: context.text.slice(start, end), position: context.index.position(start, end)}
}

/**
 * Build the node of one block.
 *
 * @param context
 *   Input and location index.
 * @param block
 *   The block.
 * @returns
 *   Its node.
 */
function buildBlock(context: InlineContext, block: Block): DocumentContent | Heading {
  const position = context.index.position(block.start, block.end)

  if (block.kind === 'frontMatter') {
    return {type: 'markup', kind: 'frontMatter', value: context.text.slice(block.start, block.end), position}
  }

  const specials = blockSpecials(context.text, block.pieces)

  if (block.kind === 'heading') {
    const {style, ordinal, value} = block.marker
    const marker: SpecialSpan = {kind: 'marker', start: block.marker.start, end: block.marker.end, marker: {style, ordinal, value}}
    // The marker wins over anything else read at its place.
    const kept = specials.filter((span) => span.end <= marker.start || span.start >= marker.end)
    kept.push(marker)
    kept.sort((a, b) => a.start - b.start)
    return {
      type: 'heading',
      depth: 1,
      marker: {style, ordinal, value},
      children: tokenizeInline(context, block.start, block.end, kept),
      position
    }
  }

  return {type: 'paragraph', children: buildParagraphContent(context, block.pieces, specials), position}
}

/**
 * The special spans of a block: a Markdown heading opener at its start, the
 * line breaks between its pieces and its quantities, sorted.
 *
 * @param text
 *   The input.
 * @param pieces
 *   Content ranges of the block.
 * @returns
 *   Sorted, non-overlapping spans.
 */
function blockSpecials(text: string, pieces: ReadonlyArray<Range>): Array<SpecialSpan> {
  const spans: Array<SpecialSpan> = []
  const first = pieces[0] as Range
  atxHeading.lastIndex = first.start
  const atx = atxHeading.exec(text)
  if (atx && first.start + atx[0].length <= first.end) {
    spans.push({kind: 'markup', start: first.start, end: first.start + atx[0].length, markup: 'atxHeading'})
  }

  const breaks: Array<SpecialSpan> = []
  for (let piece = 1; piece < pieces.length; piece++) {
    breaks.push({kind: 'break', start: (pieces[piece - 1] as Range).end, end: (pieces[piece] as Range).start})
  }

  const quantities: Array<SpecialSpan> = []
  // Quantities absorb the breaks they cross (`9.53⏎⏎亿元` is one leaf).
  let quantity = 0
  for (const span of breaks) {
    while (quantity < quantities.length && (quantities[quantity] as SpecialSpan).end <= span.start) quantity++
    const current = quantities[quantity]
    if (current && current.start < span.end && current.end > span.start) continue
    spans.push(span)
  }

  const atxEnd = spans[0]?.kind === 'markup' ? spans[0].end : -1
  for (const span of quantities) if (span.start >= atxEnd) spans.push(span)
  return spans.sort((a, b) => a.start - b.start)
}
