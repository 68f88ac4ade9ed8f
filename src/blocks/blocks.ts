/**
 * Lines → blocks: front matter, headings (standalone, broken over two lines,
 * or opening a paragraph) and paragraphs reflowed over export line breaks.
 *
 * @module
 */

import {atxHeading, changeVerbWords, frontMatterFence, htmlCommentLine, leadingDash, maxPageNumberLine, pageNumberLine, strongDelimiter, tocLine} from '../patterns.js'
import {matchHeadingMarker, matchItemMarker, type MarkerMatch} from './heading-marker.js'
import {isBlank, isInlineSpace, type Line} from './lines.js'
import {headingEnd, isTerminated} from './terminal.js'
import {isDateline, isSalutation, isTitleLine, isWebChrome, plainText} from '../documents/front-lines.js'

/** A span of the input: `[start, end)`. */
export interface Range {
  start: number
  end: number
}

/** Markup that is a block of its own: YAML front matter (fences included) or an HTML comment line. */
export interface MarkupBlock extends Range {
  kind: 'markup'
  markup: 'frontMatter' | 'htmlComment'
}

/**
 * A heading. `pieces` are its content ranges; between two pieces lies a line
 * break (kept as a `break` leaf). `inline` is set when the heading is the lead
 * sentence of a paragraph.
 */
export interface HeadingBlock extends Range {
  kind: 'heading'
  marker: MarkerMatch
  pieces: Array<Range>
  inline: boolean
}

/**
 * A line of PDF page furniture that a paragraph runs across: a page number
 * (`— 2 —`) or a running header (`政府工作报告` atop every page).
 */
export interface Interruption extends Range {
  kind: 'pageNumber' | 'header'
}

/**
 * A paragraph; between two pieces lies a line break the text was cut at.
 * `interruptions` are page numbers and running headers that lie between two
 * pieces: the paragraph runs across them.
 */
export interface ParagraphBlock extends Range {
  kind: 'paragraph'
  pieces: Array<Range>
  interruptions?: Array<Interruption>
}

/** Any block. */
export type Block = MarkupBlock | HeadingBlock | ParagraphBlock

/**
 * @param block
 *   A block.
 * @returns
 *   Its content ranges (a markup block is one range).
 */
export function piecesOf(block: Block): Array<Range> {
  return block.kind === 'markup' ? [{start: block.start, end: block.end}] : block.pieces
}

/**
 * @param block
 *   A block.
 * @returns
 *   The page numbers and running headers between its pieces, if any.
 */
export function interruptionsOf(block: Block): ReadonlyArray<Interruption> | undefined {
  return block.kind === 'paragraph' ? block.interruptions : undefined
}

/** Blank lines allowed inside a paragraph broken by export. */
const maxBlankInParagraph = 3
/** Longest line that can end a heading broken over two lines. */
const maxHeadingContinuation = 20
/** Longest heading built from two lines. */
const maxJoinedHeading = 60
/** A line at least this long reads as prose even without a comma. */
const minProseLength = 40
/** Longest line that may be a title, dateline or 目录 entry. */
const maxStandaloneLine = 120
/** Lines searched for the closing fence of front matter. */
const maxFrontMatterLines = 200
/** Longest running header (plain text): `某某市人民政府公报2023年第3期`. */
const maxRunningHeader = 30
/** Shortest running header (plain text): `政府公报`; a shorter line is a fragment (`亿元`). */
const minRunningHeader = 4
/** A short line repeated this often is a running header where it cuts a paragraph. */
const minRunningHeaderRepeats = 3
/** Page furniture lines a paragraph runs across at one break (a page number and a header). */
const maxInterruptions = 2

/**
 * Group lines into blocks. Everything between blocks (blank lines,
 * indentation) is white space for the caller to keep.
 *
 * @param text
 *   The input.
 * @param lines
 *   Its lines (from `splitLines`).
 * @returns
 *   Blocks in order, never overlapping.
 */
