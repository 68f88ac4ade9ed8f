/**
 * Cue words of the indicator layer, as data: verbs, scope words, role cues,
 * comparison words. Each table has samples; extend a table, not the code.
 *
 * @module
 */

import {planStatement} from '../patterns.js'

/**
 * Verbs that stand between an indicator and its value, longest first so that
 * `控制在` wins over `控制`. Sample clauses: `增长5.5%左右`, `控制在5.5%以内`,
 * `突破2万亿元`, `回落3.1个百分点`, `稳定在480亿斤左右`, `涨幅3%左右`.
 */
export const verbs: ReadonlyArray<string> = [
  '控制在', '稳定在', '保持在', '提高到', '提升到', '增加到', '下降到', '降低到', '回升至', '回落至', '降至', '升至', '增至', '压减至', '压减到', '削减到', '达到了',
  '增长了', '下降了', '提高了', '实现了', '完成了', '突破了', '超过了', '负增长', '同比增长', '同比下降', '平均为',
  '设定为', '确定为', '安排为', '调整为', '调整到', '按', '增长', '增加', '下降', '降低', '减少', '削减', '压减', '回落', '上涨', '上升', '提高', '提升',
  '达到', '突破', '超过', '实现', '完成', '保持', '加快', '放缓', '回升', '涨幅', '增幅', '增速', '降幅', '为', '是', '达', '占', '扩大', '缩小',
  '力争', '争取', '确保', '新增', '净增', '净增加', '增产', '减产', '多增', '累计', '共', '拟', '约',
  '迈上', '跨上', '跨过', '跨越', '连跨', '跨入', '迈入', '迈过', '站上', '登上'
]

/**
 * Words allowed between a verb and its value: `增长了`, `分别增长`,
 * `平均为`, `控制在`. A verb counts only when nothing but these follows it.
 */
export const verbTail = /^(?:了|分别|分别为|为|到|至|在|达|约|近|超|共|同比|环比|年均|平均|全年|左右)*$/u

/** Words before the verb that belong to the verb phrase, not the indicator: `力争`, `确保`, `分别`. */
/**
 * The base of a change written between the indicator and its value:
 * `由2002年的`, `从“十二五”末的`, `比2000年的`, `在2010年的基础上`. Its first
 * character is kept as a modal word (`由`/`从` open a change; alone, each says the
 * previous indicator carries); the rest is no part of the name.
 */
export const baseTail =
  /(?:(?:由|从)(?:[0-9０-９]{4}年(?:末|底)?|上年|去年|上年末|“[^”]{2,6}”(?:末|期末|时期)?|[0-9０-９]{4}年“[^”]{2,6}”(?:末)?)的?|(?:比|较)(?:[0-9０-９]{4}年(?:末|底)?|“[^”]{2,6}”(?:末|期末)?)的?|在[0-9０-９]{4}年的?基础上)$/u

export const modalWords = /(?:力争|争取|确保|预计|预期|努力|继续|进一步|分别|同比|环比|仅|各(?=由|从)|先后|接连|相继|首次|一举|历史性地?|(?<![自理缘])由|从|比上年|年均|平均|累计|全年|实际|名义|(?<!人)均|将|要|拟|可|也|又|再|已)+$/u

/**
 * Scope and time words trimmed from the start of an indicator to make its
 * `normalized` form: `全省地区生产总值` → `地区生产总值`, `今年全市` → ``.
 * Samples: `建议`, `全省`, `全市`, `全区`, `全国`, `今年`, `全年`, `我省`, `其中`, `2021年`,
 * `“十一五”期间`, `十五期末`,
 * `同口径`, `按可比价格计算`, `计划安排`, `初步安排`, `初步核算`, `据统计`, `每年`.
 */
export const scopePrefix =
  /^(?:建议(?=今年|明年|全|本|我)|全省|全市|全区|全州|全县|全国|全盟|全社会(?=研发)|全年|今年|明年|去年|上年|当年|本年|年内|每年|我省|我市|我区|我县|本市|本省|其中|同时|正常年景下|同口径|按可比价格计算|按可比价计算|按可比口径|可比价|扣除[^，。；]{0,8}因素后?|此外|以及|并且|并|和|及|与|而|但|其|预计|[据经]?初步(?:核算|统计|测算)|据(?:统计|核算)|力争|确保|争取|努力|实现|完成|(?:全年)?(?:计划|初步)安排|主要预期目标是|预期目标是|[^，。；：]{0,12}?目标(?:是|为)[：:]?|“?(?:[六七八九十]|十[一二三四五])五”?(?:计划|规划)?(?:期间|时期|期末|末期|末|以来)|[0-9０-９X*]{2,4}年|[0-9０-９]{1,2}(?:[-—~至][0-9０-９]{1,2})?月(?:份)?|一季度|上半年|前三季度|四季度)+/u

/** Trailing words trimmed from an indicator: `居民消费价格涨幅` → `居民消费价格`, `经济增长目标` (`…目标建议`) → `经济增长`. */
export const measureSuffix = /(?:的)?(?:涨幅|增幅|增速|降幅|增长率|(?:预期)?目标建议|预期目标|目标|指数|总量|规模)$/u

/**
 * Striving idiom of a targets paragraph: `在实际工作中争取更好结果`,
 * `在实际工作中，我们将全力争取更好的结果`, `努力争取更好结果`.
 */
