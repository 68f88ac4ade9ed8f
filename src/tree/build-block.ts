/**
 * Build the nodes of blocks: headings, paragraphs, front matter, and the
 * phrasing of head lines (title, dateline…), with their special leaves.
 *
 * @module
 */

import type {Block, Interruption, Range} from '../blocks/blocks.js'
import type {MarkerMatch} from '../blocks/heading-marker.js'
import {atxHeading, editorialNote, footnoteMarker, watermark} from '../patterns.js'
import {tokenizeInline, withMarker, type InlineContext, type SpecialSpan} from '../sentences/inline.js'
import {buildParagraphContent} from '../sentences/split-sentences.js'
import type {BoilerplateKind, DocumentContent, Heading, Markup, Paragraph, PhrasingContent} from '../types.js'
import {heading, kindLiteral, markerInfo, parent} from './plain.js'

/** Finds quantities in a block's text; offsets are input offsets. */
export type QuantityScan = (text: string, segments: ReadonlyArray<Range>) => Array<Extract<SpecialSpan, {kind: 'quantity'}>>

/**
 * Inline boilerplate patterns, what they mark, and a cue: a piece every match
 * holds (`公众号`, `[2`, `（略`). A range without the cue is not searched.
 */
const inlineBoilerplate: ReadonlyArray<readonly [RegExp, BoilerplateKind, RegExp]> = [
  [watermark, 'watermark', /公众号/],
  [footnoteMarker, 'footnote', /\[\d|［[\d０-９]/],
  [editorialNote, 'note', /[（(](?:未讲|略|有删节|此处有删节|删节|根据录音整理)/]
]

/** No spans (shared, never changed). */
const noSpans: ReadonlyArray<SpecialSpan> = []

/** Any cue of `inlineBoilerplate` (rare in running text, unlike `（`). */
const anyCue = new RegExp(inlineBoilerplate.map(([, , cue]) => cue.source).join('|'), 'g')

/**
 * @param context
 *   Input, location index and the last cue search.
 * @param from
 *   Offset to search from.
 * @returns
 *   Offset of the next cue character at or after `from` (`Infinity`: none).
 *   Searches again only when `from` is past the last cue found or before the
 *   last search, so a run of blocks in order costs one pass.
 */
function nextCue(context: InlineContext, from: number): number {
  const last = context.cue
  if (last !== undefined && last.from <= from && from <= last.at) return last.at
  anyCue.lastIndex = from
  const match = anyCue.exec(context.text)
  const at = match ? match.index : Number.POSITIVE_INFINITY
  context.cue = {from, at}
  return at
}

/**
 * Build the node of one block.
 *
 * @param context
 *   Input and location index.
 * @param block
 *   The block.
 * @param scan
 *   Quantity finder, if the quantities layer runs.
 * @returns
 *   Its node.
 */
export function buildBlock(context: InlineContext, block: Block, scan?: QuantityScan): DocumentContent | Heading {
  if (block.kind === 'markup') {
    return kindLiteral<Markup>('markup', block.markup, context.text.slice(block.start, block.end), context.index.position(block.start, block.end))
  }

  if (block.kind === 'heading') {
    const {style, ordinal, value} = block.marker
    const children = buildPhrasing(context, block.pieces, block.marker, scan)
    return heading(markerInfo(style, ordinal, value), children, context.index.enclose(children, block.start, block.end))
  }

  return buildParagraph(context, block.pieces, scan, block.interruptions)
}

/**
 * Build a paragraph over content ranges.
 *
 * @param context
 *   Input and location index.
 * @param pieces
 *   Content ranges (line breaks between them).
 * @param scan
 *   Quantity finder, if any.
 * @param interruptions
 *   Page numbers and running headers between pieces, if any.
 * @returns
 *   The paragraph.
 */
export function buildParagraph(
  context: InlineContext,
  pieces: ReadonlyArray<Range>,
  scan?: QuantityScan,
  interruptions?: ReadonlyArray<Interruption>
): Paragraph {
  const first = pieces[0] as Range
  const last = pieces[pieces.length - 1] as Range
  const children = buildParagraphContent(context, pieces, blockSpecials(context, pieces, scan, interruptions))
  return parent<Paragraph>('paragraph', children, context.index.enclose(children, first.start, last.end))
}

/**
 * Build the phrasing of a one-block construct (heading, title, dateline…),
 * with its marker as a leaf.
 *
 * @param context
 *   Input and location index.
 * @param pieces
 *   Content ranges.
 * @param marker
 *   The marker at its start, if any.
 * @param scan
 *   Quantity finder, if any.
 * @param interruptions
 *   Page numbers and running headers between pieces, if any.
 * @returns
 *   Leaves covering the pieces and the breaks between them.
 */
export function buildPhrasing(
  context: InlineContext,
  pieces: ReadonlyArray<Range>,
  marker?: MarkerMatch,
  scan?: QuantityScan,
  interruptions?: ReadonlyArray<Interruption>
): Array<PhrasingContent> {
  const found = blockSpecials(context, pieces, scan, interruptions)
  const specials = marker ? withMarker(found, marker) : found

  const first = pieces[0] as Range
  const last = pieces[pieces.length - 1] as Range
  return tokenizeInline(context, first.start, last.end, specials)
}

/**
 * The special spans of a block, sorted and never overlapping: a Markdown
 * heading opener at its start, inline boilerplate (watermarks, footnote
 * markers, editorial notes), the line breaks between its pieces and the
 * page numbers and running headers among them, and its quantities (read on
 * the text without breaks and boilerplate; a quantity that crosses a break
 * holds it, page number and all).
 *
 * @param context
 *   Input, location index and the last cue search.
 * @param pieces
 *   Content ranges of the block.
 * @param scan
 *   Quantity finder, if any.
 * @param interruptions
 *   Page numbers and running headers between pieces, in order, if any.
 * @returns
 *   Sorted, non-overlapping spans.
 */
function blockSpecials(
  context: InlineContext,
  pieces: ReadonlyArray<Range>,
  scan?: QuantityScan,
  interruptions?: ReadonlyArray<Interruption>
): Array<SpecialSpan> {
  const text = context.text
  const spans: Array<SpecialSpan> = []
  const first = pieces[0] as Range
  atxHeading.lastIndex = first.start
  const atx = atxHeading.exec(text)
  let from = first.start
  if (atx && first.start + atx[0].length <= first.end) {
    from = first.start + atx[0].length
    spans.push({kind: 'markup', start: first.start, end: from, markup: 'atxHeading'})
  }

  // Inline boilerplate, and the segments of text left between it.
  const segments: Array<Range> = []
  const boilerplate: Array<SpecialSpan> = []
  for (const [index, piece] of pieces.entries()) {
    const start = index === 0 ? from : piece.start
    const found = nextCue(context, start) < piece.end ? findInlineBoilerplate(text, start, piece.end) : noSpans
    let at = start
    for (const span of found) {
      if (span.start > at) segments.push({start: at, end: span.start})
      boilerplate.push(span)
      at = span.end
    }

    if (piece.end > at) segments.push({start: at, end: piece.end})
  }

  const quantities = scan && segments.length > 0 ? scan(text, segments) : []

  // Breaks, unless a quantity crosses them (`9.53⏎⏎亿元` is one leaf).
  let quantity = 0
  let next = 0
  for (let piece = 1; piece < pieces.length; piece++) {
    const start = (pieces[piece - 1] as Range).end
    const end = (pieces[piece] as Range).start
    while (quantity < quantities.length && (quantities[quantity] as SpecialSpan).end <= start) quantity++
    const current = quantities[quantity]
    const first = next
    while (interruptions && next < interruptions.length && (interruptions[next] as Interruption).end <= end) next++
    if (current && current.start < end && current.end > start) continue
    // `⏎— 2 —⏎政府工作报告⏎`: breaks around each line of page furniture.
    let at = start
    for (let index = first; index < next; index++) {
      const furniture = (interruptions as ReadonlyArray<Interruption>)[index] as Interruption
      spans.push({kind: 'break', start: at, end: furniture.start})
      spans.push({kind: 'boilerplate', start: furniture.start, end: furniture.end, boilerplate: furniture.kind})
      at = furniture.end
    }

    spans.push({kind: 'break', start: at, end})
  }

  // Most blocks have nothing but quantities: those are sorted already.
  if (spans.length === 0 && boilerplate.length === 0) return quantities
  spans.push(...boilerplate)
  for (const span of quantities) {
    // Boilerplate wins over a quantity that would cross it.
    if (!boilerplate.some((other) => other.start < span.end && other.end > span.start)) spans.push(span)
  }

  // Mostly in order already (quantities only): sorting copies the array.
  for (let at = 1; at < spans.length; at++) {
    if ((spans[at - 1] as SpecialSpan).start > (spans[at] as SpecialSpan).start) return spans.sort((a, b) => a.start - b.start)
  }

  return spans
}

/**
 * @param text
 *   The input.
 * @param start
 *   Start of a content range.
 * @param end
 *   End of it.
 * @returns
 *   Inline boilerplate spans inside it, sorted, not overlapping.
 */
function findInlineBoilerplate(text: string, start: number, end: number): Array<SpecialSpan> {
  const found: Array<SpecialSpan> = []
  const value = text.slice(start, end)
  for (const [pattern, kind, cue] of inlineBoilerplate) {
    if (!cue.test(value)) continue
    pattern.lastIndex = 0
    for (const match of value.matchAll(pattern)) {
      const spanStart = start + match.index
      const spanEnd = spanStart + match[0].length
      if (found.some((other) => other.start < spanEnd && other.end > spanStart)) continue
      found.push({kind: 'boilerplate', start: spanStart, end: spanEnd, boilerplate: kind})
    }
  }

  return found.sort((a, b) => a.start - b.start)
}