export function parseBlocks(text: string, lines: ReadonlyArray<Line>): Array<Block> {
  const blocks: Array<Block> = []
  const repeats = new LineRepeats(text, lines)
  let index = frontMatter(text, lines, blocks)

  while (index < lines.length) {
    const line = lines[index] as Line
    if (isBlank(line)) {
      index++
      continue
    }

    if (htmlCommentLine.test(text.slice(line.contentStart, line.contentEnd))) {
      blocks.push({kind: 'markup', markup: 'htmlComment', start: line.contentStart, end: line.contentEnd})
      index++
      continue
    }

    const at = skipMarkup(text, line.contentStart, line.contentEnd)
    const marker = at < line.contentEnd ? matchHeadingMarker(text, at) : undefined

    // `一是…；二是…。` on one line enumerates: a paragraph with items, not a heading.
    if (!marker || isTocLine(text, line) || enumeratesOnLine(text, marker, line.contentEnd)) {
      index = paragraph(text, lines, index, line.contentStart, blocks, repeats)
      continue
    }

    /*
     * A heading that begins a paragraph ends at its first terminator:
     *
     * > | （一）着力稳定宏观经济大盘，保持经济运行在合理区间。继续做好…
     *                                                     ^
     */
    const end = headingEnd(text, marker.end, line.contentEnd)
    let bodyStart = end
    while (bodyStart < line.contentEnd && isInlineSpace(text.charCodeAt(bodyStart))) bodyStart++

    if (end !== -1 && bodyStart < line.contentEnd) {
      const piece = {start: line.contentStart, end}
      blocks.push({kind: 'heading', start: piece.start, end, marker, pieces: [piece], inline: true})
      index = paragraph(text, lines, index, bodyStart, blocks, repeats)
      continue
    }

    const pieces = [{start: line.contentStart, end: line.contentEnd}]
    index++
    const next = nextContentLine(lines, index, 1)
    if (next !== -1 && !isTerminated(text, line.contentStart, line.contentEnd)) {
      const candidate = lines[next] as Line
      if (continuesHeading(text, candidate, line)) {
        pieces.push({start: candidate.contentStart, end: candidate.contentEnd})
        index = next + 1
      }
    }

    const last = pieces[pieces.length - 1] as Range
    blocks.push({kind: 'heading', start: line.contentStart, end: last.end, marker, pieces, inline: false})
  }

  return blocks
}

/**
 * Read YAML front matter at the start of the input.
 *
 * @param text
 *   The input.
 * @param lines
 *   Its lines.
 * @param blocks
 *   Receives the block.
 * @returns
 *   Index of the first line after it (0 when there is none).
 */
function frontMatter(text: string, lines: ReadonlyArray<Line>, blocks: Array<Block>): number {
  const first = lines[0]
  if (!first || !frontMatterFence.test(text.slice(first.contentStart, first.end))) return 0
  if (first.contentStart !== first.start && text.charCodeAt(first.start) !== 0xfeff) return 0
  const limit = Math.min(lines.length, maxFrontMatterLines)
  for (let index = 1; index < limit; index++) {
    const line = lines[index] as Line
    if (frontMatterFence.test(text.slice(line.start, line.end))) {
      blocks.push({kind: 'markup', markup: 'frontMatter', start: first.contentStart, end: line.contentEnd})
      return index + 1
    }
  }

  return 0
}

/**
 * Read a paragraph starting at `start` on line `index`, joining lines that
 * export broke in mid-sentence, across a PDF page number line between them.
 *
 * ```
 * > | …社会消费品零售总额实现 9.53
 *                                ^ no terminator: look ahead
 *   |
 * > | 亿元、增长 12.2%。…
 *     ^ not a heading: same paragraph
 *
 * > | …引进500亿元社会资本，
 * > | — 2 —
 *     ^ page number: look past it
 * > | 政府工作报告
 *     ^ a short line repeated through the text: a running header, look past it
 * > | 新增市场主体万余户。
 * ```
 *
 * @param text
 *   The input.
 * @param lines
 *   Its lines.
 * @param index
 *   The line the paragraph starts on.
 * @param start
 *   Offset where it starts on that line.
 * @param blocks
 *   Receives the block.
 * @param repeats
 *   Counts of the input's short lines.
 * @returns
 *   Index of the first line after the paragraph.
 */
