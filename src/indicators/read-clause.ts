/**
 * Read the words before a value as *indicator → verb*, with an optional
 * comparison: `国内生产总值增长` → indicator `国内生产总值`, verb `增长`;
 * `增速高于全国` → indicator `增速`, verb `高于`, comparison `{higher, 全国}`;
 * `城镇新增就业` → indicator `城镇新增就业`, no verb.
 *
 * A verb counts only at the end of the context, followed by nothing but
 * `了`, `分别`, `为`, `在`… ({@link verbTail}), so `城镇新增就业` keeps its
 * `新增` and `居民消费价格涨幅控制在` reads `控制在` as the verb.
 *
 * @module
 */

import {baseTail, comparisonTail, fusedIndicator, lowerWords, modalWords, verbs, verbTail} from './cues.js'
import type {Comparison} from './types.js'

/** Verbs, longest first. */
const byLength = [...verbs].sort((a, b) => b.length - a.length)

/** How much of the end of a context is read. */
const maxContext = 80

/** How far back from the end of a context a verb may stand. */
const maxTail = 6

/** The basis of a rate: `按可比价格计算`, `按可比口径`, `可比价`. */
const priceBasis = /按?可比(?:价格|价|口径)(?:计算)?/gu

/**
 * Characters that are not part of an indicator at its start; a full stop
 * only at the start (`.2000年地方一般预算收入`, where a PDF used `.` to end the
 * sentence before).
 */
const leadingEdge = /[、“”"‘’（）()《》\-—…·*.．]/u
/** Characters that are not part of an indicator at its end. */
const trailingEdge = /[、“”"‘’（()《\-—…·]/u

/** Each opening quote or bracket and the mark that closes it. */
const closers: Readonly<Record<string, string>> = {'“': '”', '‘': '’', '（': '）', '(': ')', '《': '》', '"': '"'}
/** Each closing quote or bracket and the mark that opens it. */
const openers: Readonly<Record<string, string>> = {'”': '“', '’': '‘', '"': '"'}

/**
 * Trim the characters of `leadingEdge` and `trailingEdge` off a phrase,
 * except a quote or bracket whose partner is in the phrase:
 * `“十一五”期间城市化水平` keeps its opening quote, `“两基”` both.
 *
 * @param text
 *   Phrase.
 * @returns
 *   The phrase without its edges.
 */
function trimEdges(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && leadingEdge.test(text.charAt(start))) {
    const close = closers[text.charAt(start)]
    if (close !== undefined) {
      const at = text.indexOf(close, start + 1)
      if (at !== -1 && at < end) break
    }

    start++
  }

  while (end > start && trailingEdge.test(text.charAt(end - 1))) {
    const open = openers[text.charAt(end - 1)]
    if (open !== undefined && text.lastIndexOf(open, end - 2) >= start) break
    end--
  }

  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/** A context read as indicator, verb and comparison. */
export interface ClauseReading {
  /** The indicator phrase as written (edges trimmed), possibly empty. */
  indicator: string
  /** The verb, or `null`. */
  verb: string | null
  /** The comparison, or `null`. */
  comparison: Comparison | null
  /** Whether the context held words of a target (`力争`, `确保`) before the verb. */
  modal: string | null
}

/**
 * Read a context.
 *
 * @param context
 *   Words before a value, without white space (`今年全省地区生产总值增长`).
 * @returns
 *   Indicator, verb, comparison.
 *
 * @example
 * ```ts
 * readClause('城乡居民人均可支配收入分别增长')
 * // {indicator: '城乡居民人均可支配收入', verb: '增长', comparison: null, modal: '分别'}
 * ```
 */
export function readClause(context: string): ClauseReading {
  // An indicator phrase is short: reading only the end keeps every pattern linear.
  // `按可比价计算增长6%`: the price basis, not a comparison with `价计算`.
  let rest = context.slice(-maxContext).replace(priceBasis, '')
  rest = trimEdges(rest)
  let comparison: Comparison | null = null
  let verb: string | null = null

  const compared = comparisonTail.exec(rest)
  if (compared?.groups) {
    const {relA, refA, refB, relB} = compared.groups
    const relation = relA ?? relB ?? ''
    comparison = {relation: lowerWords.test(relation) ? 'lower' : 'higher', reference: trimEdges(refA ?? refB ?? '')}
    verb = relation
    rest = rest.slice(0, compared.index)
  } else if (fusedIndicator.test(rest)) {
    // `经济增长5%左右`: the verb is part of the name.
    verb = '增长'
  } else {
    const found = findVerb(rest)
    if (found) {
      verb = found.verb
      rest = rest.slice(0, found.start)
    }
  }

  // `生产总值由2002年的`: the base of the change is no part of the name; its
  // first word (`由`, `比`, `在`) is a modal word.
  let opens = ''
  const base = baseTail.exec(rest)
  if (base) {
    opens = base[0].charAt(0)
    rest = rest.slice(0, base.index)
  }

  let modal: string | null = null
  const modalMatch = modalWords.exec(rest)
  if (modalMatch) {
    modal = modalMatch[0]
    rest = rest.slice(0, modalMatch.index)
  }

  if (opens) modal = (modal ?? '') + opens

  // `居民消费价格涨幅控制在`: a second verb left before the first stays in the phrase.
  return {indicator: trimEdges(rest), verb, comparison, modal}
}

/**
 * @param context
 *   Context.
 * @returns
 *   The verb nearest the end with only tail words after it, or `undefined`.
 */
function findVerb(context: string): {verb: string; start: number} | undefined {
  const last = Math.max(0, context.length - maxTail)
  for (let end = context.length; end >= last; end--) {
    if (!verbTail.test(context.slice(end))) continue
    const head = context.slice(0, end)
    const verb = byLength.find((candidate) => head.endsWith(candidate))
    if (verb) return {verb, start: end - verb.length}
  }

  return undefined
}
