import {describe, it} from 'vitest'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** Percentages, percentage points, multiples and fractions, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['国内生产总值增长5.5%左右', {value: '5.5%左右', kind: 'percent', amount: 5.5, unit: '%', qualifier: 'about', qualifierText: '左右', approximate: true}],
  ['城镇调查失业率控制在5.5%以内', {value: '5.5%以内', kind: 'percent', amount: 5.5, qualifier: 'within', qualifierText: '以内', approximate: false}],
  ['居民消费价格涨幅3%左右', {value: '3%左右', kind: 'percent', amount: 3, qualifier: 'about'}],
  ['今年赤字率拟按2.8%左右安排', {value: '2.8%左右', kind: 'percent', amount: 2.8, coefficient: 2.8, scale: 1}],
  ['增长8.1%', {value: '8.1%', kind: 'percent', amount: 8.1, unit: '%', qualifier: null}],
  ['增长６％左右', {value: '６％左右', kind: 'percent', amount: 6, unit: '%', qualifier: 'about'}],
  ['增长5.5％', {value: '5.5％', kind: 'percent', amount: 5.5, unit: '%'}],
  ['增长１２．５％', {value: '１２．５％', kind: 'percent', amount: 12.5}],
  ['整体提升 6.8 %', {value: '6.8 %', kind: 'percent', amount: 6.8}],
  ['增长 7% 左右', {value: '7% 左右', kind: 'percent', amount: 7, qualifier: 'about'}],
  ['增长 -18.7%', {value: '-18.7%', kind: 'percent', amount: -18.7, coefficient: -18.7}],
  ['同比（-30%）', {value: '-30%', kind: 'percent', amount: -30}],
  ['增长－2.5%', {value: '－2.5%', kind: 'percent', amount: -2.5}],
  ['增速为负3.2%', {value: '负3.2%', kind: 'percent', amount: -3.2}],
  ['负增长 11.5%', {value: '11.5%', kind: 'percent', amount: -11.5, signText: '负增长'}],
  ['同比负增长2%', {value: '2%', kind: 'percent', amount: -2, signText: '负增长'}],
  ['研发投入增长7%以上', {value: '7%以上', kind: 'percent', amount: 7, qualifier: 'atLeast', qualifierText: '以上'}],
  ['降低3%以下', {value: '3%以下', kind: 'percent', amount: 3, qualifier: 'atMost'}],
  ['增长7%上下', {value: '7%上下', kind: 'percent', amount: 7, qualifier: 'about', approximate: true}],
  ['恢复不到 20%', {value: '不到 20%', kind: 'percent', amount: 20, qualifier: 'below', qualifierText: '不到'}],
  ['覆盖率超过85%', {value: '超过85%', kind: 'percent', amount: 85, qualifier: 'above'}],
  ['比重不低于60%', {value: '不低于60%', kind: 'percent', amount: 60, qualifier: 'atLeast', qualifierText: '不低于'}],
  ['涨幅不超过3%', {value: '不超过3%', kind: 'percent', amount: 3, qualifier: 'atMost'}],
  ['大约5%', {value: '大约5%', kind: 'percent', amount: 5, qualifier: 'about', qualifierText: '大约'}],
  ['完成任务的41.72%', {value: '41.72%', kind: 'percent', amount: 41.72}],
  ['施配建达标率100%', {value: '100%', kind: 'percent', amount: 100}],
  ['占比达到三成', {value: '三成', kind: 'percent', amount: 30, coefficient: 3, scale: 10, unit: '%'}],
  ['七成以上', {value: '七成以上', kind: 'percent', amount: 70, qualifier: 'atLeast'}],
  ['两成', {value: '两成', kind: 'percent', amount: 20}],
  ['百分之五', {value: '百分之五', kind: 'percent', amount: 5, unit: '%'}],
  ['提高百分之五点五', {value: '百分之五点五', kind: 'percent', amount: 5.5}],
  ['百分之百完成', {value: '百分之百', kind: 'percent', amount: 100}],
  ['下降2个百分点', {value: '2个百分点', kind: 'percentagePoint', amount: 2, unit: '个百分点'}],
  ['高于全省 2 个百分点', {value: '2 个百分点', kind: 'percentagePoint', amount: 2}],
  ['回落 3.8 个百分点', {value: '3.8 个百分点', kind: 'percentagePoint', amount: 3.8}],
  ['提高0.5百分点', {value: '0.5百分点', kind: 'percentagePoint', amount: 0.5, unit: '个百分点'}],
  ['高于目标2.9个\n\n百分点；', {value: '2.9个\n\n百分点', kind: 'percentagePoint', amount: 2.9}],
  ['提高三个百分点', {value: '三个百分点', kind: 'percentagePoint', amount: 3}],
  ['比计划高 0.37 个百分点', {value: '0.37 个百分点', kind: 'percentagePoint', amount: 0.37}],
  ['下降1个百分点以上', {value: '1个百分点以上', kind: 'percentagePoint', amount: 1, qualifier: 'atLeast'}],
  ['增长1.5倍', {value: '1.5倍', kind: 'multiple', amount: 1.5, unit: '倍'}],
  ['约为全国平均水平的2倍', {value: '2倍', kind: 'multiple', amount: 2}],
  ['增长一倍', {value: '一倍', kind: 'multiple', amount: 1}],
  ['扩大三倍', {value: '三倍', kind: 'multiple', amount: 3}],
  ['翻一番', {value: '翻一番', kind: 'multiple', amount: 2, unit: '倍'}],
  ['企业数量翻番', {value: '翻番', kind: 'multiple', amount: 2}],
  ['经济总量翻两番', {value: '翻两番', kind: 'multiple', amount: 4}],
  ['收入翻了一番', {value: '翻了一番', kind: 'multiple', amount: 2}],
  ['千分之三', {value: '千分之三', kind: 'fraction', amount: 0.003, coefficient: 3, unit: '‰'}],
  ['控制在3‰以内', {value: '3‰以内', kind: 'fraction', amount: 0.003, unit: '‰', qualifier: 'within'}],
  ['万分之五', {value: '万分之五', kind: 'fraction', amount: 0.0005}],
  ['仅恢复到原来的三分之一', {value: '三分之一', kind: 'fraction', amount: 1 / 3, coefficient: 1}],
  ['约占全省的1/3', {value: '1/3', kind: 'fraction', amount: 1 / 3, coefficient: 1, scale: 1 / 3}],
  ['占2／3以上', {value: '2／3以上', kind: 'fraction', amount: 2 / 3, qualifier: 'atLeast'}],
  ['近1/4', {value: '近1/4', kind: 'fraction', amount: 0.25, qualifier: 'near'}],
  ['占四分之三', {value: '四分之三', kind: 'fraction', amount: 0.75}],
  ['十分之一', {value: '十分之一', kind: 'fraction', amount: 0.1}]
]

