/**
 * Units written after a number, as data.
 *
 * Add a row to teach `findQuantities` a unit. `unit` is what the quantity
 * records (normalised: `％` and `%` are both `%`; `百分点` is `个百分点`).
 * Scales (`万`, `亿`) are not units: see `scales` in `tables.ts`.
 *
 * @module
 */

import {createMatcher} from './matcher.js'
import type {QuantityKind} from './types.js'

/** One unit. */
export interface UnitEntry {
  /** Written form, matched longest first. */
  readonly text: string
  /** Unit recorded on the quantity. */
  readonly unit: string
  /** Kind the unit gives (default `number`). */
  readonly kind?: QuantityKind
  /** Power of ten the unit multiplies by: `成` (30% for `三成`) is 1, `‰` is -3. */
  readonly exp?: number
  /**
   * Whether a bare small Han numeral (二 to 十) may take this unit. Measures do
   * (`三倍`, `五公里`); classifiers do not, as `五个湘西`, `三项制度` are names.
   */
  readonly small?: boolean
  /** Whether the unit may follow its number across a line break (`9.53⏎⏎亿元`). */
  readonly strong?: boolean
  /** Characters that, right after the unit, mean it is not one (`一成不变`). */
  readonly notBefore?: string
  /** Whether only Arabic numerals take it (`90分`, but not `十分重要`). */
  readonly arabicOnly?: boolean
  /** A sample. */
  readonly sample: string
}

