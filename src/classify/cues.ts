/**
 * Cue words of section headings, as data.
 *
 * Each entry names a label, a pattern matched against the heading text (its
 * marker, Markdown and white space removed: `一、2021年 工作回顾` is read as
 * `2021年工作回顾`), a weight and a sample heading it matches. A heading's
 * score for a label is the sum of the weights of the entries that match it;
 * the highest score wins (see `score.ts`).
 *
 * Weights: `4` decides alone against anything but another `4`; `3` is a
 * decisive phrase (`工作回顾`, `总体要求`, `政府自身建设`); `2` a strong word
 * (`成绩`, `问题`, `任务`); `1` a hint (an action verb, a time word).
 *
 * To extend: add an entry with a sample; `test/classify/cues.test.ts` checks
 * that every pattern matches its sample. Patterns must stay linear-time:
 * literal alternations and bounded gaps (`[^，。]{0,8}`) only.
 *
 * @module
 */

import type {SectionLabel} from '../types.js'

/**
 * One cue: when `pattern` matches a text, `weight` is added to `label`.
 *
 * @example
 * ```ts
 * const cue: Cue = {label: 'review', pattern: /回顾/u, weight: 3, sample: '2021年工作回顾'}
 * ```
 */
export interface Cue {
  /** The label the cue speaks for. */
  label: SectionLabel
  /** What to look for (no `g`/`y` flags: it is tested with `exec`). */
  pattern: RegExp
  /** How much it counts: 1 (hint) to 4 (decisive). */
  weight: number
  /** A real text it matches (tests check it). */
  sample: string
}

/** A table of cues, in no particular order. */
export type CueTable = ReadonlyArray<Cue>

