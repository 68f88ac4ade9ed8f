/**
 * Turn a span of the input into phrasing leaves: text, punctuation, white
 * space, breaks, Markdown, markers and quantities.
 *
 * @module
 */

import type {LocationIndex} from '../tree/location.js'
import type {BoilerplateKind, Marker, MarkerInfo, PhrasingContent, QuantityNode} from '../types.js'
import {punctuationCharacter, wordLikePunctuation} from '../patterns.js'
import {isInlineSpace} from '../blocks/lines.js'

/** A span that becomes one special leaf. */
export type SpecialSpan =
  | {kind: 'break'; start: number; end: number}
  | {kind: 'marker'; start: number; end: number; marker: MarkerInfo}
  | {kind: 'quantity'; start: number; end: number; fields: Omit<QuantityNode, 'type' | 'value' | 'position'>}
  | {kind: 'markup'; start: number; end: number; markup: 'atxHeading'}
  | {kind: 'boilerplate'; start: number; end: number; boilerplate: BoilerplateKind}

/** What the tokenizer needs to know of the input. */
export interface InlineContext {
  text: string
  index: LocationIndex
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

/** Punctuation that forms one leaf when repeated (`——`, `……`, `──`). */
const runs = new Set(['—', '─', '―', '…', '-', '·', '.', '。'])

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
 * @param context
 *   Input and location index.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @param specials
 *   Spans that become special leaves, sorted, inside `[start, end)`,
 *   not overlapping.
 * @returns
 *   Leaves covering `[start, end)` exactly.
 */
export function tokenizeInline(
  context: InlineContext,
  start: number,
  end: number,
  specials: ReadonlyArray<SpecialSpan>
): Array<PhrasingContent> {
  const {text, index} = context
  const nodes: Array<PhrasingContent> = []
  let special = 0
  let at = start

  while (at < end) {
    const next = specials[special]
    if (next && next.start === at) {
      nodes.push(specialNode(context, next))
      at = next.end
      special++
      continue
    }

    const limit = next && next.start < end ? next.start : end
    const code = text.charCodeAt(at)
    const kind = classOf(text, at, limit, code)

    if (code === 42 && at + 1 < limit && text.charCodeAt(at + 1) === 42) {
      nodes.push({type: 'markup', kind: 'strong', value: '**', position: index.position(at, at + 2)})
      at += 2
      continue
    }

    let after = at + 1
    if (kind === PUNCTUATION) {
      const character = text.charAt(at)
      if (runs.has(character)) while (after < limit && text.charAt(after) === character) after++
      nodes.push({type: 'punctuation', value: text.slice(at, after), position: index.position(at, after)})
    } else {
      while (after < limit) {
        const following = text.charCodeAt(after)
        if (following === 42 && after + 1 < limit && text.charCodeAt(after + 1) === 42) break
        if (classOf(text, after, limit, following) !== kind) break
        after++
      }

      const value = text.slice(at, after)
      const position = index.position(at, after)
      nodes.push(kind === SPACE ? {type: 'whitespace', value, position} : {type: 'text', value, position})
    }

    at = after
  }

  return nodes
}

/**
 * The class of the character at `at`: digits' separators (`5.5`, `1,234`)
 * belong to text.
 *
 * @param text
 *   The input.
 * @param at
 *   Offset.
 * @param limit
 *   End of the span being tokenized.
 * @param code
 *   `text.charCodeAt(at)`.
 * @returns
 *   TEXT, SPACE or PUNCTUATION.
 */
function classOf(text: string, at: number, limit: number, code: number): number {
  const kind = classes[code] ?? TEXT
  if (kind !== PUNCTUATION) return kind
  // `.`, `．`, `,`, `:` between two digits are part of the number.
  if (
    (code === 0x2e || code === 0xff0e || code === 0x2c || code === 0x3a) &&
    at > 0 &&
    at + 1 < limit &&
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1))
  ) {
    return TEXT
  }

  return PUNCTUATION
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
      return {type: 'break', value, position}
    }

    case 'marker': {
      const node: Marker = {type: 'marker', style: span.marker.style, ordinal: span.marker.ordinal, value, position}
      return node
    }

    case 'markup': {
      return {type: 'markup', kind: span.markup, value, position}
    }

    case 'boilerplate': {
      return {type: 'boilerplate', kind: span.boilerplate, value, position}
    }

    case 'quantity': {
      return {type: 'quantity', ...span.fields, value, position}
    }
  }
}
