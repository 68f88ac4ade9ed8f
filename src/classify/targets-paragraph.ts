/**
 * Recognise the paragraph that states the year's targets.
 *
 * Two ways in:
 *
 * * **stated**: a cue phrase (`主要预期目标是：`, `预期目标为：`) followed by
 *   target values (`增长5.5%左右`, `控制在5.5%以内`);
 * * **unstated**: no cue phrase, but the paragraph is dense in qualified
 *   values about this year (`综合考虑各方面因素，今年全省地区生产总值增长6.5%左右，
 *   …`).
 *
 * Both are refused when the paragraph looks back at last year's targets
 * (`全面完成年初确定的预期目标`) or quotes someone else's forecast
 * (`国际货币基金组织…下调今年全球经济增长预期至4.4%以下`).
 *
 * The number module is not used here: a light pattern for `数字%左右` is
 * enough to count values, and keeps the classifier independent of it.
 *
 * @module
 */

import {planStatement} from '../patterns.js'

/** A number as written in targets, digits possibly masked: `5.5`, `*.*`, `1100`, `XX`. */
// A number starts where a run of digits (or masks) starts: without the
// lookbehind, a long run of `*` with no unit after it is retried from every
// position, which is quadratic.
const number = '(?<![0-9０-９X*＊])[0-9０-９X*＊]+(?:[.．][0-9０-９X*＊]+)?'

/**
 * A stated-targets cue. Samples: `主要预期目标是：`, `经济增长预期目标为：`,
 * `主要预期目标建议为：`, `主要目标是：`, `预期目标：`, `**主要预期目标**是：`,
 * and the plan of the year before a colon (`今年计划：`, `今年全省计划：`,
 * `明年的主要计划指标是：`).
 */
const statedCue = new RegExp(
  '(?:预期|主要|发展|经济|工作)目标\\*{0,2}(?:建议|初步|拟)?(?:是|为|定为|确定为)|(?:预期|主要)目标\\*{0,2}[:：]|' + planStatement,
  'u'
)

/**
 * A value with a target qualifier. Samples: `5.5%左右`, `1100万人以上`,
 * `5.5%以内`, `*.*％以上`, `3%以下`.
 */
const qualifiedValue = new RegExp(number + '(?:[%％]|个百分点|[万亿]*[人元斤吨户家个])?(?:左右|以上|以内|以下)', 'gu')

/**
 * A growth clause: a change verb, a few characters, a rate. Samples:
 * `增长6.5%`, `增长 8%`, `涨幅控制在3%`, `控制在5.5%`, `增速高于…2个百分点`.
 */
const growthClause = new RegExp('(?:增长|增速|涨幅|提高|下降|降低|控制在|稳定在|保持在)[^，。；]{0,6}?' + number + '(?:[%％]|个百分点)', 'gu')

/** How far into an unstated paragraph its first growth clause may start. */
const earlyClause = 60

/** Words that place the values in the coming year. Samples: `今年`, `明年`, `全年`. */
const comingYear = /今年|明年|全年|新的一年/u

/**
 * A targets idiom that needs no cue phrase. Samples:
 * `在实际工作中尽可能争取更好结果`, `在实际工作中力争更好结果`.
 */
const strivingIdiom = /在实际工作中[^。；]{0,8}(?:争取|力争)/u

/**
 * Looking back at targets already met or missed. Samples:
 * `全面完成年初确定的预期目标`, `与年初预期目标有差距`, `低于年初预期`.
 */
const pastTargets = /(?:完成|实现|超过|超额|差距|低于|高于)[^。，]{0,10}(?:年初|既定|预期)|(?:年初|去年)[^。，]{0,8}(?:确定|预期|目标)/u

/**
 * Marks of a review, counted. Samples: `去年`, `一年来`, `预计`, `同比`,
 * `完成了`, `上半年`, `前三季度`, `居全省第`.
 */
const pastMark = /去年|上年|一年来|过去|预计|同比|完成了|实现了|达到了|以来|上半年|前三季度|一季度|[0-9]+-[0-9]+月|居全|排名|排位/gu

/**
 * Someone else's forecast. Samples: `国际货币基金组织（IMF）`, `世界银行`,
 * `下调…预期`, `预测`.
 */
const externalForecast = /国际货币基金组织|IMF|世界银行|经合组织|OECD|联合国|预测|下调|上调/u