function paragraph(
  text: string,
  lines: ReadonlyArray<Line>,
  index: number,
  start: number,
  blocks: Array<Block>,
  repeats: LineRepeats
): number {
  let line = lines[index] as Line
  const pieces: Array<Range> = [{start, end: line.contentEnd}]
  let interruptions: Array<Interruption> | undefined
  let prose = looksLikeProse(text, start, line.contentEnd)

  while (!isTerminated(text, line.contentStart, line.contentEnd) && !standsAlone(text, line)) {
    let next = nextContentLine(lines, index + 1, maxBlankInParagraph)
    const skipped: Array<Interruption> = []
    while (next !== -1 && skipped.length < maxInterruptions) {
      const furniture = lines[next] as Line
      let kind = interruptionKind(text, furniture, repeats)
      // A header cuts prose only, never a number (`实现 9.53` ⏎ `万亿元以上`:
      // the next line is its rest).
      if (kind === 'header' && (!prose || cutInNumber(text, line.contentEnd, furniture.contentStart))) kind = undefined
      if (!kind) break
      skipped.push({kind, start: furniture.contentStart, end: furniture.contentEnd})
      next = nextContentLine(lines, next + 1, maxBlankInParagraph)
    }

    if (next === -1) break
    const candidate = lines[next] as Line
    if (!prose && !cutInNumber(text, line.contentEnd, candidate.contentStart)) break
    if (startsBlock(text, candidate) || isPageNumberLine(text, candidate)) break
    if (skipped.length > 0) (interruptions ??= []).push(...skipped)
    pieces.push({start: candidate.contentStart, end: candidate.contentEnd})
    index = next
    line = candidate
    prose = true
  }

  blocks.push(
    interruptions
      ? {kind: 'paragraph', start, end: line.contentEnd, pieces, interruptions}
      : {kind: 'paragraph', start, end: line.contentEnd, pieces}
  )
  return index + 1
}

/**
 * @param text
 *   The input.
 * @param line
 *   A non-blank line after an unfinished one.
 * @param repeats
 *   Counts of the input's short lines.
 * @returns
 *   What page furniture it is, if any: a page number line, or a running
 *   header (a line of 4 to 30 characters, unterminated, without a heading
 *   marker, that the input repeats at least three times).
 */
function interruptionKind(text: string, line: Line, repeats: LineRepeats): Interruption['kind'] | undefined {
  if (isPageNumberLine(text, line)) return 'pageNumber'
  if (line.contentEnd - line.contentStart > 2 * maxRunningHeader) return undefined
  if (isTerminated(text, line.contentStart, line.contentEnd)) return undefined
  if (matchHeadingMarker(text, skipMarkup(text, line.contentStart, line.contentEnd)) !== undefined) return undefined
  const plain = plainText(text.slice(line.contentStart, line.contentEnd))
  return plain.length >= minRunningHeader && repeats.count(plain) >= minRunningHeaderRepeats ? 'header' : undefined
}

/**
 * How often each short line occurs in the input (by plain text), counted
 * on first use: only a paragraph cut before page furniture asks.
 */
class LineRepeats {
  readonly #text: string
  readonly #lines: ReadonlyArray<Line>
  #counts: Map<string, number> | undefined

  /**
   * @param text
   *   The input.
   * @param lines
   *   Its lines.
   */
  constructor(text: string, lines: ReadonlyArray<Line>) {
    this.#text = text
    this.#lines = lines
  }

