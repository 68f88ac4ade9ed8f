/**
 * `extractIndicators`: every value of a parsed report as a record
 * *indicator → verb → value → qualifier*, with its role, year, section and
 * sentence.
 *
 * @module
 */

import {estimateScope, targetsLead} from './cues.js'
import type {IndicatorKey} from './indicator-keys.js'
import {sentenceRecords, type SentenceContext} from './sentence-records.js'
import {BaogaoError} from '../tree/error.js'
import {toString} from '../tree/to-string.js'
import type {Document, Heading, Paragraph, Root, Section} from '../types.js'
import type {Indicator, IndicatorDocument, IndicatorSection} from './types.js'

/** Options of {@link extractIndicators} and `extractTargets`. */
export interface ExtractIndicatorsOptions {
  /** The table of canonical indicators; `indicatorKeys` by default. */
  keys?: ReadonlyArray<IndicatorKey> | undefined
}

/** What the walk carries down. */
interface Walk {
  document: IndicatorDocument
  year: number | null
  reviewYear: number | null
  deliveryYear: number | null
  section: IndicatorSection | null
  keys: ReadonlyArray<IndicatorKey> | undefined
  records: Array<Indicator>
}

/**
 * Extract the indicator values of a parsed report: one record per value, for
 * clauses such as `国内生产总值增长5.5%左右` (indicator, verb, value,
 * qualifier). Values in lists get one record each (`城乡居民人均可支配收入分别增长
 * 8%、11%左右` → 城镇…, 农村…); a clause with only a verb takes the previous
 * indicator (`国内生产总值达到114万亿元，增长8.1%`); dates, periods and ordinals
 * are not values (periods attach as `period`); boilerplate is skipped.
 *
 * @param tree
 *   A tree from `parseReport`, or one of its documents.
 * @param options
 *   Options (`keys`: the canonical indicator table).
 * @returns
 *   Plain, JSON-ready records in document order.
 * @throws {BaogaoError}
 *   When `tree` is not a root or document node.
 *
 * @example
 * ```ts
 * import {extractIndicators, parseReport} from 'baogao'
 *
 * const tree = parseReport('二、2022年工作安排\n\n今年主要预期目标是：地区生产总值增长6%左右。')
 * const [record] = extractIndicators(tree)
 * record?.indicator.key // 'gdp'
 * record?.role // 'target'
 * record?.quantity.amount // 6
 * ```
 */
export function extractIndicators(tree: Root | Document, options?: ExtractIndicatorsOptions | null): Array<Indicator> {
  assertTree('extractIndicators', tree)
  const records: Array<Indicator> = []
  const documents = tree.type === 'root' ? tree.children.filter((child) => child.type === 'document') : [tree]
  for (const [index, document] of documents.entries()) {
    const {meta} = document
    const walk: Walk = {
      document: {index, title: meta.title, region: meta.region},
      ...documentYears(meta),
      section: null,
      keys: options?.keys ?? undefined,
      records
    }
    let lead = false
    for (const child of document.children) {
      if (child.type === 'section') visitSection(child, walk)
      else if (child.type === 'paragraph') lead = visitParagraph(child, walk, lead)
    }
  }

  return records
}

/**
 * Throw unless `tree` is a root or a document node.
 *
 * @param api
 *   Name of the API (`extractIndicators`).
 * @param tree
 *   What the caller passed.
 * @returns
 *   Nothing; narrows `tree`.
 */
export function assertTree(api: string, tree: unknown): asserts tree is Root | Document {
  const type = typeof tree === 'object' && tree !== null ? (tree as {type?: unknown}).type : undefined
  if ((type === 'root' || type === 'document') && Array.isArray((tree as {children?: unknown}).children)) return
  throw new BaogaoError(`${api}(): expected a root or document node from parseReport`, 'invalid-argument')
}

/**
 * @param section
 *   A section.
 * @param walk
 *   Walk state.
 * @returns
 *   Nothing.
 */
