/**
 * Turn the value slots of one sentence into indicator records: name the
 * indicator, share it along a list of values, carry it over to a clause that
 * has only a verb, attach periods, decide the role.
 *
 *   > | 一季度、上半年、前三季度地区生产总值分别增长**.*％、**.*％、**％
 *       ^^^^^^ ^^^^^^ ^^^^^^^^ periods, one per value
 *   > | 地区生产总值突破2万亿元、增长7%左右
 *                      ^^^^ carried over: a level and a growth rate
 *
 * @module
 */

import {changeVerbWords} from '../patterns.js'
import {actionVerb, countUnit, durationUnit, growthBase, workCount} from './cues.js'
import {readValueSlots, type ValueSlot} from './clauses.js'
import {indicatorKeys, type IndicatorKey} from './indicator-keys.js'
import {nameIndicator, nameList} from './normalize-indicator.js'
import {readClause} from './read-clause.js'
import {decideRole} from './role.js'
import type {PhrasingContent, Position, QuantityNode} from '../types.js'
import type {Comparison, Indicator, IndicatorDocument, IndicatorName, IndicatorSection} from './types.js'

/** What a sentence's records share. */
export interface SentenceContext {
  /** The document. */
  document: IndicatorDocument
  /** Default year of targets and plans (the delivery year). */
  year: number | null
  /** Default year of results and estimates (the reviewed year). */
  reviewYear: number | null
  /** The year the document was given in: what `今年`, `明年`, `去年` count from. */
  deliveryYear?: number | null
  /** The innermost section. */
  section: IndicatorSection | null
  /** Whether the sentence is in the targets paragraph. */
  inTargetsParagraph: boolean
  /** Whether `预计（下同）` was seen earlier in the paragraph. */
  estimateScope: boolean
  /** The sentence text and position. */
  sentence: {text: string; position: Position}
  /** The key table. */
  keys?: ReadonlyArray<IndicatorKey> | undefined
}

/** The head of a list of values, shared by the items after it. */
interface ListHead {
  names: Array<IndicatorName>
  verb: string | null
  comparison: Comparison | null
  periods: Array<string>
  clause: string
}

/** A context with nothing but list joiners. */
const joinerOnly = /^[、和及与]*$/u

/** Names that read as a level, to which a growth verb is never carried. */
const levelName = /率|强度|比重|比例|指数$/u

/** A bare measure word that stands for the previous indicator: `总量`, `规模`, `增速`. */
const genericMeasure = /^(?:总量|规模|增速|增幅|总额|经济总量)$/u

/** Only the base of a change (`比2010年`, `较上年`): the indicator is the previous one. */
const baseOnly = /^(?:比|较)(?:[\d０-９]{4}年|上年|去年|上年同期|同期)$/u

/** Measure words that may follow an indicator written after its value. */
const trailingMeasure = /^(?:规模|总量|总额|总产量|产量|任务|计划|目标|增速|增幅)/u

/** Verbs of change, which a following clause without a verb may share. */
const changeVerb = new RegExp(`^(?:${changeVerbWords}|同比增长|同比下降)$`, 'u')

/**
 * Read the records of one sentence (or heading).
 *
 * @param children
 *   Its leaves.
 * @param context
 *   What its records share.
 * @returns
 *   One record per value with an indicator.
 *
 * @example
 * ```ts
 * // leaves of `国内生产总值达到114万亿元，增长8.1%。`
 * sentenceRecords(sentence.children, context).map((record) => [record.indicator.normalized, record.verb])
 * // [['国内生产总值', '达到'], ['国内生产总值', '增长']]
 * ```
 */