  /**
   * @param plain
   *   Plain text of a line.
   * @returns
   *   How many lines of the input have it.
   */
  count(plain: string): number {
    if (plain.length === 0 || plain.length > maxRunningHeader) return 0
    if (!this.#counts) {
      const counts = new Map<string, number>()
      for (const line of this.#lines) {
        const length = line.contentEnd - line.contentStart
        if (length === 0 || length > 2 * maxRunningHeader) continue
        const key = plainText(this.#text.slice(line.contentStart, line.contentEnd))
        if (key.length > 0 && key.length <= maxRunningHeader) counts.set(key, (counts.get(key) ?? 0) + 1)
      }

      this.#counts = counts
    }

    return this.#counts.get(plain) ?? 0
  }
}

/**
 * @param text
 *   The input.
 * @param line
 *   A non-blank line.
 * @returns
 *   Whether it is a PDF page number line (`— 2 —`, `-12-`, `第5页`).
 */
function isPageNumberLine(text: string, line: Line): boolean {
  // Spaces may pad it (`—  2  —`), no more than one a character.
  if (line.contentEnd - line.contentStart > 2 * maxPageNumberLine) return false
  const plain = plainText(text.slice(line.contentStart, line.contentEnd))
  return plain.length <= maxPageNumberLine && pageNumberLine.test(plain)
}

/** Marker families that also enumerate inside a paragraph. */
const enumeratorStyles: ReadonlySet<string> = new Set(['shi', 'yao', 'ordinalWord', 'sequence'])

/**
 * Whether a line that opens with an enumerator (`一是`, `第一，`, `首先，`)
 * goes on to a later one of the same family after a clause break, so that
 * the line is an enumeration, not a heading:
 *
 * ```
 * > | 一是深化国企改革；二是扩大开放；三是优化环境。
 *                     ^ `二是`: the same family, a later ordinal
 * ```
 *
 * @param text
 *   The input.
 * @param marker
 *   The marker at the line start.
 * @param end
 *   Content end of the line.
 * @returns
 *   Whether the line enumerates.
 */
function enumeratesOnLine(text: string, marker: MarkerMatch, end: number): boolean {
  if (!enumeratorStyles.has(marker.style)) return false
  for (let at = marker.end; at < end - 1; at++) {
    if (!clauseBreak.has(text.charCodeAt(at))) continue
    let next = at + 1
    while (next < end && isInlineSpace(text.charCodeAt(next))) next++
    const later = matchItemMarker(text, next)
    if (later && later.style === marker.style && (later.ordinal === null || (marker.ordinal !== null && later.ordinal > marker.ordinal))) return true
  }

  return false
}

/** Punctuation after which a later enumerator may follow: `。`, `；`, `，`, `：`, `！`, `？`. */
const clauseBreak: ReadonlySet<number> = new Set([...'。；，：！？;,'].map((char) => char.charCodeAt(0)))

/**
 * @param lines
 *   All lines.
 * @param from
 *   First line to look at.
 * @param maxBlank
 *   Blank lines that may be skipped.
 * @returns
 *   Index of the next non-blank line within reach, or -1.
 */
function nextContentLine(lines: ReadonlyArray<Line>, from: number, maxBlank: number): number {
  for (let index = from; index < lines.length && index <= from + maxBlank; index++) {
    if (!isBlank(lines[index] as Line)) return index
  }

  return -1
}

/**
 * Whether a line cannot continue the paragraph above it: it opens a heading,
 * a dash-led item, a Markdown block or a 目录 entry.
 *
 * @param text
 *   The input.
 * @param line
 *   A non-blank line.
 * @returns
 *   Whether it starts a block of its own.
 */
function startsBlock(text: string, line: Line): boolean {
  const start = line.contentStart
  leadingDash.lastIndex = start
  if (leadingDash.test(text)) return true
  strongDelimiter.lastIndex = start
  if (strongDelimiter.test(text)) return true
  atxHeading.lastIndex = start
  if (atxHeading.test(text)) return true
  if (isTocLine(text, line)) return true
  if (matchHeadingMarker(text, start) !== undefined) return true
  return standsAlone(text, line)
}

/**
 * Whether a line is a line of a document's head or of a 目录, which never
 * joins the lines around it: a title (`…在…会议上的讲话`), a dateline, a
 * salutation, a 目录 entry, a line of web chrome (`发布时间：…`).
 *
 * @param text
 *   The input.
 * @param line
 *   A non-blank line.
 * @returns
 *   Whether it stands alone.
 */
function standsAlone(text: string, line: Line): boolean {
  if (line.contentEnd - line.contentStart > maxStandaloneLine) return false
  if (isTocLine(text, line)) return true
  const plain = plainText(text.slice(line.contentStart, line.contentEnd))
  return isTitleLine(plain) || isDateline(plain) || isSalutation(plain) || isWebChrome(plain)
}

/**
 * Whether `line` is the rest of a heading broken over two lines:
 *
 * ```
 *   | 二、2022年经济社会发展
 *   |
 * > | 总体要求和主要目标
 *     ^ short, unterminated, no marker: same heading
 * ```
 *
 * @param text
 *   The input.
 * @param line
 *   Candidate line.
 * @param heading
 *   The heading's first line.
 * @returns
 *   Whether to join them.
 */
function continuesHeading(text: string, line: Line, heading: Line): boolean {
  const length = line.contentEnd - line.contentStart
  if (length > maxHeadingContinuation) return false
  if (length + heading.contentEnd - heading.contentStart > maxJoinedHeading) return false
  if (startsBlock(text, line)) return false
  return !isTerminated(text, line.contentStart, line.contentEnd) && !hasInnerPunctuation(text, line)
}

/**
 * @param text
 *   The input.
 * @param line
 *   A line.
 * @returns
 *   Whether the line has a comma or terminator anywhere.
 */
function hasInnerPunctuation(text: string, line: Line): boolean {
  return /[，,、。；！？：]/u.test(text.slice(line.contentStart, line.contentEnd))
}

/**
 * Whether a run of text reads as prose that a page break may have cut, as
 * opposed to a title, byline or other short line that simply has no
 * terminator.
 *
 * @param text
 *   The input.
 * @param start
 *   Start offset.
 * @param end
 *   End offset.
 * @returns
 *   Whether it is prose.
 */
function looksLikeProse(text: string, start: number, end: number): boolean {
  if (end - start >= minProseLength) return true
  return /[，,、。；！？]/u.test(text.slice(start, end))
}

/**
 * Whether a break falls inside a quantity or a clause, whatever the length
 * of the line above: after a digit or a classifier, before punctuation
 * that cannot open a line, or between a change verb and its rate
 * (`比上年增长` ⏎ `10%`).
 *
 * ```
 * > | 实现 9.53        高于目标2.9个
 *              ^ digit            ^ classifier
 * > | 亿元、增长…      百分点；…
 * ```
 *
 * @param text
 *   The input.
 * @param end
 *   Content end of the line above.
 * @param start
 *   Content start of the next line.
 * @returns
 *   Whether the two lines are one clause.
 */
function cutInNumber(text: string, end: number, start: number): boolean {
  const last = text.charCodeAt(end - 1)
  if ((last >= 48 && last <= 57) || (last >= 0xff10 && last <= 0xff19) || last === 0x2e || last === 0x4e2a) return true
  if (continuation.test(text.charAt(start)) || text.startsWith('百分点', start)) return true
  // `国内生产总值比上年增长` ⏎⏎ `10%，…`: a change verb, then its rate.
  return changeVerbEnd.test(text.slice(Math.max(0, end - 2), end)) && rateStart.test(text.slice(start, start + 12))
}

/** A change verb that a rate follows, ending a line: `增长`, `下降`, `提高`. */
const changeVerbEnd = new RegExp(`(?:${changeVerbWords})$`, 'u')

/** A rate opening a line: `10%`, `8.5％`, `2个百分点`. */
const rateStart = /^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:[%％]|个百分点)/u