function visitSection(section: Section, walk: Walk): void {
  const heading = section.children.find((child): child is Heading => child.type === 'heading')
  const inner: Walk = {
    ...walk,
    section: {
      label: section.label ?? null,
      heading: heading ? toString(heading).replace(/[\s\u3000]+/gu, '') : '',
      depth: section.depth
    }
  }
  let lead = false
  for (const child of section.children) {
    if (child.type === 'heading') {
      walk.records.push(...sentenceRecords(child.children, contextOf(inner, child, false, false)))
    } else if (child.type === 'section') {
      visitSection(child, inner)
    } else if (child.type === 'paragraph') {
      lead = visitParagraph(child, inner, lead)
    }
  }
}

/**
 * Visit a paragraph. A paragraph that ends in a targets lead-in
 * (`今年经济和社会发展的预期目标是：`) makes the dash-led paragraphs after it
 * (`——国内生产总值增长8%。`) targets.
 *
 * @param paragraph
 *   A paragraph.
 * @param walk
 *   Walk state.
 * @param lead
 *   Whether a targets lead-in precedes it (directly or through dash-led paragraphs).
 * @returns
 *   Whether the paragraph after it continues a targets lead-in.
 */
function visitParagraph(paragraph: Paragraph, walk: Walk, lead: boolean): boolean {
  const text = toString(paragraph).trim()
  const dashLed = /^[—─-]{2}/u.test(text)
  const inTargets = paragraph.role === 'targets' || (lead && dashLed)
  let estimate = false
  const sentences = paragraph.children.flatMap((child) =>
    child.type === 'sentence' ? [child] : child.type === 'item' ? child.children.filter((inner) => inner.type === 'sentence') : []
  )
  for (const sentence of sentences) {
    const context = contextOf(walk, sentence, inTargets, estimate)
    walk.records.push(...sentenceRecords(sentence.children, context))
    // `预计（下同）`: the values after it in the paragraph are estimates too.
    if (estimateScope.test(context.sentence.text)) estimate = true
  }

  return (lead && dashLed) || targetsLead.test(text.slice(-24))
}

/**
 * @param walk
 *   Walk state.
 * @param node
 *   The sentence or heading.
 * @param inTargets
 *   Whether it is in the targets paragraph.
 * @param estimate
 *   Whether `预计（下同）` covers it.
 * @returns
 *   The context of its records.
 */
function contextOf(walk: Walk, node: Heading | Paragraph['children'][number], inTargets: boolean, estimate: boolean): SentenceContext {
  return {
    document: walk.document,
    year: walk.year,
    reviewYear: walk.reviewYear,
    deliveryYear: walk.deliveryYear,
    section: walk.section,
    inTargetsParagraph: inTargets,
    estimateScope: estimate,
    sentence: {text: toString(node), position: structuredClone(node.position)},
    keys: walk.keys
  }
}

/** Month from which a speech plans the next year (`2022年12月28日` → 2023). */
const lateMonth = 10

/**
 * The years of a document's values: the year its targets and plans are for,
 * the year its results are about, and the year it was given in.
 *
 * A government work report given in the spring of 2023 plans 2023 and
 * reviews 2022; an economic-work speech given in December 2022 plans 2023
 * and reviews 2022 (the year still running).
 *
 * @param meta
 *   The document's metadata.
 * @returns
 *   `year` (plans), `reviewYear` (results), `deliveryYear`.
 */
export function documentYears(meta: Document['meta']): {year: number | null; reviewYear: number | null; deliveryYear: number | null} {
  const delivered = meta.year
  const month = meta.date === null ? null : Number(meta.date.slice(5, 7))
  const late = delivered !== null && month !== null && month >= lateMonth
  const year = late ? delivered + 1 : delivered
  const reviewYear = meta.reviewYear ?? (delivered !== null && meta.kind === 'governmentWorkReport' && !late ? delivered - 1 : delivered)
  return {year, reviewYear, deliveryYear: delivered}
}
