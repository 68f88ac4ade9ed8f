/**
 * Decide where documents start and end in a run of blocks, which blocks are
 * their title, dateline, byline and salutation, and which are boilerplate.
 *
 * @module
 */

import type {Block} from '../blocks/blocks.js'
import type {Line} from '../blocks/lines.js'
import {footerLine, maxPageNumberLine, maxWebChromeLine, pageNumberLine, tocLine} from '../patterns.js'
import {isBareByline, isByline, isDateline, isOpening, isSalutation, isTitleLine, isWebChrome, maxTitleLength, PlainTexts} from './front-lines.js'
import {findToc, isTocHeader, type TocPlan} from './toc.js'

/** The role of a block in its document's head. */
export type HeadRole = 'title' | 'dateline' | 'byline' | 'salutation'

/** One document: a run of blocks. */
export interface DocumentPlan {
  /** Index of its first block. */
  first: number
  /** Index after its last block. */
  end: number
  /** Blocks of its head, by index. */
  head: Map<number, HeadRole>
  /**
   * Blocks that are boilerplate inside it, by index: page numbers, running
   * headers beside them, and lines of web chrome (`header` before the body,
   * `footer` after its start: `来源：河北日报`).
   */
  boilerplate: Map<number, 'pageNumber' | 'header' | 'footer'>
}

/** How a text divides into a preamble, a 目录, documents and boilerplate. */
export interface SplitPlan {
  /** Blocks before the 目录 (the compilation's own title and notes). */
  preamble: Array<number>
  /** The 目录, if any (built from lines; blocks inside it are not used). */
  toc: TocPlan | undefined
  /** Documents, in order. */
  documents: Array<DocumentPlan>
  /** Footer blocks after a document, by index (web footers, promotions). */
  footers: Set<number>
  /** Plain text of every block. */
  plain: PlainTexts
}

/** Blocks after a title searched for a dateline, byline, salutation or opening. */
const confirmWindow = 4
/** Short lines before a dash-led subtitle taken as the main title. */
const maxMainTitleLines = 3
/** Longest line of a main title before its subtitle. */
const maxMainTitleLine = 30

/**
 * Plan the documents of a text.
 *
 * @param text
 *   The input.
 * @param lines
 *   Its lines.
 * @param blocks
 *   Its blocks.
 * @returns
 *   The plan.
 */
export function planDocuments(text: string, lines: ReadonlyArray<Line>, blocks: ReadonlyArray<Block>): SplitPlan {
  const plain = new PlainTexts(text, blocks)
  const toc = findToc(text, lines)
  const preamble: Array<number> = []
  let from = 0
  if (toc) {
    while (from < blocks.length && (blocks[from] as Block).end <= toc.start) preamble.push(from++)
    while (from < blocks.length && (blocks[from] as Block).start < toc.end) from++
  }

  const starts = findTitles(blocks, plain, from)
  // Front matter, comments and head lines before the first title belong to it.
  if (starts.length > 0 && !hasBody(blocks, plain, from, starts[0] as number)) starts[0] = from
  if (starts.length === 0 || (starts[0] as number) > from) starts.unshift(from)
  const documents: Array<DocumentPlan> = []
  const footers = new Set<number>()

  for (const [index, first] of starts.entries()) {
    if (first >= blocks.length) break
    let end = starts[index + 1] ?? blocks.length
    // Web footers and promotions after the last paragraph.
    while (end - 1 > first && isFooter(plain.at(end - 1) as string)) footers.add(--end)
    const head = readHead(blocks, plain, first, end)
    const pageNumbers = new Set<number>()
    for (let block = first; block < end; block++) {
      // A page number line is short (`第12页共30页` at most).
      if (!head.has(block) && !plain.exceeds(block, maxPageNumberLine) && pageNumberLine.test(plain.at(block) as string)) pageNumbers.add(block)
    }

    const boilerplate = new Map<number, 'pageNumber' | 'header' | 'footer'>()
    for (const block of pageNumbers) boilerplate.set(block, 'pageNumber')
    for (const block of runningHeaders(blocks, plain, first, end, head, pageNumbers)) boilerplate.set(block, 'header')
    let body = false
    for (let block = first; block < end; block++) {
      if (isChrome(blocks, plain, block)) boilerplate.set(block, body ? 'footer' : 'header')
      else if (!head.has(block) && (blocks[block] as Block).kind !== 'markup') body = true
    }

    documents.push({first, end, head, boilerplate})
  }

  return {preamble, toc, documents, footers, plain}
}

/** An editor's note on a line of its own under a title: `（根据录音整理）`, `（摘要）`, `（节选）`. */
const editorsNote = /^[（(](?:根据录音整理|据录音整理|录音整理|摘要|节选|有删节|未经本人审阅)[）)]$/u
/** Longest 目录 line skipped in a head (plain text). */
const maxStandaloneToc = 120
/** Shortest and longest running header (plain text). */
const minRunningHeader = 4
const maxRunningHeader = 30
/** A running header recurs at least this often in its document. */
const minRunningHeaderRepeats = 3

