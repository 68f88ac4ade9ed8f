/**
 * `extractTargets`: the targets view of a parsed report, one summary per
 * document, with the GDP growth target first-class.
 *
 * ## Firmness of the GDP target
 *
 * How firmly a target is set is read from its qualifier and the words of its
 * clause, following the way the reports themselves and their commentators
 * read them:
 *
 * | firmness | written | sample |
 * | --- | --- | --- |
 * | `hard` | `以上`, `不低于`, `突破`, `确保`, a ceiling (`以内`, `以下`) | `地区生产总值增长5%以上` |
 * | `soft` | `左右`, `近`, a range | `国内生产总值增长5.5%左右`, `增长6%—6.5%` |
 * | `bare` | a number and nothing else | `生产总值增长6.5%` |
 * | `striving` | `力争`/`争取`/`努力` governing the value | `力争增长8%` |
 *
 * The striving idiom after a target (`在实际工作中争取更好结果`) does not change
 * the firmness: it is reported in `striving`.
 *
 * @module
 */

import {stretchRate, strivingClause} from './cues.js'
import {assertTree, documentYears, extractIndicators, type ExtractIndicatorsOptions} from './extract-indicators.js'
import {toString} from '../tree/to-string.js'
import {findQuantities} from '../number/find-quantities.js'
import type {Document, Node, Paragraph, Point, Root} from '../types.js'
import type {Firmness, GdpTarget, GdpTargetRelative, Indicator, TargetSummary} from './types.js'

/** A report that says it sets no growth target: `没有提出全年经济增速具体目标`, `不设经济增长目标`. */
const absentCue = /(?:没有提出|未提出|不(?:再)?设(?:定|置)?|不提)[^。；，]{0,10}(?:增速|增长)[^。；，]{0,8}目标/u

/**
 * A GDP growth target set against another region's growth:
 * `地区生产总值增速高于全国平均水平`, `经济增长略高于全国`, `增速比全国高2个百分点`,
 * `与全国保持同步`.
 */
const relativeCue =
  /(?:地区生产总值|生产总值|GDP|经济)(?:增速|增长速度|增长)?(?:要|继续|力争|保持|努力|争取)?(?:(?<relation>略高于|高于|快于|不低于)(?<reference>全国|全省|全区|全市|西部)[^，；。、0-9０-９]{0,8}|比(?<than>全国|全省|全区|全市)(?:平均水平|平均)?(?:高|快)|与(?<peer>全国|全省|全区|全市)(?:[^，；。]{0,6}?)同步)/u

/** The central government's target quoted in a region's report: `国家把“九五”期间年经济增长速度安排在8%左右`. */
const othersTarget = /^(?:国家|中央|国务院)(?:把|将|提出|确定|要求)/u

/** A rate averaged over years: `年均增长13%`, `平均每年增长`. */
const averageRate = /年均|平均每年|平均增长/u

/** Characters that end the clause around an absence cue. */
const clauseEdge = /[。；！，\n]/u

/** Words that make the value itself a striving target: `力争增长8%`. */
const strivingWords = /力争|争取|努力/u

/** Words that make a target a floor: `确保`, `不低于`. */
const hardWords = /确保|不低于/u

/**
 * Extract the targets of each document of a parsed report: the records of
 * its targets paragraph, and the GDP growth target with its value or range,
 * qualifier, firmness (`hard` for `以上`/`确保`/`不低于`, `soft` for `左右`,
 * `bare` for a plain number, `striving` for `力争`) and striving clause
 * (`在实际工作中争取更好结果`); the year's rate comes before a plan period's
 * average (`年均增长13%`). `gdp` is `{relative: true, relation, reference,
 * margin}` when the growth target is set only against another region's
 * (`高于全国平均水平1到2个百分点`), `{absent: true}` when the report says it
 * sets no growth target (`没有提出全年经济增速具体目标`) and `null` when no
 * target is found.
 *
 * @param tree
 *   A tree from `parseReport`, or one of its documents.
 * @param options
 *   Options (`keys`: the canonical indicator table).
 * @returns
 *   One summary per document, in order.
 * @throws {BaogaoError}
 *   When `tree` is not a root or document node.
 *
 * @example
 * ```ts
 * import {extractTargets, parseReport} from 'baogao'
 *
 * const tree = parseReport('二、2022年工作安排\n\n今年主要预期目标是：地区生产总值增长6.5%，在实际工作中争取更好结果。')
 * const [summary] = extractTargets(tree)
 * summary?.gdp // {value: 6.5, firmness: 'bare', striving: '在实际工作中争取更好结果', …}
 * ```
 */
