/**
 * `classifySection`: label one section (or a heading string) by its cues.
 *
 * @module
 */

import {BaogaoError} from '../tree/error.js'
import {toString} from '../tree/to-string.js'
import type {Paragraph, Section} from '../types.js'
import {contentCues} from './content-cues.js'
import {headingCues} from './cues.js'
import {childSections, headingText} from './heading-text.js'
import {addScore, decide, ranking, scoreText, type Classification, type Scores} from './score.js'

export type {Classification} from './score.js'

/** How many opening paragraphs of a body are read for content cues. */
const openingParagraphs = 3
/** How many characters of them are read. */
const openingLength = 300
/** Below this heading score the body is read too. */
const weakHeading = 2
/** Content cues count this much of their weight. */
const contentFactor = 0.5
/** From this many subsections on, a `目标任务` section is a tasks section. */
const manySubsections = 3

/** White space of any kind. */
const space = /[\s\u3000\u00A0]+/gu

/**
 * Classify a section by its heading cues (`src/classify/cues.ts`) and, for a
 * section whose heading says little, by the opening words of its body
 * (tense and cue words: `过去一年` → review, `今年…要` → tasks,
 * `主要预期目标` → targets).
 *
 * Without a document around it, nothing is known of the section's position
 * or parent: {@link classifyDocument} adds those.
 *
 * @param heading
 *   A heading string (`一、2021年工作回顾`, marker optional) or a section.
 * @returns
 *   `{label, confidence, cues}`; `other` with confidence 0.2 when nothing
 *   speaks for any label.
 * @throws {BaogaoError}
 *   When `heading` is neither a string nor a section.
 *
 * @example
 * ```ts
 * import {classifySection} from 'baogao'
 *
 * classifySection('三、2022年政府工作任务')
 * // {label: 'tasks', confidence: 0.92, cues: ['工作任务', '任务']}
 * ```
 */
export function classifySection(heading: string | Section): Classification {
  if (typeof heading !== 'string' && !isSection(heading)) {
    throw new BaogaoError('classifySection(): expected a heading string or a section', 'invalid-argument')
  }

  return decide(scoreSection(heading))
}

/**
 * Score a section (or heading string): heading cues; for a section also the
 * subsection rule and, when the heading is weak, the body's opening words.
 *
 * @param heading
 *   A heading string or a section.
 * @param read
 *   Reads a paragraph's text (`toString`, or a slice of the input by
 *   position).
 * @param words
 *   `headingText(heading)`, when the caller has it already (a long heading
 *   costs as much to read as its leaves are many).
 * @returns
 *   Scores per label.
 */
export function scoreSection(
  heading: string | Section,
  read: (node: Paragraph) => string = toString,
  words: string = headingText(heading)
): Scores {
  const scores = scoreText(words, headingCues)
  if (typeof heading === 'string') return scores

  // A heading naming targets *and* tasks (`2022年主要目标任务`) over many
  // subsections is the tasks part of a report, opened by its targets.
  const {label, top} = ranking(scores)
  if (label === 'targets' && scores.has('tasks') && childSections(heading).length >= manySubsections) {
    addScore(scores, 'tasks', top + 1 - (scores.get('tasks')?.score ?? 0), 'subsections')
  }

  if (top < weakHeading) {
    const opening = openingText(heading, read)
    if (opening) scoreText(opening, contentCues, scores, contentFactor, 'content:')
  }

  return scores
}

/**
 * @param section
 *   A section.
 * @param read
 *   Reads a paragraph's text.
 * @returns
 *   The first paragraphs of its body before any subsection, without white
 *   space, cut to `openingLength` characters.
 */
function openingText(section: Section, read: (node: Paragraph) => string): string {
  let text = ''
  let count = 0
  for (const child of section.children) {
    if (child.type === 'section') break
    if (child.type !== 'paragraph') continue
    text += read(child).replace(space, '')
    if (++count >= openingParagraphs || text.length >= openingLength) break
  }

  return text.slice(0, openingLength)
}

/**
 * @param value
 *   Anything.
 * @returns
 *   Whether it looks like a section node.
 */
function isSection(value: unknown): value is Section {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as {type?: unknown}).type === 'section' &&
    Array.isArray((value as {children?: unknown}).children)
  )
}