/** Units in Han script and symbols. */
export const units: readonly UnitEntry[] = [
  // Percent and friends.
  {text: '%', unit: '%', kind: 'percent', small: true, strong: true, sample: '5.5%'},
  {text: '％', unit: '%', kind: 'percent', small: true, strong: true, sample: '６％'},
  {text: '‰', unit: '‰', kind: 'fraction', exp: -3, small: true, strong: true, sample: '3‰'},
  {text: '‱', unit: '‱', kind: 'fraction', exp: -4, small: true, strong: true, sample: '5‱'},
  {text: '个百分点', unit: '个百分点', kind: 'percentagePoint', small: true, strong: true, sample: '2个百分点'},
  {text: '百分点', unit: '个百分点', kind: 'percentagePoint', small: true, strong: true, sample: '0.5百分点'},
  {text: '倍', unit: '倍', kind: 'multiple', small: true, sample: '1.5倍'},
  {
    text: '成',
    unit: '%',
    kind: 'percent',
    exp: 1,
    small: true,
    notBefore: '不员果效绩为立交功本熟就长型都品套片语份分',
    sample: '三成'
  },
  // Money.
  {text: '元', unit: '元', small: true, strong: true, sample: '114万亿元'},
  {text: '美元', unit: '美元', small: true, strong: true, sample: '3000亿美元'},
  {text: '欧元', unit: '欧元', small: true, sample: '20亿欧元'},
  {text: '日元', unit: '日元', small: true, sample: '5万日元'},
  {text: '港元', unit: '港元', small: true, sample: '10亿港元'},
  {text: '港币', unit: '港币', small: true, sample: '10亿港币'},
  {text: '英镑', unit: '英镑', small: true, sample: '1亿英镑'},
  // Area, length, volume, mass.
  {text: '亩', unit: '亩', small: true, sample: '18亿亩'},
  {text: '公顷', unit: '公顷', small: true, sample: '3万公顷'},
  {text: '平方公里', unit: '平方公里', small: true, sample: '684 平方公里'},
  {text: '平方千米', unit: '平方千米', small: true, sample: '50平方千米'},
  {text: '平方米', unit: '平方米', small: true, sample: '120万平方米'},
  {text: '平米', unit: '平方米', small: true, sample: '90平米'},
  {text: '立方米', unit: '立方米', small: true, sample: '5亿立方米'},
  {text: '方', unit: '立方米', notBefore: '面式案向法针位便式正舱', sample: '200万方'},
  {text: '公里', unit: '公里', small: true, sample: '5000公里'},
  {text: '千米', unit: '千米', small: true, sample: '3千米'},
  {text: '米', unit: '米', small: true, notBefore: '粮', sample: '100米'},
  {text: '厘米', unit: '厘米', small: true, sample: '5厘米'},
  {text: '毫米', unit: '毫米', small: true, sample: '600毫米'},
  {text: '吨', unit: '吨', small: true, sample: '1.3亿吨'},
  {text: '千克', unit: '千克', small: true, sample: '50千克'},
  {text: '公斤', unit: '公斤', small: true, sample: '500公斤'},
  {text: '斤', unit: '斤', small: true, sample: '1.37万亿斤'},
  {text: '克', unit: '克', small: true, notBefore: '服', sample: '5克'},
  {text: '毫克', unit: '毫克', small: true, sample: '3毫克'},
  {text: '微克', unit: '微克', small: true, sample: '30微克/立方米'},
  {text: '升', unit: '升', small: true, notBefore: '级值高温', arabicOnly: true, sample: '500升'},
  {text: '毫升', unit: '毫升', small: true, sample: '250毫升'},
  // Energy and power.
  {text: '千瓦时', unit: '千瓦时', small: true, sample: '1000亿千瓦时'},
  {text: '千瓦', unit: '千瓦', small: true, sample: '300万千瓦'},
  {text: '兆瓦', unit: '兆瓦', small: true, sample: '50兆瓦'},
  {text: '瓦', unit: '瓦', small: true, arabicOnly: true, sample: '100瓦'},
  {text: '千伏', unit: '千伏', small: true, sample: '500千伏'},
  {text: '度', unit: '度', small: true, arabicOnly: true, sample: '5亿度'},
  {text: '标箱', unit: '标箱', small: true, sample: '4000万标箱'},
  {text: '标准箱', unit: '标准箱', small: true, sample: '100万标准箱'},
  // Time spans (dates are read before units; these are durations).
  {text: '年', unit: '年', small: true, notBefore: '级', sample: '5年'},
  {text: '个月', unit: '个月', small: true, sample: '6个月'},
  {text: '天', unit: '天', small: true, sample: '30天'},
  {text: '小时', unit: '小时', small: true, sample: '24小时'},
  {text: '分钟', unit: '分钟', small: true, sample: '15分钟'},
  {text: '周', unit: '周', small: true, notBefore: '边围年期转', arabicOnly: true, sample: '2周'},
  {text: '周年', unit: '周年', small: true, sample: '70 周年'},
  {text: '岁', unit: '岁', small: true, sample: '60岁'},
  {text: '周岁', unit: '周岁', small: true, sample: '18周岁'},
  {text: '分', unit: '分', arabicOnly: true, notBefore: '之钟', sample: '90分'},
  // Counting words (classifiers): Arabic or bigger Han numerals only.
  {text: '个', unit: '个', sample: '1000个'},
  {text: '项', unit: '项', sample: '45项'},
  {text: '家', unit: '家', notBefore: '庭乡园', sample: '16家'},
  {text: '户', unit: '户', notBefore: '籍口', sample: '五万户'},
  {text: '户次', unit: '户次', sample: '3万户次'},
  {text: '人', unit: '人', notBefore: '民大才员口类', sample: '1100万人'},
  {text: '人次', unit: '人次', sample: '5万人次'},
  {text: '名', unit: '名', notBefore: '单称额义片牌录', sample: '300名'},
  {text: '位', unit: '位', notBefore: '于置数', sample: '20位'},
  {text: '次', unit: '次', notBefore: '数序要生', sample: '20余次'},
  {text: '批', unit: '批', notBefore: '准复示评', sample: '3批'},
  {text: '批次', unit: '批次', sample: '2 批次'},
  {text: '件', unit: '件', notBefore: '事', sample: '876件'},
  {text: '条', unit: '条', notBefore: '件例款', sample: '4 条'},
  {text: '座', unit: '座', notBefore: '谈', sample: '12座'},
  {text: '所', unit: '所', notBefore: '有在属以得需谓', sample: '20所'},
  {text: '台', unit: '台', notBefore: '湾阶', sample: '500台'},
  {text: '辆', unit: '辆', sample: '2万辆'},
  {text: '架', unit: '架', notBefore: '构', sample: '10架'},
  {text: '艘', unit: '艘', sample: '5艘'},
  {text: '列', unit: '列', notBefore: '入为车', sample: '3列'},
  {text: '套', unit: '套', notBefore: '餐', sample: '5000套'},
  {text: '只', unit: '只', notBefore: '要有是能', sample: '100只'},
  {text: '头', unit: '头', notBefore: '部等', sample: '50万头'},
  {text: '张', unit: '张', notBefore: '力', sample: '300张'},
  {text: '部', unit: '部', notBefore: '门署分', sample: '3部'},
  {text: '篇', unit: '篇', notBefore: '章幅', sample: '12篇'},
  {text: '处', unit: '处', notBefore: '理置于在罚', sample: '40处'},
  {text: '场', unit: '场', notBefore: '景所地合', sample: '10场'},
  {text: '场次', unit: '场次', sample: '200场次'},
  {text: '栋', unit: '栋', sample: '30栋'},
  {text: '间', unit: '间', notBefore: '接', sample: '5间'},
  {text: '株', unit: '株', sample: '1000万株'},
  {text: '棵', unit: '棵', sample: '100棵'},
  {text: '笔', unit: '笔', notBefore: '记', sample: '3笔'},
  {text: '份', unit: '份', notBefore: '额子', sample: '500份'},
  {text: '轮', unit: '轮', notBefore: '胎换', sample: '3轮'},
  {text: '宗', unit: '宗', notBefore: '旨教', sample: '60宗'},
  {text: '起', unit: '起', notBefore: '来步点草飞到', sample: '156起'},
  {text: '例', unit: '例', notBefore: '如外行', sample: '10例'},
  {text: '种', unit: '种', notBefore: '植子类业养', sample: '30种'},
  {text: '方面', unit: '方面', sample: '6方面'},
  {text: '类', unit: '类', notBefore: '型似', sample: '5类'},
  {text: '床', unit: '床', sample: '500床'},
  {text: '所学校', unit: '所', sample: '12所学校'},
  {text: '口', unit: '口', notBefore: '岸径号罩', sample: '200万口'}
]