/** Cues read in a section heading. */
export const headingCues: CueTable = [
  // Review: past work and results.
  {label: 'review', pattern: /回顾/u, weight: 3, sample: '2021年工作回顾'},
  {label: 'review', pattern: /肯定/u, weight: 3, sample: '上半年经济工作值得充分肯定'},
  {label: 'review', pattern: /客观(?:估价|评价|评估)/u, weight: 3, sample: '客观估价20XX年经济工作'},
  {label: 'review', pattern: /(?<!提高|提升|增强|注重|讲求|实际|工作)(?:成效|成绩|成就)|亮点|喜人/u, weight: 3, sample: '2021年主要工作和成效'},
  {label: 'review', pattern: /总结|盘点/u, weight: 2, sample: '全面盘点总结，准确掌握上半年经济运行态势'},
  {label: 'review', pattern: /(?:工作|完成|开展|运行|执行|指标)情况/u, weight: 2, sample: '辩证分析一季度经济运行情况'},
  {label: 'review', pattern: /取得(?:了|阶段性|重大|显著|明显|新的|积极)|开局良好|良好开局|迈出[^，。]{0,4}步伐|成果丰硕|得到[^，。]{0,6}(?:落实|改善|加强|提高)/u, weight: 2, sample: '攻坚克难，“十二五”经济社会发展开局良好'},
  {label: 'review', pattern: /(?:经济|主要)(?:数据|指标)/u, weight: 2, sample: '全市主要经济数据分析'},
  {label: 'review', pattern: /过去(?:一年|五年|的一年|的五年)|一年来|本届政府/u, weight: 2, sample: '过去一年工作回顾'},
  {label: 'review', pattern: /(?:上半年|一季度|前三季度|今年以来|年初以来)[^，。]{0,6}(?:经济|工作)/u, weight: 1, sample: '上半年经济工作值得充分肯定'},

  // Targets: general requirements and expected targets.
  {label: 'targets', pattern: /总体要求|总的要求|基本要求|目标要求|要求和(?:主要|预期)?目标/u, weight: 3, sample: '2022年经济社会发展总体要求和政策取向'},
  {label: 'targets', pattern: /预期目标|主要目标|政策取向|奋斗目标/u, weight: 3, sample: '2022年工作总体要求和主要目标'},
  {label: 'targets', pattern: /目标任务|目标和(?:主要)?任务|目标与任务/u, weight: 3, sample: '2022年主要目标任务'},
  {label: 'targets', pattern: /主要考虑|总体考虑|远景目标/u, weight: 2, sample: '“十三五”发展的主要考虑'},
  {label: 'targets', pattern: /明确[^，。]{0,10}目标|发展目标|工作目标|指导思想|总体思路/u, weight: 3, sample: '明确明年经济工作目标'},

  // Tasks: the year's work and measures.
  {label: 'tasks', pattern: /工作任务|主要任务|重点任务|重大任务|工作安排|工作部署|重点工作/u, weight: 3, sample: '2022年政府工作任务'},
  {label: 'tasks', pattern: /任务|安排|部署|打算|举措|措施|建议|主要工作|工作重点|工作思路/u, weight: 2, sample: '下一步工作打算'},
  {label: 'tasks', pattern: /(?:冲刺|实现|完成|确保|围绕|紧盯|盯紧|咬定|对标|赶超)[^，。]{0,8}目标/u, weight: 4, sample: '紧盯既定目标全力赶超'},
  {label: 'tasks', pattern: /(?:解决|化解|破解|补齐|补足)[^，。]{0,12}(?:问题|困难|矛盾|短板)/u, weight: 4, sample: '认真解决群众生活困难问题'},
  {label: 'tasks', pattern: /下一步|下步|下阶段|下半年|四季度|明年|新的一年|新一年/u, weight: 2, sample: '三、第四季度重点工作'},
  {label: 'tasks', pattern: /今年(?!以来)|[0-9X]{4}年[^，。]{0,4}工作$/u, weight: 1, sample: '着力抓好今年工作'},
  {label: 'tasks', pattern: /开好局|起好步|(?:努力|奋力|力争|争取|确保|全力)实现[^，。]{0,12}良好开局/u, weight: 3, sample: '努力实现“十一五”规划良好开局'},
  {label: 'tasks', pattern: /(?:今年|明年|[0-9X]{4}年)的?各项工作/u, weight: 2, sample: '全面加大今年各项工作力度，实现“十一五”发展良好开局'},
  {label: 'tasks', pattern: /做好|抓好|抓实|推进|推动|加快|着力|全力|扎实|实施|狠抓|聚焦|强化|深化|促进|保持|发挥|抓(?!落实)/u, weight: 1, sample: '聚焦项目抓投资'},
  // A heading that opens with a verb of doing states a task (`改善基层医疗卫生服务`);
  // a review heading states a result (`基础设施明显改善`).
  {
    label: 'tasks',
    pattern: /^(?:(?:切实|大力|进一步|认真|积极|努力|不断|继续|全面|着力|持续)?(?:加强|改善|加大|提高|开拓|拓宽|发展壮大|大力发展|关心|构建|营造|维护|调整|搞好|实行|贯彻))/u,
    weight: 1,
    sample: '改善基层医疗卫生服务'
  },
  {label: 'tasks', pattern: /(?:抓好|做好|抓实|推进)[^，。]{0,14}工作|关于[^，。]{0,20}工作$/u, weight: 2, sample: '分析形势，乘势而上，突出抓好20XX年各项工作'},
  {label: 'tasks', pattern: /改革|开放|项目|投资|消费|产业|工业|农业|民生|招商|营商环境|乡村振兴|城镇化|生态|社会事业|科技|创新|教育|就业|脱贫|扶贫|精神文明|民主法制|法治|社会治理|和谐稳定|今后五年|未来五年/u, weight: 1, sample: '关于营商环境'},
  {label: 'tasks', pattern: /怎么干|干什么/u, weight: 3, sample: '下一步工作“怎么干”'},

  // Situation: analysis of the economic situation.
  {label: 'situation', pattern: /形势/u, weight: 3, sample: '关于当前经济形势'},
  {label: 'situation', pattern: /态势|研判|大势|机遇|喜与忧|喜忧|怎么看|基本面/u, weight: 2, sample: '准确把握今年以来经济发展态势'},
  {label: 'situation', pattern: /当前|面临/u, weight: 1, sample: '我省当前经济运行当中的喜与忧'},

  // Problems: difficulties, shortcomings, gaps.
  {label: 'problems', pattern: /(?:困难|问题|不足|挑战|矛盾|短板|风险)(?:和|与|、)(?:困难|问题|不足|挑战|矛盾|短板|风险)|困难挑战/u, weight: 3, sample: '辩证看待经济运行中的困难和问题'},
  {label: 'problems', pattern: /问题|不足|差距|短板|堵点|难点|痛点|困难|隐忧/u, weight: 2, sample: '清醒认识问题，抢抓发展机遇'},
  {label: 'problems', pattern: /正视|清醒认识|不容忽视/u, weight: 1, sample: '正视不足、坚定信心'},

  // Requirements: party leadership, work style, implementation.
  {label: 'requirements', pattern: /党对[^，。]{0,6}工作的(?:全面)?领导/u, weight: 4, sample: '加强党对经济工作的全面领导'},
  {label: 'requirements', pattern: /党的(?:全面)?领导|党的建设|从严治党|党风廉政|组织领导/u, weight: 2, sample: '坚持党的全面领导，切实加强政府自身建设'},
  {label: 'requirements', pattern: /作风|抓落实|工作落实|任务落实|责任落实|落到实处|落实会议精神|狠抓落实|推动落实/u, weight: 3, sample: '以过硬作风推动工作落实'},
  {label: 'requirements', pattern: /保障$|组织保障|保障措施/u, weight: 2, sample: '“居安思危，未雨绸缪”，筑牢高质量发展保障'},
  {label: 'requirements', pattern: /担当|干部|精气神|干劲|凝聚[^，。]{0,6}合力|思想统一/u, weight: 2, sample: '鼓足干劲强化担当，不断提振精气神'},

  // Government: the government's own conduct.
  {label: 'government', pattern: /政府(?:自身)?(?:的)?(?:改革和)?建设|自身建设|(?:人民|人民群众)满意的?(?:服务型)?政府/u, weight: 4, sample: '全面加强政府自身建设'},
  {label: 'government', pattern: /政府治理|政府(?:工作)?(?:效能|水平)|政府职能|依法行政|公信力|执行力|(?:服务型|法治|廉洁|责任|创新|效能)政府|对人民负责的政府|政府工作作风|政府行政能力|行政效能|改进政府工作/u, weight: 3, sample: '努力提升政府治理效能和服务水平'},
  {label: 'government', pattern: /治理(?:体系和治理)?能力/u, weight: 1, sample: '大力提升政府治理体系和治理能力现代化水平'},
  {label: 'government', pattern: /廉政建设|政风建设|勤政廉政|廉洁从政|廉洁行政|反腐倡廉|清正廉洁|秉公用权|清廉政府|为民务实|履职能力|政绩观|公务员队伍|充满希望的政府/u, weight: 3, sample: '建设为民务实清廉政府'},
  {label: 'government', pattern: /(?:建设|打造|建成|建立)[^，。；]{0,16}政府[。.]?$|政府工作的?[^，。、；]{0,6}(?:水平|能力)/u, weight: 3, sample: '努力建设“廉洁、勤政、务实、高效”的政府'}
]
