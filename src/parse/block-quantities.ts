/**
 * Find the quantities of a block whose text export broke over lines.
 *
 * @module
 */

import type {Range} from '../blocks/blocks.js'
import {findQuantities} from '../number/find-quantities.js'
import type {SpecialSpan} from '../sentences/inline.js'

/** A quantity span of a block. */
export type QuantitySpan = Extract<SpecialSpan, {kind: 'quantity'}>

/**
 * Run `findQuantities` over a block's text with its line breaks and inline
 * boilerplate taken out, then map the spans back to input offsets. A
 * quantity cut by a break (`9.53` ⏎⏎ `亿元`) becomes one span that holds the
 * break.
 *
 * @param text
 *   The input.
 * @param segments
 *   Ranges of the block's text, in order (breaks and boilerplate between them).
 * @returns
 *   Quantity spans in input offsets, sorted, not overlapping.
 */
export function findBlockQuantities(text: string, segments: ReadonlyArray<Range>): Array<QuantitySpan> {
  const first = segments[0] as Range
  const joined =
    segments.length === 1 ? text.slice(first.start, first.end) : segments.map((segment) => text.slice(segment.start, segment.end)).join('')
  const found = findQuantities(joined)
  const spans: Array<QuantitySpan> = []
  if (found.length === 0) return spans

  // Offset in `joined` where each segment starts.
  const starts: Array<number> = []
  let length = 0
  for (const segment of segments) {
    starts.push(length)
    length += segment.end - segment.start
  }

  let segment = 0
  for (const quantity of found) {
    while (segment + 1 < segments.length && (starts[segment + 1] as number) <= quantity.start) segment++
    let last = segment
    while (last + 1 < segments.length && (starts[last + 1] as number) < quantity.end) last++
    spans.push({
      kind: 'quantity',
      start: toInput(segments, starts, segment, quantity.start),
      end: toInput(segments, starts, last, quantity.end),
      fields: quantity
    })
  }

  return spans
}

/**
 * @param segments
 *   Text ranges.
 * @param starts
 *   Joined offset of each segment.
 * @param segment
 *   Index of the segment holding `offset`.
 * @param offset
 *   Offset in the joined text.
 * @returns
 *   Offset in the input.
 */
function toInput(segments: ReadonlyArray<Range>, starts: ReadonlyArray<number>, segment: number, offset: number): number {
  return (segments[segment] as Range).start + offset - (starts[segment] as number)
}
