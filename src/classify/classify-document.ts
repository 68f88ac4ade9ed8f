/**
 * `classifyDocument`: the classify layer. Labels every section of a document
 * and marks its targets paragraph.
 *
 * @module
 */

import type {Document, Paragraph, Section, SectionLabel} from '../types.js'
import {toString} from '../tree/to-string.js'
import {scoreSection} from './classify-section.js'
import {childSections, headingText} from './heading-text.js'
import {headingCues} from './cues.js'
import {addScore, decide, labels, ranking, scoreText, type Classification} from './score.js'
import {targetsEvidence} from './targets-paragraph.js'

/** A subsection takes its own label from this heading score on. */
const ownLabelScore = 3
/** Below this score a top-level heading is weak: position may tip it. */
const weakHeading = 2
/** Weight of a heading naming an earlier year than another top-level heading. */
const earlierYear = 4
/** Weight of the first-section prior: less than any heading hint. */
const positionPrior = 0.75
/** An inherited label keeps this share of the parent's confidence. */
const inheritedShare = 0.8
/** Rule name recorded on sections that took their parent's label. */
const inherited = 'inherited'
/** Rule name recorded on sections labelled by the sections around them. */
const between = 'position:between'
/** Confidence of a label taken from the sections around. */
const betweenConfidence = 0.3

/**
 * Labels a subsection does not take from its own heading under a parent of a
 * given label: a review subsection `政府自身建设不断加强` reviews government
 * work, it is not the government section.
 */
const absorbs: Record<SectionLabel, ReadonlyArray<SectionLabel>> = {
  review: ['targets', 'government', 'requirements', 'situation', 'tasks'],
  targets: [],
  tasks: [],
  situation: ['review'],
  problems: ['review', 'situation'],
  requirements: ['review', 'tasks', 'targets', 'requirements', 'government'],
  government: ['review', 'tasks', 'targets', 'requirements', 'government'],
  // The glossary's entries (`1.六大优势产业：…`) are notes, whatever they name.
  notes: labels,
  other: []
}

/**
 * The verbs a task heading opens with (`着力扩大有效需求`, `加快建设现代化产业体系`):
 * under a targets section, such a subsection is a task.
 */
const taskHeading =
  /^(?:着力|加快|推动|推进|深化|扩大|坚持|全力|持续|大力|积极|加强|强化|提升|促进|统筹|实施|聚焦|构建|打造|做好|抓好|优化|完善|扎实|切实|坚定|千方百计|不断|进一步|全面|稳步|狠抓|突出|发展|建设|培育|壮大|保障|改善|增进|守牢|筑牢|防范|巩固|落实|激发|释放|厚植|纵深)/u
/** Rule name recorded on the glossary section (`名词解释`). */
const notesHeading = 'heading:notes'
/** Rule name recorded on a task subsection of a targets section. */
const taskVerb = 'heading:taskVerb'

/** Time words that make a tasks subsection of a review section a real one (`全力抓好年内重点工作`). */
const ahead = /下一步|下步|下阶段|下半年|四季度|明年|今年|年内|当前/u
/** Month from which a document's `今年` is the year under review (an economic-work conference in December). */
const lateMonth = 10
/** `今年` in a heading, not `今年以来`. */
const thisYear = /今年(?!以来)/u
/** A heading that is a document title, not a section (`1.政府工作报告`). */
const titleLike = /(?:报告|讲话|发言)$/u
/** A year in a heading: `2021年工作回顾` → 2021. */
const headingYear = /(?:19|20)[0-9]{2}(?=年)/u

/**
 * Label every section of a document, in place: top-level sections by their
 * heading, then their body's opening words, then their position (the first
 * section of a report is usually the review; of two years named in headings,
 * the earlier is the review; in a document given from October on, a `今年`
 * heading that reads as tasks is the review, cue `year:late`); subsections by their own heading when it says
 * so, otherwise they inherit their parent's label with lower confidence (cue
 * `inherited`) — but under a targets section, a subsection whose heading
 * opens with a task verb (`着力…`, `加快…`) is a task (cue `heading:taskVerb`). Then find the paragraph that states the year's targets, set
 * `role: 'targets'` on it and `alsoContains: ['targets']` on the sections
 * around it that are not `targets`; a section also lists in `alsoContains`
 * the labels its subsections took from their own headings.
 *
 * @param document
 *   A document whose sections are nested (run after the outline layer).
 * @param text
 *   The input `document` was parsed from, if at hand: paragraphs are then
 *   read from it by position instead of by joining their leaves (faster;
 *   `parseReport` passes it). Without it, the tree alone is read.
 * @returns
 *   Nothing: `document` is changed in place.
 *
 * @example
 * ```ts
 * import {classifyDocument, parseReport} from 'baogao'
 *
 * const tree = parseReport('一、2021年工作回顾\n\n过去一年…\n\n二、2022年工作安排\n\n今年发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上。')
 * const document = tree.children[0]
 * if (document?.type === 'document') classifyDocument(document)
 * // sections: review, tasks (alsoContains: ['targets']); the last paragraph has role 'targets'
 * ```
 */
