/**
 * Nest headings into sections by level, assigned per document by nesting
 * order.
 *
 * @module
 */

import type {Report} from '../tree/messages.js'
import type {LocationIndex} from '../tree/location.js'
import {list, listOf, plain, section as makeSection} from '../tree/plain.js'
import type {DocumentContent, Heading, MarkerStyle, Section, SectionContent} from '../types.js'

/**
 * The usual rank of each marker family: a family met for the first time
 * closes open sections of families ranked below it, then nests under what is
 * left. Ties and unknown orders fall back to nesting order.
 *
 * | family | rank | sample |
 * | --- | --- | --- |
 * | part | 0.5 | `第一部分` |
 * | hanComma | 1 | `一、` |
 * | hanParen, ordinalWord | 2 | `（一）`, `第一，` |
 * | yao, sequence | 2.5 | `一要`, `首先，` |
 * | arabic | 3 | `1.` |
 * | shi | 3.5 | `一是` |
 * | arabicParen | 4 | `（1）` |
 * | circled | 5 | `①` |
 * | dash | 6 | `——` |
 */
export const markerRank: Readonly<Record<MarkerStyle, number>> = {
  notes: 0,
  part: 0.5,
  hanComma: 1,
  hanParen: 2,
  ordinalWord: 2,
  yao: 2.5,
  sequence: 2.5,
  arabic: 3,
  shi: 3.5,
  arabicParen: 4,
  circled: 5,
  dash: 6
}

/** The regular chain of report outlines, for skipped-level diagnostics. */
const chain: ReadonlyArray<MarkerStyle> = ['hanComma', 'hanParen', 'arabic', 'arabicParen', 'circled']

/** Deepest section depth; deeper headings are kept at this depth. */
export const maxDepth = 5

/** An open section and what it was opened by. */
interface Open {
  section: Section
  style: MarkerStyle
  /** Ordinal of the last heading of this family at this level. */
  ordinal: number | null
  /** Marker text of that heading. */
  value: string
}

/** Makes `Open` records (they point into the tree: see `src/tree/plain.ts`). */
const OpenMaker = plain(function (this: Open, section: Section, style: MarkerStyle, ordinal: number | null, value: string) {
  this.section = section
  this.style = style
  this.ordinal = ordinal
  this.value = value
})

/**
 * Nest a flat run of document content into sections.
 *
 * ```
 *   | 一、2021年工作回顾          → section depth 1
 *   | （一）稳定经济大盘。         → section depth 2
 *   | 二、2022年工作任务          → section depth 1 (closes both)
 * ```
 *
 * @param flat
 *   Headings, paragraphs and white space in document order; headings have a
 *   marker.
 * @param index
 *   Location index, for section positions.
 * @param report
 *   Receives diagnostics (`heading-order`, `heading-restart`, `heading-skip`).
 * @returns
 *   The document's children.
 */
export function nestSections(
  flat: ReadonlyArray<DocumentContent | Heading>,
  index: LocationIndex,
  report: Report
): Array<DocumentContent> {
  const root = list<DocumentContent>()
  const stack = list<Open>()
  let pending = list<DocumentContent>()
  // Last ordinal of each family outside a glossary: a top-level heading
  // (`一、`, `第一部分`) that goes on with that numbering after one
  // (`注释` … `二、`) ends the glossary, unless the glossary numbers its own
  // entries that way.
  const lastOutsideNotes = new Map<MarkerStyle, number | null>()
  const usedInNotes = new Set<MarkerStyle>()

  const container = (): Array<DocumentContent | SectionContent> =>
    stack.length > 0 ? (stack[stack.length - 1] as Open).section.children : root

  for (const node of flat) {
    if (node.type === 'whitespace') {
      pending.push(node)
      continue
    }

    if (node.type !== 'heading' || !node.marker) {
      const target = container()
      for (const item of pending) target.push(item as SectionContent)
      pending = list()
      target.push(node as SectionContent)
      continue
    }

    const {style, ordinal, value} = node.marker
    const start = node.position.start.offset as number
    const end = node.position.end.offset as number
    const existing = stack.findIndex((open) => open.style === style)
    let previous: number | null = null
    let resumed = false

    if (existing === -1 && stack[0]?.style === 'notes' && markerRank[style] <= markerRank.hanComma && style !== 'notes' && !usedInNotes.has(style)) {
      const last = lastOutsideNotes.get(style)
      if (last !== undefined && last !== null && ordinal === last + 1) {
        while (stack.length > 0) close(stack.pop() as Open, index)
        resumed = true
      }
    }

    if (existing === -1) {
      while (stack.length > 0 && markerRank[(stack[stack.length - 1] as Open).style] > markerRank[style]) {
        close(stack.pop() as Open, index)
      }

      const parent = stack[stack.length - 1]
      if (ordinal !== null && ordinal !== 1 && !resumed) {
        report(`Unexpected first ordinal \`${ordinal}\` in \`${value}\` headings, expected \`1\``, 'heading-order', start, end)
      }

      if (parent && chain.includes(parent.style) && chain.includes(style)) {
        const skipped = chain.indexOf(style) - chain.indexOf(parent.style) - 1
        if (skipped > 0) {
          report(
            `Unexpected \`${value}\` heading right under a \`${parent.value}\` heading: ${skipped} level(s) skipped`,
            'heading-skip',
            start,
            end,
            'info'
          )
        }
      }
    } else {
      while (stack.length > existing) {
        const open = stack.pop() as Open
        if (stack.length === existing) previous = open.ordinal
        close(open, index)
      }

      if (previous !== null && ordinal !== null && ordinal !== previous + 1) {
        if (ordinal === 1) {
          report(`Numbering of \`${value}\` headings restarts after \`${previous}\``, 'heading-restart', start, end, 'info')
        } else {
          report(
            `Unexpected ordinal \`${ordinal}\` after \`${previous}\` in \`${value}\` headings`,
            'heading-order',
            start,
            end
          )
        }
      }
    }

    const target = container()
    for (const item of pending) target.push(item as SectionContent)
    pending = list()
    const depth = Math.min(stack.length + 1, maxDepth)
    node.depth = depth
    const section = makeSection(depth, listOf<SectionContent>(node), node.position)
    target.push(section)
    stack.push(new OpenMaker(section, style, ordinal, value))
    if (style === 'notes') usedInNotes.clear()
    else if (stack[0]?.style === 'notes') usedInNotes.add(style)
    else lastOutsideNotes.set(style, ordinal)
  }

  while (stack.length > 0) close(stack.pop() as Open, index)
  for (const item of pending) root.push(item)
  return root
}

/**
 * Set a closed section's position from its children.
 *
 * @param open
 *   The section being closed.
 * @param index
 *   Location index.
 * @returns
 *   Nothing.
 */
function close(open: Open, index: LocationIndex): void {
  const {section} = open
  const first = section.children[0]
  const last = section.children[section.children.length - 1]
  if (!first || !last) return
  section.position = index.enclose(section.children, first.position.start.offset as number, last.position.end.offset as number)
}