export function sentenceRecords(children: ReadonlyArray<PhrasingContent>, context: SentenceContext): Array<Indicator> {
  const records: Array<Indicator> = []
  let head: ListHead | undefined
  // The names of the last list, kept past its end: `A、B分别达3206亿元和4072亿元，
  // 分别增长7.9%和11.4%` shares them with a later list of as many values.
  let lastNames: Array<IndicatorName> | undefined

  for (const slot of readValueSlots(children)) {
    const quantity = slot.quantity
    if (workCount.test(quantity.value) || durationUnit.test(quantity.unit ?? '')) continue
    const list = slot.list
    const previous = records[records.length - 1]
    let name: IndicatorName | undefined
    let verb: string | null
    let comparison: Comparison | null
    let period: string | null
    let clause = slot.clauseText

    if (list && list.index > 0 && head && joinerOnly.test(slot.context)) {
      name = head.names[list.index] ?? head.names[head.names.length - 1]
      verb = head.verb
      comparison = head.comparison
      period = head.periods.length === list.length ? (head.periods[list.index] ?? null) : (head.periods[0] ?? null)
      clause = head.clause
    } else {
      const reading = readClause(slot.context)
      // `城镇化率由50%提高到60%`: `由`/`从` opens a change; after an indicator
      // named before (`，由7.7%提高到13.9%`) it carries it over like a verb.
      const changeStart = reading.modal !== null && /(?:由|从)$/u.test(reading.modal)
      verb = reading.verb
      comparison = reading.comparison
      // `比上年增长11%`: the year before is the base of the rate, not a comparison.
      if (comparison && quantity.kind === 'percent' && growthBase.test(comparison.reference)) comparison = null
      // `一季度、上半年、前三季度地区生产总值`: the periods are not part of the name.
      let text = slot.periods.reduce((rest, span) => rest.replace(span, ''), reading.indicator).replace(/^[、和及]+/u, '')
      // `财政收入超过100亿元` + `的市`: the bound describes the noun; the
      // joiner before it (`产业园区1个、超过500亿元的5个`) is no part of the name.
      if (slot.attribute) text = slot.attribute.replace(/^、+/u, '') + text
      let single = text ? nameIndicator(text, context.keys) : undefined
      // `完成5000亿元固定资产投资`: nothing but a verb before the value, and a
      // known indicator right after it.
      const trailing =
        !single?.normalized && verb && !comparison && !(list && list.length > 1) && !countUnit.test(quantity.unit ?? '')
          ? trailingName(slot.after, context.keys)
          : undefined
      // The action: the whole context (`引进`), or the verb when nothing else is (`新增`).
      let action = trailing || comparison || (list && list.length > 1) ? undefined : verb === null ? single?.normalized : single?.normalized ? undefined : verb
      // `培育10个农村电商强县和20个示范村`: the words since the last value are its
      // object and a joiner; the action carries over.
      if (action && !verb && previous?.verb && actionVerb.test(previous.verb) && /[和及与、]$/u.test(text) && text.slice(0, -1) === previous.indicator.text) {
        action = previous.verb
      }

      let object = action ? objectAfter(action, slot.after, context.keys) : undefined
      // `新增5000家规模以上工业企业` counts firms: no indicator's key.
      if (object && countUnit.test(quantity.unit ?? '')) object = {...object, key: null}
      if (trailing) {
        single = trailing
        text = trailing.text
      } else if (object) {
        // `引进500亿元社会资本`, `新建1万个5G基站`: an action, its amount, its object.
        verb = action ?? null
        single = object
        text = object.text
      } else if (single && previous && baseOnly.test(single.normalized)) {
        // `实现生产总值超万亿元、比2010年翻一番`: the base of the previous indicator's change.
        single = previous.indicator
        text = previous.indicator.text
      } else if (single && previous && genericMeasure.test(single.normalized)) {
        // `预计全省生产总值增长8.3%，总量突破4万亿元`: the total of the previous indicator.
        single = {text, normalized: previous.indicator.normalized, key: previous.indicator.key}
      } else if (single?.normalized.startsWith('分别') && previous) {
        // `…引进省外到位资金4087亿元，分别是“十五”的3倍、5.6倍和5.7倍`: the
        // values belong to the names before, as with a bare verb.
        single = previous.indicator
        text = previous.indicator.text
      } else if (!single?.normalized && changeStart && !previous) {
        // `提高财政收入占GDP的比重，由13%提高到13.8%`: nothing named before in
        // the sentence's values; the value is kept under the words read.
        text = reading.modal ?? ''
        single = nameIndicator(text, context.keys)
      } else if (!single?.normalized) {
        // `，增长8.1%`: only a verb; the indicator is the previous one. So
        // too with only a modal word (`，首次突破1万亿元`).
        if (!previous || (!verb && !comparison && reading.modal === null)) continue
        single = previous.indicator
        text = previous.indicator.text
      } else if (!verb && previous?.verb && changeVerb.test(previous.verb) && !levelName.test(single.normalized)) {
        // `规上工业增加值增长9%，固定资产投资12%`: the verb is shared.
        if (quantity.kind === 'percent' && previous.quantity.kind === 'percent') verb = previous.verb
      }

      period = slot.periods[0] ?? (/全年/u.test(slot.context) ? '全年' : null)
      if (list && list.index === 0 && list.length > 1) {
        const perPeriod = slot.periods.length === list.length
        const carried = single === previous?.indicator
        // `A12800元，B4930元，分别增长13%和17.7%`: a list with no name of its
        // own, after as many values of as many names, takes them in order.
        const preceding = carried && /分别/u.test(slot.context) ? precedingNames(records, list.length) : undefined
        const names = perPeriod
          ? Array.from({length: list.length}, () => single)
          : carried && lastNames?.length === list.length && lastNames.some((item) => item.text === single.text)
            ? lastNames
            : (preceding ?? nameList(carried ? single.normalized : text, list.length, context.keys))
        head = {names, verb, comparison, periods: slot.periods, clause}
        lastNames = names
        name = names[0]
        if (slot.periods.length === list.length) period = slot.periods[0] ?? null
      } else {
        head = undefined
        name = single
      }
    }

    if (!name) continue
    records.push(buildRecord(slot, quantity, name, verb, comparison, period, clause, context))
  }

  return records
}