/** Characters that never open a line but continue one: `，`, `、`, `）`, `%`. */
const continuation = /[，,、。；;：）)”’%％‰]/u

/**
 * @param text
 *   The input.
 * @param line
 *   A line.
 * @returns
 *   Whether it is a 目录 entry with a page number.
 */
function isTocLine(text: string, line: Line): boolean {
  // The page number ends the line: most lines are refused without the regex.
  const last = text.charCodeAt(line.end - 1)
  if (!((last >= 0x30 && last <= 0x39) || (last >= 0xff10 && last <= 0xff19))) return false
  return tocLine.test(text.slice(line.contentStart, line.end))
}

/**
 * Skip Markdown at a line start (`## `, `**`) to where a marker may stand.
 *
 * @param text
 *   The input.
 * @param start
 *   Content start of the line.
 * @param end
 *   Content end of the line.
 * @returns
 *   Offset after the markup and any white space after it.
 */
export function skipMarkup(text: string, start: number, end: number): number {
  let at = start
  atxHeading.lastIndex = at
  const atx = atxHeading.exec(text)
  if (atx) at += atx[0].length
  strongDelimiter.lastIndex = at
  if (strongDelimiter.test(text)) at += 2
  while (at < end && isInlineSpace(text.charCodeAt(at))) at++
  return at
}
