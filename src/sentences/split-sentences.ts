/**
 * Paragraph → sentences, and inline enumerations (`一是…。二是…。`) → items.
 *
 * @module
 */

import {isInlineSpace} from '../blocks/lines.js'
import {matchItemMarker, type MarkerMatch} from '../blocks/heading-marker.js'
import {ASTERISK, CLOSER, ELLIPSIS, sentenceFlags, TERMINATOR} from '../blocks/terminal.js'
import type {Range} from '../blocks/blocks.js'
import type {Item, ItemContent, MarkerStyle, ParagraphContent, PhrasingContent, Sentence} from '../types.js'
import {item as makeItem, list, listOf, markerInfo, parent, position} from '../tree/plain.js'
import {tokenizeInline, withMarker, type InlineContext, type SpecialSpan} from './inline.js'

/** No leaves (never changed). */
const noLeaves: ReadonlyArray<PhrasingContent> = []

/** A sentence's span and the enumerator that opens it, if any. */
interface SentenceSpan extends Range {
  marker: MarkerMatch | undefined
}

/**
 * Find the sentences of a paragraph. A sentence ends after `。！？；` (or a run
 * of `…`), the closing quotes and brackets after it, and a closing `**`. A
 * colon ends a sentence when an enumerator follows (`…三个方面：一是…`).
 *
 * ```
 * > | 稳增长。“十四五”开局良好。”（一）不拆分
 *        ^ end        ^ end
 * ```
 *
 * @param text
 *   The input.
 * @param pieces
 *   Content ranges of the paragraph, in order (line breaks between them).
 * @returns
 *   Sentence spans without leading white space, in order.
 */
export function findSentences(text: string, pieces: ReadonlyArray<Range>): Array<SentenceSpan> {
  const spans: Array<SentenceSpan> = []
  let strong = 0
  let sentenceStart = -1

  for (const piece of pieces) {
    let at = piece.start
    const pieceEnd = piece.end
    while (at < pieceEnd) {
      if (sentenceStart === -1) {
        if (isInlineSpace(text.charCodeAt(at))) {
          at++
          continue
        }

        sentenceStart = at
      }

      // Inside a sentence: skip what ends nothing in a tight loop (most of
      // the splitter's time is this loop).
      let flag = sentenceFlags[text.charCodeAt(at)] as number
      while (flag === 0 || flag === CLOSER) {
        if (++at === pieceEnd) break
        flag = sentenceFlags[text.charCodeAt(at)] as number
      }

      if (at === pieceEnd) break

      if (flag === ASTERISK) {
        if (at + 1 < pieceEnd && text.charCodeAt(at + 1) === 42) {
          strong++
          at += 2
        } else at++
        continue
      }

      let end = -1
      if (flag === TERMINATOR) {
        end = at + 1
      } else if (flag === ELLIPSIS) {
        if (text.charCodeAt(at + 1) === 0x2026) {
          end = at + 2
          while (end < pieceEnd && text.charCodeAt(end) === 0x2026) end++
        }
      } else {
        // A colon ends a lead-in when an enumerator follows (`…三个方面：一是…`).
        let after = at + 1
        while (after < pieceEnd && isInlineSpace(text.charCodeAt(after))) after++
        if (after < pieceEnd && matchItemMarker(text, after)) end = at + 1
      }

      if (end === -1) {
        at++
        continue
      }

      while (end < pieceEnd && sentenceFlags[text.charCodeAt(end)] === CLOSER) end++
      if (strong % 2 === 1 && end + 1 < pieceEnd && text.charCodeAt(end) === 42 && text.charCodeAt(end + 1) === 42) {
        strong++
        end += 2
      }

      spans.push(sentenceSpan(text, sentenceStart, end))
      sentenceStart = -1
      at = end
    }
  }

  if (sentenceStart !== -1) {
    const last = pieces[pieces.length - 1] as Range
    spans.push(sentenceSpan(text, sentenceStart, last.end))
  }

  return spans
}

/**
 * @param text
 *   The input.
 * @param start
 *   Start of the sentence.
 * @param end
 *   End of the sentence.
 * @returns
 *   The span, with the enumerator at its start (after a `**`) if any.
 */