/**
 * The names of the last values of a sentence, one per name, when the last
 * `length` names read there each had values of their own, not a list
 * (`城镇居民人均可支配收入12800元，农村居民人均纯收入4930元`).
 *
 * @param records
 *   The sentence's records so far.
 * @param length
 *   How many names are wanted.
 * @returns
 *   The names, in order, or `undefined`.
 */
function precedingNames(records: ReadonlyArray<Indicator>, length: number): Array<IndicatorName> | undefined {
  const names: Array<IndicatorName> = []
  for (let index = records.length - 1; index >= 0 && names.length < length; index--) {
    const record = records[index] as Indicator
    if (record.quantity.list !== null) return undefined
    if (names[0]?.normalized !== record.indicator.normalized) names.unshift(record.indicator)
  }

  if (names.length !== length || new Set(names.map((name) => name.normalized)).size !== length) return undefined
  return names.map((name) => ({...name}))
}

/** Longest object read after a value (`社会资本`, `5G基站`, `农村公路`). */
const maxObject = 12

/** Words that open a purpose or a further action after an amount, not its object. */
const purposeStart = /^(?:用于|用来|专项用于|继续|支持|实施|推进|开展|加快|完成|实现|帮助|解决|带动|惠及|覆盖|涉及|以上|左右|以下|重点|全力|积极|主要|其中|同比|比上年|增长|下降)/u

/**
 * The object of an action verb written after its value: with nothing but
 * the verb before the value (`引进` of `引进500亿元社会资本`), the words after
 * the value up to the next punctuation name what the value measures.
 *
 * @param before
 *   The normalized words before the value.
 * @param after
 *   Words right after the value.
 * @param keys
 *   The key table.
 * @returns
 *   The object's name, or `undefined` when the words before are not one
 *   action verb or there is no short object.
 */
function objectAfter(before: string, after: string, keys: ReadonlyArray<IndicatorKey> | undefined): IndicatorName | undefined {
  if (!actionVerb.test(before)) return undefined
  // `培育10个农村电商强县和20个…`: the joiner before the next item is no part of it.
  const object = after.replace(/^的/u, '').replace(/[和及与、]+$/u, '')
  if (object.length < 2 || object.length > maxObject || !/^[\p{Script=Han}A-Za-z0-9]/u.test(object)) return undefined
  // `投入19亿元继续实施…`, `安排20亿元用于…`: a purpose, not an object.
  if (purposeStart.test(object)) return undefined
  return nameIndicator(object, keys)
}