/**
 * Find running headers: a paragraph right before or after a page number
 * whose text (4 to 30 characters, unterminated) recurs at least three
 * times in the document (`政府工作报告` atop every page of a PDF export).
 *
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain texts.
 * @param first
 *   The document's first block.
 * @param end
 *   Index after its last block.
 * @param head
 *   Its head blocks (never headers).
 * @param pageNumbers
 *   Its page number blocks.
 * @returns
 *   The header blocks.
 */
function runningHeaders(
  blocks: ReadonlyArray<Block>,
  plain: PlainTexts,
  first: number,
  end: number,
  head: ReadonlyMap<number, HeadRole>,
  pageNumbers: ReadonlySet<number>
): Set<number> {
  const headers = new Set<number>()
  if (pageNumbers.size === 0) return headers
  const candidate = (block: number): string | undefined => {
    if (block < first || block >= end || head.has(block) || pageNumbers.has(block)) return undefined
    if ((blocks[block] as Block).kind !== 'paragraph' || plain.exceeds(block, maxRunningHeader)) return undefined
    const value = plain.at(block) as string
    return value.length >= minRunningHeader && !/[。！？；：:;!?]$/u.test(value) ? value : undefined
  }

  const counts = new Map<string, number>()
  for (let block = first; block < end; block++) {
    const value = candidate(block)
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1)
  }

  for (const page of pageNumbers) {
    for (const block of [page - 1, page + 1]) {
      const value = candidate(block)
      if (value !== undefined && (counts.get(value) ?? 0) >= minRunningHeaderRepeats) headers.add(block)
    }
  }

  return headers
}

/**
 * Find the blocks where documents start: each confirmed title, moved back
 * over a main title before a dash-led subtitle and over an opening paragraph
 * placed before the title.
 *
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param from
 *   First block after the 目录.
 * @returns
 *   Indices of document starts, ascending.
 */
function findTitles(blocks: ReadonlyArray<Block>, plain: PlainTexts, from: number): Array<number> {
  const starts: Array<number> = []
  for (let index = from; index < blocks.length; index++) {
    if (!isTitleBlock(blocks, plain, index)) continue
    let last = index
    while (last + 1 < blocks.length && isTitleBlock(blocks, plain, last + 1)) last++
    if (index !== from && !confirmed(blocks, plain, last + 1)) {
      index = last
      continue
    }

    // A repeated head (a web page that prints its title twice) is not a new document.
    if (starts.length > 0 && !hasBody(blocks, plain, starts.at(-1) as number, index)) {
      index = last
      continue
    }

    let start = index
    // `抢抓新机遇再创新业绩 在高质量发展征程` / `中干在实处走在前列` / `——中共…的讲话`
    if (/^[—─―-]/u.test(plain.at(index) as string)) {
      let taken = 0
      while (start - 1 > (starts.at(-1) ?? from - 1) && taken < maxMainTitleLines && isMainTitleLine(blocks, plain, start - 1)) {
        start--
        taken++
      }
    }

    // An opening paragraph placed before its title, after the previous
    // document's closing words.
    const before = start - 1
    if (before - 1 > (starts.at(-1) ?? from - 1) && isOpening(plain.at(before) as string) && isClosing(plain.at(before - 1) as string)) start = before

    starts.push(start)
    index = last
  }

  return starts
}

/**
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param from
 *   First block of a document.
 * @param to
 *   A later block.
 * @returns
 *   Whether any block in `[from, to)` is body text, not markup or a line of
 *   the head.
 */
function hasBody(blocks: ReadonlyArray<Block>, plain: PlainTexts, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const value = plain.at(index) as string
    if ((blocks[index] as Block).kind === 'markup' || isChrome(blocks, plain, index) || isTitleBlock(blocks, plain, index)) continue
    if (isDateline(value) || isByline(value) || isSalutation(value) || isMainTitleLine(blocks, plain, index)) continue
    return true
  }

  return false
}

/**
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param index
 *   A block.
 * @returns
 *   Whether the block is a title line: a paragraph, a bold line, or a
 *   numbered heading (`2.北京市政府工作报告`).
 */
function isTitleBlock(blocks: ReadonlyArray<Block>, plain: PlainTexts, index: number): boolean {
  const block = blocks[index] as Block
  if (block.kind === 'markup') return false
  if (block.kind === 'heading' && block.marker.style !== 'arabic') return false
  const markerLength = block.kind === 'heading' ? block.marker.value.length : 0
  // Too long for a title whatever its plain text: no need to make it.
  if (plain.exceeds(index, maxTitleLength + markerLength)) return false
  let value = plain.at(index) as string
  if (block.kind === 'heading') value = value.slice(markerLength)
  return isTitleLine(value)
}

/**
 * Whether the blocks after a title confirm it: a dateline, byline or
 * salutation within reach, an opening paragraph right after, or a `一、`
 * heading.
 *
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param after
 *   First block after the title.
 * @returns
 *   Whether the title opens a document.
 */