export function extractTargets(tree: Root | Document, options?: ExtractIndicatorsOptions | null): Array<TargetSummary> {
  assertTree('extractTargets', tree)
  const documents = tree.type === 'root' ? tree.children.filter((child) => child.type === 'document') : [tree]
  const all = extractIndicators(tree, options)
  return documents.map((document, index) => {
    const own = all.filter((record) => record.document.index === index)
    const paragraphs = targetsParagraphs(document)
    let records = own.filter((record) => record.inTargetsParagraph && record.role === 'target')
    let gdp: TargetSummary['gdp'] = null
    const inParagraphs = gdpGrowths(records)
    const elsewhere = gdpGrowths(own.filter((record) => record.role === 'target'))
    // The year's rate, in the targets paragraphs or, failing that, anywhere;
    // only then a plan period's average (`“十二五”…年均增长13%` in the targets
    // paragraph, `今年全省地区生产总值预期增长12%` after it).
    let found = annual(inParagraphs)
    const absent = found || inParagraphs.length > 0 ? undefined : absenceClause(toString(document))
    if (absent) {
      gdp = {absent: true, text: absent}
    } else {
      // No targets paragraph, or no GDP in it: a GDP growth target elsewhere.
      found ??= annual(elsewhere) ?? inParagraphs[0] ?? elsewhere[0]
      // Last: a qualified rate among the tasks (`——保持经济平稳较快增长。全省生产总值增长10%以上`),
      // then any rate among them (`全年GDP增长6%`, `增长6%至6.5%`); a year's
      // rate before a plan period's average in both.
      if (!found) {
        const planned = own.filter((record) => record.role === 'plan' && isGdpGrowth(record))
        const qualified = planned.filter((record) => record.quantity.qualifier !== null)
        found = annual(qualified) ?? annual(planned) ?? qualified[0] ?? planned[0]
      }
      if (found && records.length === 0) {
        const sentence = found.sentence.position.start.offset
        records = own.filter((record) => record.sentence.position.start.offset === sentence && (record.role === 'target' || record.role === 'plan'))
      }

      if (found) gdp = gdpTarget(found, paragraphs)
      else gdp = relativeTarget(paragraphs)
    }

    return {
      document: {...found?.document, index, title: document.meta.title, region: document.meta.region, year: document.meta.year},
      year: documentYears(document.meta).year,
      records,
      gdp
    }
  })
}

/**
 * @param text
 *   A document's text.
 * @returns
 *   The clause that says no growth target is set
 *   (`我们没有提出全年经济增速具体目标`), or `undefined`.
 */
function absenceClause(text: string): string | undefined {
  const match = absentCue.exec(text)
  if (!match) return undefined
  let start = match.index
  while (start > 0 && !clauseEdge.test(text.charAt(start - 1))) start--
  return text.slice(start, clauseEnd(text, match.index + match[0].length)).trim()
}

/**
 * @param text
 *   Text.
 * @param from
 *   Offset inside a clause.
 * @returns
 *   Offset of the clause's end (its punctuation or line break, or the end of `text`).
 */
function clauseEnd(text: string, from: number): number {
  let end = from
  while (end < text.length && !clauseEdge.test(text.charAt(end))) end++
  return end
}

/**
 * @param records
 *   Target records, in order.
 * @returns
 *   Their GDP growth rates, but for a rate the central government set,
 *   quoted (`国家把“九五”期间年经济增长速度安排在8%左右`).
 */
function gdpGrowths(records: Array<Indicator>): Array<Indicator> {
  return records.filter((record) => isGdpGrowth(record) && !othersTarget.test(record.clause))
}

/**
 * @param records
 *   GDP growth rates, in order.
 * @returns
 *   The first that is a rate of a year, not an average over a plan period
 *   (`年均增长13%`).
 */
function annual(records: Array<Indicator>): Indicator | undefined {
  return records.find((record) => !averageRate.test(record.clause))
}

/**
 * @param record
 *   A record.
 * @returns
 *   Whether it is a GDP growth rate for the whole year (not a level, not a
 *   comparison, not a quarter).
 */
function isGdpGrowth(record: Indicator): boolean {
  const {quantity} = record
  const percent = quantity.kind === 'percent' || (quantity.kind === 'range' && quantity.rangeKind === 'percent')
  // `一季度地区生产总值下降3%` is a result of part of the year, not the year's target.
  const wholeYear = record.period === null || record.period === '全年'
  return record.indicator.key === 'gdp' && percent && wholeYear && record.comparison === null && !/占|比重|比例|相当于/u.test(record.indicator.normalized)
}

/**
 * @param record
 *   The GDP growth record.
 * @param paragraphs
 *   The document's targets paragraphs.
 * @returns
 *   The GDP target.
 */