export const strivingClause =
  /(?:努力|尽可能)?在实际工作中[，,]?[^；。，]{0,14}?(?:争取|力争|完成得更)[^；。，]*|(?:努力|力争)?争取(?:更好|更优|更高|更快)的?(?:结果|成绩|水平|速度)/u

/** A higher rate striven for right after the target: `7%以上、力争8%` → `8`. */
export const stretchRate = /^[、，,]?并?(?:力争|争取)(?:实现|达到|增长)?(?<rate>[0-9]+(?:\.[0-9]+)?)[%％]/u

/**
 * Cues of a target, looked for in the clause before the value:
 * `力争`, `确保`, `目标`, `控制在`, `预期`, `今年`.
 */
export const targetCue = /力争|确保|目标|控制在|预期|争取|今年|明年|全年要|要实现|拟/u

/**
 * A statement of targets before the value, even where the classifier did not
 * mark the paragraph: `主要预期目标是：`, `主要调控目标是:`, `主要预期指标是：`,
 * `主要调控预期指标拟安排为:`, `主要奋斗目标的建议是：`, `主要预期目标和约束性指标是:`,
 * `今年计划：`, `今年全省计划：`.
 */
export const statedTargets = new RegExp(
  '(?:预期|调控|奋斗|主要|发展|总体|增长|增速|年度|全年)(?:目标|指标)[^：:。，；]{0,8}?(?:是|为|[:：])|' + planStatement,
  'u'
)

/**
 * Indicators whose name ends in the verb: `经济增长5%左右` is economic growth
 * of 5%, not `经济` growing. Samples: `经济增长`, `经济增速`.
 */
export const fusedIndicator = /经济(?:增长|增速)$/u

/** References of a comparison that are only the base of a growth rate: `比上年增长11%`. */
export const growthBase = /^(?:上年|去年|上年同期|去年同期|同期|前年)$/u

/** Cues of a closing-year estimate: `预计`. */
export const estimateCue = /预计/u

/** `预计（下同）`: the estimate scope extends to the following values of the paragraph. */
export const estimateScope = /预计[（(]下同[)）]/u

/**
 * Cues of someone else's forecast: `国际货币基金组织…预计`, `世界银行…下调`,
 * `预测`. (`亚太经合组织领导人非正式会议` is a meeting, not a forecaster.)
 */
export const forecastCue = /(?:国际货币基金组织|IMF|世界银行|(?<!亚太)经合组织|OECD)[^。]*?(?:预测|预计|预期|下调|上调)|预测/u

/** Cues of a reported result: `去年`, `完成了`, `同比`, `实现了`. */
export const resultCue = /去年|上年|过去|一年来|完成了|实现了|达到了|同比|增长了|下降了|累计|已/u

/**
 * A comparison at the end of a clause, before its value:
 * `高于全国`, `比上年提高`, `快于全省平均水平`, `分别高于年初计划`; not the
 * base of a rate (`同比提高`, `环比下降`) nor a word with 比 in it (`评比表彰项目分别压减`).
 */
export const comparisonTail =
  /(?:(?<relA>高于|低于|快于|慢于|超出|超过|领先|落后于?)(?<refA>[^，；。、]{1,14}?)|(?<![同环评占排类无])比(?<refB>[^，；。、]{1,14}?)(?<relB>提高|增长|增加|上升|下降|降低|减少|削减|压减|回落|高出?|低|快|慢|多|少))(?:了|分别|约)*$/u

/** Relation words that read `lower`; the rest read `higher`. */
export const lowerWords = /低|慢|落后|下降|降低|减少|削减|压减|回落|少/u

/** Connectors that join names in an indicator list: `城镇、农村`, `城镇和农村`, `一产、二产及三产`. */
export const listJoin = /、|和|及/u

/**
 * A count of work items written in Han numerals, not an indicator value:
 * `重点做好十一个方面工作`, `三项任务`, `两个第一`.
 */
export const workCount = /^[一二两三四五六七八九十]+(?:个|项|条|件|大|方面)?$/u

/**
 * Units that count things (`5000家`, `2-3个`, `1200户`): the words after such
 * a value name what is counted (`新增5000家规模以上工业企业`), never the
 * indicator it is a value of.
 */
/**
 * Verbs whose object follows the value (`引进500亿元社会资本`, `新建1万个5G基站`,
 * `培育30家龙头企业`), the whole of a context when nothing else precedes the
 * value.
 */
export const actionVerb =
  /^(?:引进|引入|吸引|招引|利用|撬动|带动|筹集|募集|发放|投放|投入|拨付|下达|安排|落实|新建|建成|建设|改造|新开工|开工|培育|打造|创建|引育|招聘|招录|培训|救助|资助|减免|新增|累计|共|加快|推进|实施|解决|转移|安置|吸纳|扶持|帮扶|抓好)了?$/u

export const countUnit = /^(?:家|个|户|项|座|条|所|台|辆|批|处|只|件|名|位|支|种|类|套|间|栋|张|次|场|期|轮)$/u

/** Units of a duration or an anniversary, not an indicator value: `一百周年`, `五年`, `近两年`. */
export const durationUnit = /^(?:年|周年)$/u

/** A paragraph that leads into a list of targets: `今年经济和社会发展的预期目标是：`, `主要预期目标是:`. */
export const targetsLead = /(?:目标|指标)[^。；，]{0,8}?(?:是|为)?[:：]$/u