export function classifyDocument(document: Document, text?: string): void {
  const read = text === undefined ? toString : sourceReader(text)
  const tops: Array<Section> = []
  for (const child of document.children) if (child.type === 'section') tops.push(child)

  // Each heading's words, read once (joining a heading's leaves costs as
  // much as it has leaves: a 1 MB heading has 750,000).
  const words = tops.map((section) => headingText(section))
  const years = words.map((heading) => Number(headingYear.exec(heading)?.[0] ?? Number.NaN))
  const latest = Math.max(...years.filter((year) => !Number.isNaN(year)))
  const first = tops[words.findIndex((heading) => !titleLike.test(heading))]
  const month = document.meta.date === null ? Number.NaN : Number(document.meta.date.slice(5, 7))
  const late = month >= lateMonth

  for (const [index, section] of tops.entries()) {
    if (section.children[0]?.type === 'heading' && section.children[0].marker?.style === 'notes') {
      apply(section, {label: 'notes', confidence: 1, cues: [notesHeading]})
      continue
    }

    const scores = scoreSection(section, read, words[index])
    // Position is a prior: it only tips a section whose heading says little.
    if (section === first && ranking(scores).top < weakHeading) addScore(scores, 'review', positionPrior, 'position:first')
    const year = years[index] ?? Number.NaN
    if (year < latest) addScore(scores, 'review', earlierYear, 'year:earlier')
    // A speech of December: its `今年` is the year under review, `明年` the plan.
    const heading = words[index] ?? ''
    if (late && ranking(scores).label === 'tasks' && thisYear.test(heading) && !/明年/u.test(heading)) addScore(scores, 'review', earlierYear, 'year:late')
    apply(section, decide(scores))
  }

  fillBetween(tops)
  for (const section of tops) classifyChildren(section)

  markTargets(document, tops, read)
  for (const section of tops) collectAlsoContains(section)
}

/**
 * Label a top-level `other` section that its neighbours enclose: between two
 * tasks sections (or a targets and a tasks one) it is a task
 * (`积极扩大内需` among the 重点工作 at top level), between two review
 * sections a review. Cue `position:between`, a low confidence. A closing
 * section after the last tasks section stays `other`.
 *
 * @param tops
 *   The labelled top-level sections, in order.
 * @returns
 *   Nothing.
 */
function fillBetween(tops: ReadonlyArray<Section>): void {
  const known = tops.map((section) => section.label)
  for (const [index, section] of tops.entries()) {
    if (section.label !== 'other') continue
    let before = index - 1
    while (before >= 0 && known[before] === 'other') before--
    let after = index + 1
    while (after < tops.length && known[after] === 'other') after++
    const previous = known[before]
    const next = known[after]
    let label: SectionLabel | undefined
    if (next === 'tasks' && (previous === 'tasks' || previous === 'targets')) label = 'tasks'
    else if (next === 'review' && previous === 'review') label = 'review'
    if (label) apply(section, {label, confidence: betweenConfidence, cues: [between]})
  }
}

/**
 * @param text
 *   The input a tree was parsed from.
 * @returns
 *   A reader of a node's text by its position: a slice of `text`, equal to
 *   `toString(node)` for every node of that tree.
 */
function sourceReader(text: string): (node: Paragraph) => string {
  return (node) => text.slice(node.position.start.offset ?? 0, node.position.end.offset ?? 0)
}

/**
 * Label the subsections of a labelled section, depth first.
 *
 * @param parent
 *   A labelled section.
 * @returns
 *   Nothing.
 */
function classifyChildren(parent: Section): void {
  const parentLabel = parent.label ?? 'other'
  for (const child of childSections(parent)) {
    const text = headingText(child)
    const scores = scoreSection(text)
    const {label, top} = ranking(scores)
    const absorbed = absorbs[parentLabel].includes(label) && !(label === 'tasks' && ahead.test(text))
    if (top >= ownLabelScore && !absorbed) {
      apply(child, decide(scores))
    } else if (parentLabel === 'targets' && taskHeading.test(text)) {
      // `二、总体要求和目标任务` › `（一）着力扩大有效需求`: the tasks that follow the targets.
      const confidence = Math.round((parent.confidence ?? 0) * inheritedShare * 100) / 100
      apply(child, {label: 'tasks', confidence, cues: [taskVerb]})
    } else {
      const confidence = Math.round((parent.confidence ?? 0) * inheritedShare * 100) / 100
      apply(child, {label: parentLabel, confidence, cues: [inherited]})
    }

    classifyChildren(child)
  }
}