function gdpTarget(record: Indicator, paragraphs: Array<Paragraph>): GdpTarget {
  const {quantity} = record
  const range = quantity.kind === 'range' ? {min: quantity.min, max: quantity.max} : null
  const upToValue = record.clause.slice(0, Math.max(0, record.clause.length - quantity.value.length))
  const withoutIdiom = upToValue.replace(strivingClause, '')
  let firmness: Firmness = 'bare'
  if (strivingWords.test(withoutIdiom)) firmness = 'striving'
  else if (quantity.qualifier === 'about' || quantity.qualifier === 'near' || range) firmness = 'soft'
  else if (quantity.qualifier !== null || hardWords.test(withoutIdiom)) firmness = 'hard'
  // `7%以上、力争8%`: a higher rate right after the target.
  const higher = stretchRate.exec(record.sentence.text.slice((record.position.end.offset ?? 0) - (record.sentence.position.start.offset ?? 0)).replace(/[\s\u3000]+/gu, ''))
  const rate = higher?.groups?.rate === undefined ? null : Number(higher.groups.rate)
  const stretch = rate !== null && (quantity.amount === null || rate > quantity.amount) ? rate : null
  const striving = stretch !== null && higher ? higher[0].replace(/^[、，,]/u, '') : strivingAfter(record, paragraphs)

  return {
    value: range ? null : quantity.amount,
    range,
    qualifier: quantity.qualifier,
    qualifierText: quantity.qualifierText,
    firmness,
    striving,
    stretch,
    masked: quantity.masked,
    text: record.clause,
    position: structuredClone(record.position)
  }
}

/**
 * A GDP growth target set only against another region's growth, read from
 * the targets paragraphs.
 *
 * @param paragraphs
 *   The document's targets paragraphs.
 * @returns
 *   The target, or `null` when none is stated.
 */
function relativeTarget(paragraphs: Array<Paragraph>): GdpTargetRelative | null {
  for (const paragraph of paragraphs) {
    const text = toString(paragraph)
    const match = relativeCue.exec(text)
    if (!match?.groups) continue
    const {relation, reference, than, peer} = match.groups
    const end = clauseEnd(text, match.index + match[0].length)
    const clause = text.slice(match.index, end)
    // `高于全国平均水平1到2个百分点`: the margin, in points.
    const margin = findQuantities(clause.slice(match[0].length)).find(
      (quantity) => quantity.kind === 'percentagePoint' || (quantity.kind === 'range' && quantity.rangeKind === 'percentagePoint')
    )
    return {
      relative: true,
      relation: peer ? 'inLine' : relation === '不低于' ? 'notLower' : 'higher',
      reference: peer ?? than ?? match[0].slice(match[0].indexOf(reference ?? '')).trim(),
      margin: margin ? {min: margin.min ?? margin.amount, max: margin.max ?? margin.amount} : null,
      text: clause,
      position: {start: pointAt(paragraph, text, match.index), end: pointAt(paragraph, text, end)}
    }
  }

  return null
}

/**
 * @param paragraph
 *   A paragraph.
 * @param text
 *   Its text.
 * @param offset
 *   An offset into `text`.
 * @returns
 *   The point of that offset in the input.
 */
function pointAt(paragraph: Paragraph, text: string, offset: number): Point {
  const {start} = paragraph.position
  let line = start.line
  let column = start.column
  for (let index = 0; index < offset; index++) {
    if (text.charCodeAt(index) === 10) {
      line++
      column = 1
    } else {
      column++
    }
  }

  return {line, column, offset: (start.offset ?? 0) + offset}
}

/**
 * @param record
 *   The GDP growth record.
 * @param paragraphs
 *   The document's targets paragraphs.
 * @returns
 *   The first striving clause after the value in its paragraph (or
 *   sentence), or `null`.
 */
function strivingAfter(record: Indicator, paragraphs: Array<Paragraph>): string | null {
  const end = record.position.end.offset ?? 0
  const paragraph = paragraphs.find((node) => (node.position.start.offset ?? 0) <= end && end <= (node.position.end.offset ?? 0))
  const [text, start] = paragraph
    ? [toString(paragraph), paragraph.position.start.offset ?? 0]
    : [record.sentence.text, record.sentence.position.start.offset ?? 0]
  const match = strivingClause.exec(text.slice(end - start).replace(/[\s\u3000]+/gu, ''))
  return match ? match[0] : null
}

/**
 * @param node
 *   A document or any node below it.
 * @returns
 *   The paragraphs with `role: 'targets'`, in order.
 */
function targetsParagraphs(node: Node): Array<Paragraph> {
  const found: Array<Paragraph> = []
  const visit = (current: Node): void => {
    if (current.type === 'paragraph') {
      if ((current as Paragraph).role === 'targets') found.push(current as Paragraph)
      return
    }

    if ('children' in current && Array.isArray(current.children)) for (const child of current.children as Array<Node>) visit(child)
  }

  visit(node)
  return found
}
