/**
 * Turn a span of the input into phrasing leaves: text, punctuation, white
 * space, breaks, Markdown, markers and quantities.
 *
 * @module
 */

import type {LocationIndex} from '../tree/location.js'
import type {Quantity as FoundQuantity} from '../number/types.js'
import type {Boilerplate, BoilerplateKind, Break, Markup, MarkerInfo, PhrasingContent, Punctuation, Text, Whitespace} from '../types.js'
import {punctuationCharacter, wordLikePunctuation} from '../patterns.js'
import {isInlineSpace} from '../blocks/lines.js'
import {kindLiteral, list, literal, markerLeaf, quantityLeaf} from '../tree/plain.js'

/** A span that becomes one special leaf. */
export type SpecialSpan =
  | {kind: 'break'; start: number; end: number}
  | {kind: 'marker'; start: number; end: number; marker: MarkerInfo}
  /** `fields` is the quantity as found; its `value`, `start` and `end` (offsets in the searched text) are not copied. */
  | {kind: 'quantity'; start: number; end: number; fields: FoundQuantity}
  | {kind: 'markup'; start: number; end: number; markup: 'atxHeading'}
  | {kind: 'boilerplate'; start: number; end: number; boilerplate: BoilerplateKind}

/**
 * Put a marker among special spans: anything else read at its place (a
 * quantity in `一是`) yields to it.
 *
 * @param specials
 *   Sorted, non-overlapping spans.
 * @param marker
 *   The marker and where it is.
 * @returns
 *   A new sorted, non-overlapping list holding the marker.
 */
export function withMarker(
  specials: ReadonlyArray<SpecialSpan>,
  marker: MarkerInfo & {start: number; end: number}
): Array<SpecialSpan> {
  const {style, ordinal, value, start, end} = marker
  const kept = specials.filter((span) => span.end <= start || span.start >= end)
  kept.push({kind: 'marker', start, end, marker: {style, ordinal, value}})
  return kept.sort((a, b) => a.start - b.start)
}

/** What the tokenizer needs to know of the input. */
export interface InlineContext {
  text: string
  index: LocationIndex
  /**
   * The last forward search for an inline-boilerplate cue: from which offset,
   * and where the next cue is (`Infinity`: none after it). Blocks are built in
   * order, so one search serves every block up to the cue.
   */
  cue?: {from: number; at: number}
}

const TEXT = 0
const SPACE = 1
const PUNCTUATION = 2

/** Class of every BMP code unit, computed once. */
const classes = buildClasses()

/**
 * @returns
 *   A table from UTF-16 code unit to TEXT, SPACE or PUNCTUATION.
 */
function buildClasses(): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    const character = String.fromCharCode(code)
    if (isInlineSpace(code) || code === 0x0a) table[code] = SPACE
    else if (punctuationCharacter.test(character) && !wordLikePunctuation.test(character)) table[code] = PUNCTUATION
  }

  return table
}

/** Punctuation that forms one leaf when repeated (`——`, `……`, `──`): a flag per code unit. */
const runs = buildRuns('—─―…-·.。')

/**
 * @param characters
 *   Characters that repeat into one leaf.
 * @returns
 *   A table from UTF-16 code unit to 1 (repeats) or 0.
 */
function buildRuns(characters: string): Uint8Array {
  const table = new Uint8Array(0x10000)
  for (let index = 0; index < characters.length; index++) table[characters.charCodeAt(index)] = 1
  return table
}

/**
 * The one-unit string of every punctuation code unit, made once and shared by
 * all its leaves: `，` and `。` are a third of all leaves, and a slice of each
 * would be a string object of its own. `slots` holds, per code unit, 1 + its
 * index here (0: not punctuation).
 */
const punctuation: Array<string> = []
const slots = new Uint16Array(0x10000)
for (let code = 0; code < 0x10000; code++) {
  if (classes[code] === PUNCTUATION) slots[code] = punctuation.push(String.fromCharCode(code))
}

/**
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is an ASCII or full-width digit.
 */
function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19)
}