/** Latin units, matched only when no Latin letter follows (`100km`, not `5G`). */
export const latinUnits: readonly UnitEntry[] = [
  {text: 'km', unit: 'km', small: true, sample: '100km'},
  {text: 'kg', unit: 'kg', small: true, sample: '50kg'},
  {text: 'kW', unit: 'kW', small: true, sample: '300kW'},
  {text: 'kWh', unit: 'kWh', small: true, sample: '10kWh'},
  {text: 'MW', unit: 'MW', small: true, sample: '50MW'},
  {text: 'GW', unit: 'GW', small: true, sample: '3GW'},
  {text: 'GWh', unit: 'GWh', small: true, sample: '2GWh'},
  {text: 'TEU', unit: 'TEU', small: true, sample: '4000万TEU'},
  {text: 'GB', unit: 'GB', small: true, sample: '5GB'},
  {text: 'TB', unit: 'TB', small: true, sample: '2TB'},
  {text: 'Mbps', unit: 'Mbps', small: true, sample: '100Mbps'},
  {text: 'm²', unit: 'm²', small: true, sample: '90m²'},
  {text: 'm³', unit: 'm³', small: true, sample: '500m³'}
]

/** Longest unit written at an offset. */
export const matchUnit = createMatcher(units)

/** Longest Latin unit written at an offset. */
export const matchLatinUnit = createMatcher(latinUnits)
