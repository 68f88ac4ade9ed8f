/**
 * Recognise a heading or item marker at a position.
 *
 * @module
 */

import {
  markerArabic,
  markerArabicParen,
  markerCircled,
  markerHanComma,
  markerHanParen,
  markerNotes,
  markerOrdinalWord,
  markerParenDigit,
  markerPart,
  markerSequence,
  markerShi,
  markerYao
} from '../patterns.js'
import {parseOrdinal} from './ordinal.js'
import type {MarkerInfo, MarkerStyle} from '../types.js'

/** A marker found in the text. */
export interface MarkerMatch extends MarkerInfo {
  /** Offset of its first character. */
  start: number
  /** Offset after its last character. */
  end: number
}

/** Families that open headings at a line start, most common first. */
const lineFamilies: ReadonlyArray<readonly [MarkerStyle, RegExp]> = [
  ['hanComma', markerHanComma],
  ['hanParen', markerHanParen],
  ['arabicParen', markerArabicParen],
  ['arabic', markerArabic],
  ['part', markerPart],
  ['notes', markerNotes],
  ['ordinalWord', markerOrdinalWord],
  ['shi', markerShi],
  ['yao', markerYao],
  ['sequence', markerSequence]
]

/** Families that open items inside a paragraph. */
const inlineFamilies: ReadonlyArray<readonly [MarkerStyle, RegExp]> = [
  ['shi', markerShi],
  ['yao', markerYao],
  ['ordinalWord', markerOrdinalWord],
  ['sequence', markerSequence]
]

/** Bit of a code unit that may start a line marker. */
const LINE_START = 1
/** Bit of a code unit that may start an inline enumerator. */
const ITEM_START = 2

/**
 * For each UTF-16 code unit, whether a marker can start with it: every
 * family's pattern begins with one of these characters, so any other one is
 * rejected with one lookup instead of a try of every pattern.
 */
const markerStarts: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  const mark = (characters: string, bits: number): void => {
    for (let at = 0; at < characters.length; at++) table[characters.charCodeAt(at)] = (table[characters.charCodeAt(at)] as number) | bits
  }

  mark('一二三四五六七八九十', LINE_START | ITEM_START)
  mark('第首其再最', LINE_START | ITEM_START)
  mark('名注', LINE_START)
  mark('（(0123456789０１２３４５６７８９', LINE_START)
  for (let code = 0x2460; code <= 0x2487; code++) table[code] = LINE_START
  for (let code = 0x3251; code <= 0x325f; code++) table[code] = LINE_START
  return table
})()

/** Words of the `sequence` family and their place. */
const sequenceOrdinal: Record<string, number | null> = {
  首先: 1,
  其次: 2,
  再次: 3,
  再者: null,
  最后: null
}

/**
 * Match a heading marker at `offset`.
 *
 * ```
 * > | （一）统筹疫情防控和经济社会发展
 *     ^
 * ```
 *
 * @param text
 *   The input.
 * @param offset
 *   Where the line's content starts (after indentation and Markdown).
 * @returns
 *   The marker, or `undefined`.
 */
export function matchHeadingMarker(text: string, offset: number): MarkerMatch | undefined {
  if (((markerStarts[text.charCodeAt(offset)] ?? 0) & LINE_START) === 0) return undefined
  return matchFamilies(text, offset, lineFamilies) ?? matchSingle(text, offset)
}

/**
 * Match an inline enumerator (`一是`, `第一，`, `首先，`) at `offset`.
 *
 * ```
 * > | 一是加快扩大有效需求。
 *     ^
 * ```
 *
 * @param text
 *   The input.
 * @param offset
 *   Where a sentence starts.
 * @returns
 *   The marker, or `undefined`.
 */
export function matchItemMarker(text: string, offset: number): MarkerMatch | undefined {
  if (((markerStarts[text.charCodeAt(offset)] ?? 0) & ITEM_START) === 0) return undefined
  return matchFamilies(text, offset, inlineFamilies)
}

/**
 * @param text
 *   The input.
 * @param offset
 *   Where to try.
 * @param families
 *   Families to try, in order.
 * @returns
 *   The first family that matches.
 */
function matchFamilies(
  text: string,
  offset: number,
  families: ReadonlyArray<readonly [MarkerStyle, RegExp]>
): MarkerMatch | undefined {
  for (const [style, pattern] of families) {
    pattern.lastIndex = offset
    const match = pattern.exec(text)
    if (!match) continue
    const groups = match.groups ?? {}
    const ordinal =
      style === 'sequence'
        ? (sequenceOrdinal[groups.word ?? ''] ?? null)
        : style === 'notes'
          ? null
          : (parseOrdinal(groups.ordinal ?? '') ?? null)
    // `十一五`-style names and malformed numerals are not markers.
    if (style !== 'sequence' && style !== 'notes' && ordinal === null) continue
    return {style, ordinal, value: match[0], start: offset, end: offset + match[0].length}
  }

  return undefined
}

/**
 * Match a one-character marker: `①`, `⑴`.
 *
 * @param text
 *   The input.
 * @param offset
 *   Where to try.
 * @returns
 *   The marker, or `undefined`.
 */
function matchSingle(text: string, offset: number): MarkerMatch | undefined {
  const code = text.charCodeAt(offset)
  markerCircled.lastIndex = offset
  if (markerCircled.test(text)) {
    const ordinal = code <= 0x2473 ? code - 0x2460 + 1 : code - 0x3251 + 21
    return {style: 'circled', ordinal, value: text.charAt(offset), start: offset, end: offset + 1}
  }

  markerParenDigit.lastIndex = offset
  if (markerParenDigit.test(text)) {
    return {style: 'arabicParen', ordinal: code - 0x2474 + 1, value: text.charAt(offset), start: offset, end: offset + 1}
  }

  return undefined
}