/**
 * Tokenize `[start, end)` into phrasing leaves.
 *
 * ```
 * > | 一是加快扩大有效需求。
 *     ^^ marker ^^^^^^^^^^ text ^ punctuation
 * ```
 *
 * The hot loop of the parser: one table lookup per character, no call per
 * character, one node per leaf.
 *
 * @param context
 *   Input and location index.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param specials
 *   Spans that become special leaves, sorted, not overlapping; those used
 *   (`specials[from]` up to before `specials[to]`) lie inside `[start, end)`.
 * @param from
 *   Index of the first special to use.
 * @param to
 *   Index after the last special to use.
 * @returns
 *   Leaves covering `[start, end)` exactly.
 */
export function tokenizeInline(
  context: InlineContext,
  start: number,
  end: number,
  specials: ReadonlyArray<SpecialSpan>,
  from = 0,
  to = specials.length
): Array<PhrasingContent> {
  const {text, index} = context
  const nodes = list<PhrasingContent>()
  let special = from
  let next = special < to ? specials[special] : undefined
  let at = start

  while (at < end) {
    if (next !== undefined && next.start === at) {
      nodes.push(specialNode(context, next))
      at = next.end
      special++
      next = special < to ? specials[special] : undefined
      continue
    }

    const limit = next !== undefined && next.start < end ? next.start : end
    const code = text.charCodeAt(at)
    let kind = classes[code] as number
    if (kind === PUNCTUATION && isNumberSeparator(text, at, limit, code)) kind = TEXT

    /*
     * At a Markdown strong delimiter.
     *   > | **一、2021年工作回顾**
     *       ^^
     */
    if (code === 42 && at + 1 < limit && text.charCodeAt(at + 1) === 42) {
      nodes.push(kindLiteral<Markup>('markup', 'strong', '**', index.position(at, at + 2)))
      at += 2
      continue
    }

    let after = at + 1
    if (kind === PUNCTUATION) {
      if (runs[code] === 1) while (after < limit && text.charCodeAt(after) === code) after++
      const value = after === at + 1 ? (punctuation[(slots[code] as number) - 1] as string) : text.slice(at, after)
      nodes.push(literal<Punctuation>('punctuation', value, index.position(at, after)))
    } else {
      while (after < limit) {
        const following = text.charCodeAt(after)
        let followingKind = classes[following] as number
        if (followingKind === PUNCTUATION && isNumberSeparator(text, after, limit, following)) followingKind = TEXT
        if (followingKind !== kind) break
        if (following === 42 && after + 1 < limit && text.charCodeAt(after + 1) === 42) break
        after++
      }

      const value = text.slice(at, after)
      const position = index.position(at, after)
      nodes.push(kind === SPACE ? literal<Whitespace>('whitespace', value, position) : literal<Text>('text', value, position))
    }

    at = after
  }

  return nodes
}

/**
 * Whether the punctuation at `at` separates digits and so belongs to the
 * number's text (`5.5`, `1,234`, `32.6:32.5`).
 *
 * @param text
 *   The input.
 * @param at
 *   Offset of a punctuation character.
 * @param limit
 *   End of the span being tokenized.
 * @param code
 *   `text.charCodeAt(at)`.
 * @returns
 *   Whether it reads as text.
 */
function isNumberSeparator(text: string, at: number, limit: number, code: number): boolean {
  return (
    (code === 0x2e || code === 0xff0e || code === 0x2c || code === 0x3a) &&
    at > 0 &&
    at + 1 < limit &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1))
  )
}

/**
 * @param context
 *   Input and location index.
 * @param span
 *   A special span.
 * @returns
 *   Its leaf.
 */
function specialNode(context: InlineContext, span: SpecialSpan): PhrasingContent {
  const value = context.text.slice(span.start, span.end)
  const position = context.index.position(span.start, span.end)
  switch (span.kind) {
    case 'break': {
      return literal<Break>('break', value, position)
    }

    case 'marker': {
      return markerLeaf(span.marker.style, span.marker.ordinal, value, position)
    }

    case 'markup': {
      return kindLiteral<Markup>('markup', span.markup, value, position)
    }

    case 'boilerplate': {
      return kindLiteral<Boilerplate>('boilerplate', span.boilerplate, value, position)
    }

    case 'quantity': {
      return quantityLeaf(span.fields, value, position)
    }
  }
}