describe('findQuantities: percents, points, multiples, fractions', () => {
  it.each(cases)('%s', (text, expected) => {
    expectOne(text, expected)
  })

  it('reads multiples and percents in one list', () => {
    expectAll('分别增长1.7倍、54.3%和53.2%', [
      {value: '1.7倍', kind: 'multiple', amount: 1.7},
      {value: '54.3%', kind: 'percent', amount: 54.3},
      {value: '53.2%', kind: 'percent', amount: 53.2}
    ])
  })

  it('reads a change from a negative value', () => {
    expectAll('由同期的 -36.06% 增至 5.37%，比计划高 0.37 个百分点', [
      {value: '-36.06%', amount: -36.06},
      {value: '5.37%', amount: 5.37},
      {value: '0.37 个百分点', kind: 'percentagePoint', amount: 0.37}
    ])
  })

  it('reads 分别高于 with references and point deltas', () => {
    expectAll('分别高于全国（6.8%）、全省（8.2%）、全市（8.4%）1.7、0.3、0.1 个百分点', [
      {value: '6.8%', amount: 6.8, list: null},
      {value: '8.2%', amount: 8.2},
      {value: '8.4%', amount: 8.4},
      {value: '1.7', kind: 'percentagePoint', amount: 1.7},
      {value: '0.3', kind: 'percentagePoint', amount: 0.3},
      {value: '0.1 个百分点', kind: 'percentagePoint', amount: 0.1}
    ])
  })
})