/**
 * The indicator written right after a value, when it is a known one and
 * begins there (`固定资产投资`, `的地区生产总值`), not a phrase that only
 * mentions one (`支持固定资产投资`, `项目`).
 *
 * @param after
 *   Words right after the value.
 * @param keys
 *   The key table.
 * @returns
 *   The name, or `undefined`.
 */
function trailingName(after: string, keys: ReadonlyArray<IndicatorKey> | undefined): IndicatorName | undefined {
  if (!after) return undefined
  const name = nameIndicator(after, keys)
  if (!name.key) return undefined
  const entry = (keys ?? indicatorKeys).find((candidate) => candidate.key === name.key)
  let lead = ''
  for (const pattern of entry?.patterns ?? []) {
    if (typeof pattern === 'string' && pattern.length > lead.length && name.normalized.startsWith(pattern)) lead = pattern
  }

  if (!lead) return undefined
  // The phrase ends with the indicator and a measure word after it
  // (`固定资产投资规模是…` → `固定资产投资规模`).
  const end = after.indexOf(lead) + lead.length
  const suffix = trailingMeasure.exec(after.slice(end))
  return nameIndicator(after.slice(0, end + (suffix ? suffix[0].length : 0)), keys)
}

/**
 * @param slot
 *   The value slot.
 * @param quantity
 *   The value.
 * @param name
 *   Its indicator.
 * @param verb
 *   Its verb.
 * @param comparison
 *   Its comparison.
 * @param period
 *   Its period.
 * @param clause
 *   The clause up to the value.
 * @param context
 *   What the sentence's records share.
 * @returns
 *   The record.
 */
function buildRecord(
  slot: ValueSlot,
  quantity: QuantityNode,
  name: IndicatorName,
  verb: string | null,
  comparison: Comparison | null,
  period: string | null,
  clause: string,
  context: SentenceContext
): Indicator {
  const role = decideRole({
    inTargetsParagraph: context.inTargetsParagraph,
    estimateScope: context.estimateScope,
    label: context.section?.label ?? null,
    clause,
    before: slot.before,
    qualifier: quantity.qualifier
  })
  const {type: _type, ...fields} = quantity
  const copy = structuredClone(fields)
  const year = slot.years[0] ?? relativeYear(slot.clauseText, context.deliveryYear) ?? (role === 'result' || role === 'estimate' ? context.reviewYear : context.year)
  return {
    indicator: {...name},
    verb,
    quantity: copy,
    role,
    year,
    period,
    comparison: comparison ? {...comparison} : null,
    clause: clause.trim(),
    document: {...context.document},
    section: context.section ? {...context.section} : null,
    sentence: structuredClone(context.sentence),
    inTargetsParagraph: context.inTargetsParagraph,
    position: structuredClone(quantity.position)
  }
}

/** `今年`, `明年`, `去年` and what they add to the year of delivery. */
const relativeYears = /今年|本年|明年|去年/gu
const yearOffsets: Readonly<Record<string, number>> = {今年: 0, 本年: 0, 明年: 1, 去年: -1}

/** The base of a change, which names no year of the value: `比上年`, `在去年…基础上`, `从去年的…增加到`. */
const baseYear = /(?:比|较|在|从|由)(?:上年|去年)(?:同期)?/gu

/**
 * @param clause
 *   The clause up to the value.
 * @param delivered
 *   The year the document was given in.
 * @returns
 *   The year the last `今年`/`明年`/`去年` of the clause names (`比上年增长`
 *   is a base, not a year), or `undefined`.
 */
function relativeYear(clause: string, delivered: number | null | undefined): number | undefined {
  if (delivered === null || delivered === undefined) return undefined
  let last: string | undefined
  // The word nearest the value counts (`今年和去年财政补贴` → 去年).
  for (const match of clause.replace(baseYear, '').matchAll(relativeYears)) last = match[0]
  return last === undefined ? undefined : delivered + (yearOffsets[last] ?? 0)
}