function sentenceSpan(text: string, start: number, end: number): SentenceSpan {
  let at = start
  if (text.charCodeAt(at) === 42 && text.charCodeAt(at + 1) === 42) at += 2
  const marker = at < end ? matchItemMarker(text, at) : undefined
  return {start, end, marker: marker && marker.end <= end ? marker : undefined}
}

/**
 * Build the children of a paragraph: sentences (grouped into items when the
 * paragraph enumerates), with the white space and breaks between them.
 *
 * @param context
 *   Input and location index.
 * @param pieces
 *   Content ranges of the paragraph.
 * @param specials
 *   Break and quantity spans of the paragraph, sorted.
 * @returns
 *   The paragraph's children, covering its whole span.
 */
export function buildParagraphContent(
  context: InlineContext,
  pieces: ReadonlyArray<Range>,
  specials: ReadonlyArray<SpecialSpan>
): Array<ParagraphContent> {
  const spans = findSentences(context.text, pieces)
  const family = enumerationFamily(spans)
  const first = pieces[0] as Range
  const last = pieces[pieces.length - 1] as Range
  const children = list<ParagraphContent>()
  let item: Item | undefined
  let at = first.start
  // Index of the first special not yet used, moved on by `slice`.
  const cursor = {next: 0}

  for (const span of spans) {
    // White space and breaks before the sentence.
    const gapEnd = span.start
    // Most sentences follow the last one directly: no gap to tokenize.
    const gap = gapEnd > at ? slice(context, at, gapEnd, specials, cursor) : noLeaves
    const opensItem = family !== undefined && span.marker?.style === family
    if (opensItem) item = undefined
    const target: Array<ParagraphContent | ItemContent> = item ? item.children : children
    for (const node of gap) target.push(node as ParagraphContent)

    const body = slice(context, span.start, span.end, specials, cursor, span.marker)
    const sentence = parent<Sentence>('sentence', body, context.index.enclose(body, span.start, span.end))

    if (opensItem && span.marker) {
      const {style, ordinal, value} = span.marker
      item = makeItem(markerInfo(style, ordinal, value), listOf<ItemContent>(sentence), position(sentence.position.start, sentence.position.end))
      children.push(item)
    } else if (item) {
      item.children.push(sentence)
      item.position = position(item.position.start, sentence.position.end)
    } else {
      children.push(sentence)
    }

    at = span.end
  }

  const tail = last.end > at ? slice(context, at, last.end, specials, cursor) : noLeaves
  for (const node of tail) children.push(node as ParagraphContent)
  return children
}

/**
 * The enumerator family that organises a paragraph: the one that opens at
 * least two of its sentences (the most frequent, first seen on a tie).
 *
 * @param spans
 *   Sentence spans.
 * @returns
 *   The family, or `undefined`.
 */
function enumerationFamily(spans: ReadonlyArray<SentenceSpan>): MarkerStyle | undefined {
  let counts: Map<MarkerStyle, number> | undefined
  let best: MarkerStyle | undefined
  let bestCount = 1
  for (const span of spans) {
    if (!span.marker) continue
    // Made at the first enumerator only: most paragraphs have none.
    counts ??= new Map()
    const count = (counts.get(span.marker.style) ?? 0) + 1
    counts.set(span.marker.style, count)
    if (count > bestCount) {
      best = span.marker.style
      bestCount = count
    }
  }

  return best
}

/**
 * Tokenize `[start, end)` with the specials that fall inside it.
 *
 * @param context
 *   Input and location index.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param specials
 *   All special spans of the paragraph, sorted.
 * @param cursor
 *   Index of the first special not yet used; moved past those used.
 * @param marker
 *   An enumerator at the start of the span.
 * @returns
 *   The leaves.
 */
function slice(
  context: InlineContext,
  start: number,
  end: number,
  specials: ReadonlyArray<SpecialSpan>,
  cursor: {next: number},
  marker?: MarkerMatch
): Array<PhrasingContent> {
  let first = cursor.next
  while (first < specials.length && (specials[first] as SpecialSpan).start < start) first++
  let next = first
  while (next < specials.length && (specials[next] as SpecialSpan).end <= end) next++
  cursor.next = next
  return marker
    ? tokenizeInline(context, start, end, withMarker(specials.slice(first, next), marker))
    : tokenizeInline(context, start, end, specials, first, next)
}
