/**
 * Decide what a value is: a target, a result, an estimate, a plan or someone
 * else's forecast. The rules, first match wins:
 *
 * 1. a forecast cue in the sentence before the value (`国际货币基金组织`,
 *    `预测`) → `forecast`;
 * 2. in the targets paragraph → `target`;
 * 3. `预计` in the sentence before the value, or an earlier `预计（下同）` in
 *    the paragraph → `estimate` (about the closing year), but `forecast` in a
 *    `tasks` or `targets` section, where `预计` projects the coming year
 *    (`预计全年退税减税约2.5万亿元`);
 * 4. a statement of targets earlier in the sentence (`主要预期目标是：`,
 *    `主要调控目标是:`) → `target`;
 * 5. in a `review`, `situation` or `problems` section → `result`;
 * 6. a target cue in the clause (`力争`, `确保`, `目标`, `控制在`, `预期`) →
 *    `target`;
 * 7. a result cue in the clause (`去年`, `完成了`, `同比`) → `result`; in a
 *    `targets` or future section, not the base of a hedged rate
 *    (`比上年增长6%左右`, `同比增长6%左右`);
 * 8. in a `targets` section → `target`; in a `tasks`, `requirements` or
 *    `government` section → `plan`;
 * 9. otherwise → `result`.
 *
 * @module
 */

import {estimateCue, forecastCue, resultCue, statedTargets, targetCue} from './cues.js'
import type {Qualifier} from '../number/types.js'
import type {SectionLabel} from '../types.js'
import type {IndicatorRole} from './types.js'

/** What the role rules look at. */
export interface RoleInput {
  /** Whether the sentence is in the paragraph with `role: 'targets'`. */
  inTargetsParagraph: boolean
  /** Whether an earlier `预计（下同）` of the paragraph covers the value. */
  estimateScope: boolean
  /** The label of the innermost section, or `null`. */
  label: SectionLabel | null
  /** The clause up to the value (`今年全省地区生产总值增长`). */
  clause: string
  /** The sentence up to the value. */
  before: string
  /** The value's qualifier (`about` for `左右`), if known. */
  qualifier?: Qualifier | null
}

/** The base of a growth rate (`比上年`, `较去年同期`, `同比`), which says nothing of the value's time. */
const growthBaseWords = /(?:比|较)(?:上年|去年)(?:同期)?|同比/gu

/** Qualifiers of a planned value: `左右`, `以上`, `以内`, `以下`. */
const plannedQualifiers: ReadonlySet<Qualifier> = new Set(['about', 'atLeast', 'within', 'atMost'])

/** Sections whose values are reported, not planned. */
const pastSections: ReadonlySet<SectionLabel> = new Set(['review', 'situation', 'problems'])

/** Sections whose values are planned. */
const futureSections: ReadonlySet<SectionLabel> = new Set(['tasks', 'requirements', 'government'])

/**
 * Decide the role of a value.
 *
 * @param input
 *   Where the value stands and the words before it.
 * @returns
 *   The role.
 *
 * @example
 * ```ts
 * decideRole({inTargetsParagraph: false, estimateScope: false, label: 'review', clause: '国内生产总值达到', before: '国内生产总值达到'})
 * // 'result'
 * ```
 */
export function decideRole(input: RoleInput): IndicatorRole {
  if (forecastCue.test(input.before)) return 'forecast'
  if (input.inTargetsParagraph) return 'target'
  if (input.estimateScope || estimateCue.test(input.before)) {
    return input.label === 'tasks' || input.label === 'targets' ? 'forecast' : 'estimate'
  }
  if (statedTargets.test(input.before)) return 'target'
  if (input.label && pastSections.has(input.label)) return 'result'
  if (targetCue.test(input.clause)) return 'target'
  // `比上年增长6%左右`, `同比增长6%左右` among the tasks: with the hedge of a
  // plan, the base of the rate says nothing of its time (`比上年增长28.6%`
  // stays a result).
  const planned = input.qualifier != null && plannedQualifiers.has(input.qualifier) && input.label !== null && (input.label === 'targets' || futureSections.has(input.label))
  if (resultCue.test(planned ? input.clause.replace(growthBaseWords, '') : input.clause)) return 'result'
  if (input.label === 'targets') return 'target'
  if (input.label && futureSections.has(input.label)) return 'plan'
  return 'result'
}
