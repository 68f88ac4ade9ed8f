/**
 * Cue words of section bodies, as data: read in the opening text of a
 * section (its first paragraphs) when its heading says too little.
 *
 * Same shape and rules as the heading cues (`cues.ts`); weights are lower,
 * because a body mentions many things. Tense matters most: a body that opens
 * with `过去一年` or `预计` looks back, one that opens with `今年…要` looks
 * ahead.
 *
 * @module
 */

import type {CueTable} from './cues.js'

/** Cues read in the first paragraphs of a section. */
export const contentCues: CueTable = [
  // Looking back.
  {label: 'review', pattern: /过去一年|过去五年|一年来|五年来|去年|上年|回顾/u, weight: 2, sample: '过去一年，面对复杂严峻的国内外环境…'},
  {label: 'review', pattern: /预计/u, weight: 1, sample: '预计全年地区生产总值增长8%左右'},
  {label: 'review', pattern: /取得了|完成了|实现了|同比增长|比上年/u, weight: 1, sample: '全年实现地区生产总值1.2万亿元，同比增长6.5%'},

  // Looking ahead.
  {label: 'tasks', pattern: /(?:今年|明年|下半年|下一步|四季度|新的一年|全年)[^。]{0,30}(?:要|着力|坚持|必须|抓好|做好|力争|确保)/u, weight: 2, sample: '今年要着力抓好以下工作'},
  {label: 'tasks', pattern: /做好(?:今年|明年|全年|[0-9X]{4}年)[^。]{0,6}工作/u, weight: 2, sample: '做好今年工作，必须坚持…'},

  // The year's targets.
  {label: 'targets', pattern: /主要预期目标|预期目标(?:是|为)|总体要求是|总的要求是/u, weight: 3, sample: '今年经济社会发展主要预期目标是：…'},
  {label: 'targets', pattern: /增长[0-9X*]+(?:\.[0-9X*]+)?[%％](?:左右|以上)/u, weight: 1, sample: '地区生产总值增长6.5%左右'},

  // The situation.
  {label: 'situation', pattern: /形势|国内外|国际环境|宏观经济|世界经济/u, weight: 1, sample: '当前经济形势总体平稳'},

  // Problems.
  {label: 'problems', pattern: /困难|问题|不足|短板|差距|压力|挑战/u, weight: 1, sample: '我们也清醒看到，发展中还存在一些困难和问题'},

  // Requirements.
  {label: 'requirements', pattern: /作风|抓落实|干部|担当|党的领导/u, weight: 1, sample: '各级干部要转变作风、狠抓落实'},

  // Government.
  {label: 'government', pattern: /政府自身|政府系统|依法行政|廉洁|政务/u, weight: 1, sample: '政府系统要坚持依法行政'}
]