function confirmed(blocks: ReadonlyArray<Block>, plain: PlainTexts, after: number): boolean {
  let first = after
  while (first < blocks.length && isChrome(blocks, plain, first)) first++
  const next = plain.at(first)
  if (next === undefined) return false
  if (isOpening(next)) return true
  let seen = 0
  for (let index = first; index < blocks.length && seen < confirmWindow; index++) {
    // Web chrome between a title and its dateline does not count.
    if (isChrome(blocks, plain, index)) continue
    seen++
    const value = plain.at(index) as string
    if (isDateline(value) || isByline(value) || isSalutation(value)) return true
    const block = blocks[index] as Block
    if (block.kind === 'heading' && block.marker.style === 'hanComma' && block.marker.ordinal === 1) return true
  }

  return false
}

/**
 * Read the head of a document: its title lines, then datelines, bylines and
 * a salutation in any order, up to the first other block.
 *
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param first
 *   The document's first block.
 * @param end
 *   Index after its last block.
 * @returns
 *   The head blocks and their roles.
 */
function readHead(blocks: ReadonlyArray<Block>, plain: PlainTexts, first: number, end: number): Map<number, HeadRole> {
  const head = new Map<number, HeadRole>()
  let index = first
  while (index < end && ((blocks[index] as Block).kind === 'markup' || isChrome(blocks, plain, index))) index++
  // An opening paragraph placed before its title stays a body paragraph.
  if (index + 1 < end && isOpening(plain.at(index) as string) && isTitleBlock(blocks, plain, index + 1)) index++
  // Main title lines before a dash-led subtitle.
  let scan = index
  while (scan < end && scan - index < maxMainTitleLines && isMainTitleLine(blocks, plain, scan) && !isTitleBlock(blocks, plain, scan)) scan++
  if (scan > index && scan < end && isTitleBlock(blocks, plain, scan) && /^[—─―-]/u.test(plain.at(scan) as string)) {
    while (index < scan) head.set(index++, 'title')
  }

  for (; index < end; index++) {
    const value = plain.at(index) as string
    const block = blocks[index] as Block
    if (block.kind === 'markup' || isChrome(blocks, plain, index)) continue
    // A report's own 目录 of its sections between its title and dateline, or
    // an editor's note under the title (`（根据录音整理）`, `（摘要）`): the head
    // goes on after it (its lines stay body paragraphs).
    if (block.kind === 'paragraph' && !plain.exceeds(index, maxStandaloneToc) && (isTocHeader(value) || tocLine.test(value) || editorsNote.test(value))) continue
    if (isTitleBlock(blocks, plain, index)) {
      head.set(index, 'title')
      continue
    }

    if (block.kind !== 'paragraph') break
    if (isDateline(value)) head.set(index, 'dateline')
    else if (isByline(value)) head.set(index, 'byline')
    // `毛伟明`, `省人民政府省长` (the name left out): only right before `各位代表：`
    // or a dateline (`张三` ⏎ `（2022年12月28日）`).
    else if (index + 1 < end && isBareByline(value) && (isSalutation(plain.at(index + 1) as string) || isDateline(plain.at(index + 1) as string))) {
      head.set(index, 'byline')
    }
    else if (isSalutation(value)) {
      head.set(index, 'salutation')
      break
    } else break
  }

  return head
}

/**
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param index
 *   A block.
 * @returns
 *   Whether it can be a line of a main title: a short paragraph without
 *   punctuation.
 */
function isMainTitleLine(blocks: ReadonlyArray<Block>, plain: PlainTexts, index: number): boolean {
  const value = plain.at(index) as string
  return (
    (blocks[index] as Block).kind === 'paragraph' &&
    value.length > 0 &&
    value.length <= maxMainTitleLine &&
    !/[\p{P}]/u.test(value.replace(/[“”《》]/gu, ''))
  )
}

/**
 * @param value
 *   Plain text of a paragraph.
 * @returns
 *   Whether it closes a speech (`同志们，…！`, `让我们…奋斗！`).
 */
function isClosing(value: string): boolean {
  return /^同志们[，,！!]/u.test(value) || /让我们.*[！!]$/u.test(value) || /[！!]$/u.test(value)
}

/**
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param index
 *   A block.
 * @returns
 *   Whether it is a paragraph of web chrome (breadcrumb, publication line,
 *   print controls): skipped like markup in a head, marked as a header.
 */
function isChrome(blocks: ReadonlyArray<Block>, plain: PlainTexts, index: number): boolean {
  return (blocks[index] as Block).kind === 'paragraph' && !plain.exceeds(index, maxWebChromeLine) && isWebChrome(plain.at(index) as string)
}

/**
 * @param value
 *   Plain text of a block.
 * @returns
 *   Whether it is a web footer or promotion (`…推荐…>>>`, `关注我们…`, `官方微博`).
 */
function isFooter(value: string): boolean {
  return value.length <= 60 && footerLine.test(value)
}