/** White space of any kind. */
const space = /[\s\u3000\u00A0]+/gu

/**
 * What every statement of targets holds somewhere (white space may split it):
 * a rate sign or `百分点` (growth clauses), or a target qualifier (`左右`,
 * `以上`, `以内`, `以下`). Most paragraphs hold none and are refused at once.
 */
const valueHint = /[%％]|百[\s\u3000\u00A0]*分[\s\u3000\u00A0]*点|左[\s\u3000\u00A0]*右|以[\s\u3000\u00A0]*[上内下]/u

/** A rate sign or `百分点` (white space allowed inside), as a growth clause ends. */
const rateSign = /[%％]|百[\s\u3000\u00A0]*分[\s\u3000\u00A0]*点/gu

/** What is known of a paragraph as a targets statement. */
export interface TargetsEvidence {
  /** `stated` (cue phrase), `unstated` (dense values about this year) or `none`. */
  kind: 'stated' | 'unstated' | 'none'
  /** Growth clauses plus values with a qualifier, minus past marks. */
  score: number
}

/**
 * Weigh a paragraph's text as the statement of the year's targets.
 *
 * @param text
 *   The paragraph's text.
 * @param inTargets
 *   Whether the paragraph sits in a section labelled `targets`: then two
 *   growth rates make a statement without a cue phrase.
 * @returns
 *   Whether it states targets, and how densely.
 *
 * @example
 * ```ts
 * targetsEvidence('今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上')
 * // {kind: 'stated', score: 2}
 * ```
 */
export function targetsEvidence(text: string, inTargets = false): TargetsEvidence {
  // Without a rate or a qualifier there is no value to count (`values` and
  // `clauses` below would be 0): the common case, decided without copying.
  if (!valueHint.test(text)) return {kind: 'none', score: 0}
  // Without `目` there is no cue phrase (`…目标是`), and then two growth
  // clauses are needed, each with a rate sign or `百分点`.
  if (!text.includes('目') && !atLeastTwo(text, rateSign)) return {kind: 'none', score: 0}
  const flat = text.replace(space, '')
  if (externalForecast.test(flat)) return {kind: 'none', score: 0}

  const cue = statedCue.exec(flat)
  if (cue) {
    // A cue after a look back (`完成年初确定的预期目标`) is not a statement.
    const before = flat.slice(Math.max(0, cue.index - 16), cue.index + cue[0].length)
    if (pastTargets.test(before)) return {kind: 'none', score: 0}
    const values = Math.max(count(flat, qualifiedValue), count(flat, growthClause))
    return values >= 1 ? {kind: 'stated', score: values} : {kind: 'none', score: 0}
  }

  // Outside a targets section, only values about the coming year count.
  const ahead = comingYear.test(flat) || strivingIdiom.test(flat)
  if (!inTargets && !ahead) return {kind: 'none', score: 0}
  // Without a cue, both ways below need at least two growth clauses.
  const clauses = count(flat, growthClause)
  if (clauses < 2) return {kind: 'none', score: 0}
  if (pastTargets.test(flat) && !strivingIdiom.test(flat)) return {kind: 'none', score: 0}
  const qualified = count(flat, qualifiedValue)
  const past = count(flat, pastMark)
  const score = clauses + qualified - past
  // In a section about targets, two growth rates are enough.
  if (inTargets && past <= 1) return {kind: 'unstated', score}

  /**
   * Dense in growth rates about the coming year, from its first words.
   *   > | 综合考虑各方面因素，今年全省地区生产总值增长6.5%左右，…
   *                                  ^^^^^^^^^^^ within `earlyClause`
   */
  growthClause.lastIndex = 0
  const first = growthClause.exec(flat)
  const early = first !== null && first.index <= earlyClause
  if (ahead && early && clauses >= 3 && qualified >= 1 && past <= 1) return {kind: 'unstated', score}
  return {kind: 'none', score: 0}
}

/**
 * @param text
 *   Text.
 * @param pattern
 *   Global pattern.
 * @returns
 *   Whether it matches at least twice (stops at the second match).
 */
function atLeastTwo(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0
  return pattern.test(text) && pattern.test(text)
}

/**
 * @param text
 *   Text.
 * @param pattern
 *   Global pattern.
 * @returns
 *   How many times it matches.
 */
function count(text: string, pattern: RegExp): number {
  pattern.lastIndex = 0
  let found = 0
  while (pattern.exec(text)) found++
  return found
}
