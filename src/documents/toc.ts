/**
 * Find and read a 目录 (table of contents) block.
 *
 * @module
 */

import {isBlank, type Line} from '../blocks/lines.js'
import type {Range} from '../blocks/blocks.js'
import {parseOrdinal} from '../blocks/ordinal.js'
import {isTitleLine} from './front-lines.js'

/** One entry as read from the lines. */
export interface TocEntryPlan extends Range {
  /** Content ranges (an entry may be broken over lines). */
  pieces: Array<Range>
  /** The entry's number, or `null`. */
  ordinal: number | null
  /** The title: no number, leaders, page or white space. */
  title: string
  /** The page number, or `null`. */
  page: number | null
}

/** A 目录 block. */
export interface TocPlan extends Range {
  /** The `目录` line. */
  header: Range
  /** Its entries, in order. */
  entries: Array<TocEntryPlan>
}

/** `目录`, `目 录`, `**目录**`. */
const header = /^(?:\*\*)?目[\s\u3000]*录(?:\*\*)?$/u

/**
 * @param value
 *   Text of a line or block.
 * @returns
 *   Whether it is a `目录` header line.
 */
export function isTocHeader(value: string): boolean {
  return header.test(value)
}
/** `37.`, `１２、`, `一、`, `（二）` at the start of an entry. */
const entryNumber = /^(?:(?<ordinal>[0-9０-９]{1,3})[.．、]|(?<han>[一二三四五六七八九十]{1,3})、|[（(](?<paren>[一二三四五六七八九十]{1,3})[）)])/u
/** Leader characters before a page number. */
const leaders = new Set(['.', '．', '。', '…', '·', '•', ' ', '\t', '\u3000'])
/** Lines scanned for the header. */
const maxHeaderLine = 200

/**
 * Find a 目录 in the first lines of a compilation and read its entries.
 *
 * ```
 *   | 目 录
 *   | 1.XX 市人大常委会…的讲话.....	5
 *   | 37.赵文峤同志在…运行分	          ← no page: the entry goes on
 *   |
 *   | 析会上的讲话	447
 * ```
 *
 * Entries are numbered `1.`, `１２、`, `一、` or `（一）`, or not at all (with
 * a page). A list whose first entry has a Han number or none is a
 * compilation's only when that entry names a document
 * (`一、北京市政府工作报告……1`, `在全市经济工作会议上的讲话……5`); else it is a
 * report's own list of its sections (`一、2022年工作回顾……1`), which stays
 * in the report's body.
 *
 * @param text
 *   The input.
 * @param lines
 *   Its lines.
 * @returns
 *   The 目录, or `undefined` when there is none.
 */
export function findToc(text: string, lines: ReadonlyArray<Line>): TocPlan | undefined {
  const limit = Math.min(lines.length, maxHeaderLine)
  let index = 0
  while (index < limit && !header.test(content(text, lines[index] as Line))) index++
  if (index === limit) return undefined

  const headerLine = lines[index] as Line
  const entries: Array<TocEntryPlan> = []
  let current: TocEntryPlan | undefined
  index++

  for (; index < lines.length; index++) {
    const line = lines[index] as Line
    if (isBlank(line)) continue
    const value = content(text, line)
    const numbered = entryNumber.exec(value)
    const paged = findPage(value)

    if (numbered) {
      const {ordinal, han, paren} = numbered.groups ?? {}
      current = entry(line, value, ordinal === undefined ? (parseOrdinal(han ?? paren ?? '') ?? null) : Number(toAscii(ordinal)), numbered[0].length, paged)
      if (entries.length === 0 && ordinal === undefined && !isTitleLine(current.title)) return undefined
      entries.push(current)
    } else if (current && current.page === null && paged) {
      // The tail of an entry broken over lines.
      current.pieces.push({start: line.contentStart, end: line.contentEnd})
      current.end = line.contentEnd
      current.title += value.slice(0, paged.at).replace(/\s+/gu, '')
      current.page = paged.page
    } else if (paged) {
      // An entry without a number.
      current = entry(line, value, null, 0, paged)
      if (entries.length === 0 && !isTitleLine(current.title)) return undefined
      entries.push(current)
    } else {
      break
    }
  }

  if (entries.length === 0) return undefined
  const last = entries[entries.length - 1] as TocEntryPlan
  return {start: headerLine.contentStart, end: last.end, header: {start: headerLine.contentStart, end: headerLine.contentEnd}, entries}
}

/**
 * @param line
 *   The entry's first line.
 * @param value
 *   Its content.
 * @param ordinal
 *   Its number.
 * @param numberLength
 *   Length of the number and its dot.
 * @param paged
 *   The page match, if any.
 * @returns
 *   The entry.
 */
function entry(line: Line, value: string, ordinal: number | null, numberLength: number, paged: Page | undefined): TocEntryPlan {
  const title = value.slice(numberLength, paged ? paged.at : value.length)
  return {
    start: line.contentStart,
    end: line.contentEnd,
    pieces: [{start: line.contentStart, end: line.contentEnd}],
    ordinal,
    title: title.replace(/\s+/gu, ''),
    page: paged ? paged.page : null
  }
}

/** A page number at the end of an entry and where its leaders start. */
interface Page {
  page: number
  at: number
}

/**
 * Read the page number at the end of an entry: one to four digits after a
 * tab or at least two leader characters (`.....5`, `\t447`, `… 12`).
 * Scans backwards, so it is linear on any line.
 *
 * @param value
 *   Content of a line.
 * @returns
 *   The page and where the leaders start, or `undefined`.
 */
function findPage(value: string): Page | undefined {
  let at = value.length
  while (at > 0 && value.length - at < 4 && /[0-9０-９]/u.test(value.charAt(at - 1))) at--
  if (at === value.length || at === 0 || /[0-9０-９]/u.test(value.charAt(at - 1))) return undefined
  const digits = value.slice(at)
  let start = at
  while (start > 0 && leaders.has(value.charAt(start - 1))) start--
  const run = value.slice(start, at)
  if (!run.includes('\t') && run.replace(/[ \u3000]/gu, '').length < 2) return undefined
  return {page: Number(toAscii(digits)), at: start}
}

/**
 * @param text
 *   The input.
 * @param line
 *   A line.
 * @returns
 *   Its content, trailing white space included (tabs before page numbers).
 */
function content(text: string, line: Line): string {
  return text.slice(line.contentStart, line.contentEnd)
}

/**
 * @param value
 *   Digits, ASCII or full-width.
 * @returns
 *   ASCII digits.
 */
function toAscii(value: string): string {
  return value.replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10))
}