/**
 * @param section
 *   Section to change.
 * @param classification
 *   Its classification.
 * @returns
 *   Nothing.
 */
function apply(section: Section, classification: Classification): void {
  section.label = classification.label
  section.confidence = classification.confidence
  section.cues = classification.cues
  delete section.alsoContains
}

/** A paragraph and the sections around it, outermost first. */
interface Placed {
  paragraph: Paragraph
  sections: Array<Section>
}

/**
 * Find the targets paragraph(s): every paragraph with a stated-targets cue,
 * or, when there is none, the densest unstated one outside review and
 * problems sections (or inside one whose heading also names targets, see
 * {@link lookingBack}). Set `role` on them and `alsoContains` around them.
 *
 * @param document
 *   Document.
 * @param tops
 *   Its top-level sections.
 * @param read
 *   Reads a paragraph's text.
 * @returns
 *   Nothing.
 */
function markTargets(document: Document, tops: ReadonlyArray<Section>, read: (node: Paragraph) => string): void {
  const placed: Array<Placed> = []
  for (const child of document.children) {
    if (child.type === 'paragraph') placed.push({paragraph: child, sections: []})
  }

  for (const section of tops) collectParagraphs(section, [], placed)

  const stated: Array<Placed> = []
  let best: Placed | undefined
  let bestScore = 0
  for (const entry of placed) {
    if (entry.paragraph.role === 'targets') delete entry.paragraph.role
    const evidence = targetsEvidence(read(entry.paragraph), entry.sections.at(-1)?.label === 'targets')
    if (evidence.kind === 'stated') stated.push(entry)
    if (evidence.kind === 'unstated' && evidence.score > bestScore && !lookingBack(entry.sections[0])) {
      best = entry
      bestScore = evidence.score
    }
  }

  const chosen = stated.length > 0 ? stated : best ? [best] : []
  for (const entry of chosen) {
    entry.paragraph.role = 'targets'
    for (const section of entry.sections) {
      if (section.label !== 'targets') addAlso(section, 'targets')
    }
  }
}

/**
 * Whether a top-level section looks back only: a review or problems section
 * whose heading names no targets. `1994年回顾和1995年工作的基本要求` looks back
 * and ahead: its unstated targets paragraph counts.
 *
 * @param section
 *   The top-level section around a paragraph, if any.
 * @returns
 *   Whether its unstated paragraphs are refused as the targets paragraph.
 */
function lookingBack(section: Section | undefined): boolean {
  if (section?.label !== 'review' && section?.label !== 'problems') return false
  return !scoreText(headingText(section), headingCues).has('targets')
}

/**
 * @param section
 *   Section to walk.
 * @param path
 *   Sections above it.
 * @param placed
 *   Where to push its paragraphs, in document order.
 * @returns
 *   Nothing.
 */
function collectParagraphs(section: Section, path: ReadonlyArray<Section>, placed: Array<Placed>): void {
  const sections = [...path, section]
  for (const child of section.children) {
    if (child.type === 'paragraph') placed.push({paragraph: child, sections})
    else if (child.type === 'section') collectParagraphs(child, sections, placed)
  }
}

/**
 * Add to a section's `alsoContains` the labels its subsections took from
 * their own headings, depth first.
 *
 * @param section
 *   Section.
 * @returns
 *   The labels found in it and below it from own headings.
 */
function collectAlsoContains(section: Section): Set<SectionLabel> {
  const found = new Set<SectionLabel>()
  for (const child of childSections(section)) {
    for (const label of collectAlsoContains(child)) found.add(label)
    if (child.label && child.label !== 'other' && child.cues?.[0] !== inherited) found.add(child.label)
  }

  for (const label of found) if (label !== section.label) addAlso(section, label)
  return found
}

/**
 * @param section
 *   Section.
 * @param label
 *   Label to add to `alsoContains`, kept in the order of `labels`.
 * @returns
 *   Nothing.
 */
function addAlso(section: Section, label: SectionLabel): void {
  const also = new Set(section.alsoContains ?? [])
  also.add(label)
  section.alsoContains = labels.filter((name) => also.has(name))
}
