import {describe, expect, it} from 'vitest'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** Amounts with scales and units, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['城镇新增就业1100万人以上', {value: '1100万人以上', kind: 'number', amount: 11_000_000, unit: '人', coefficient: 1100, scale: 10_000, qualifier: 'atLeast', qualifierText: '以上'}],
  ['粮食产量保持在1.3万亿斤以上', {value: '1.3万亿斤以上', amount: 1_300_000_000_000, coefficient: 1.3, scale: 1e12, unit: '斤'}],
  ['粮食产量1.37万亿斤', {value: '1.37万亿斤', amount: 1_370_000_000_000, unit: '斤'}],
  ['国内生产总值达到114万亿元', {value: '114万亿元', amount: 114_000_000_000_000, unit: '元', coefficient: 114, scale: 1e12}],
  ['实现 9.53\n\n亿元。', {value: '9.53\n\n亿元', amount: 953_000_000, unit: '元'}],
  ['全年完成GDP172.2亿元', {value: '172.2亿元', amount: 17_220_000_000, unit: '元'}],
  ['累计完成17,176万元', {value: '17,176万元', amount: 171_760_000, coefficient: 17_176, scale: 10_000}],
  ['全员劳动生产率力争14.5万元/人', {value: '14.5万元/人', amount: 145_000, unit: '元/人', scale: 10_000}],
  ['突破两万亿元', {value: '突破两万亿元', amount: 2_000_000_000_000, coefficient: 2, scale: 1e12, qualifier: 'exceed', qualifierText: '突破'}],
  ['五万户', {value: '五万户', amount: 50_000, coefficient: 5, scale: 10_000, unit: '户'}],
  ['三千二百亿元', {value: '三千二百亿元', amount: 320_000_000_000, coefficient: 3200, scale: 1e8}],
  ['一万五千亿元', {value: '一万五千亿元', amount: 1_500_000_000_000, coefficient: 15_000, scale: 1e8}],
  ['投资3千万元', {value: '3千万元', amount: 30_000_000, coefficient: 3, scale: 1e7}],
  ['坚决守住18亿亩耕地红线', {value: '18亿亩', amount: 1_800_000_000, unit: '亩'}],
  ['684 平方公里', {value: '684 平方公里', amount: 684, unit: '平方公里'}],
  ['能源装机容量达到3889万千瓦', {value: '3889万千瓦', amount: 38_890_000, unit: '千瓦'}],
  ['浓度下降到30微克/立方米', {value: '30微克/立方米', amount: 30, unit: '微克/立方米'}],
  ['实现利用外资 3170 万美元', {value: '3170 万美元', amount: 31_700_000, unit: '美元'}],
  ['新增5000公里', {value: '5000公里', amount: 5000, unit: '公里'}],
  ['货物吞吐量12亿吨', {value: '12亿吨', amount: 1_200_000_000, unit: '吨'}],
  ['集装箱4000万标箱', {value: '4000万标箱', amount: 40_000_000, unit: '标箱'}],
  ['处理人大代表建议624件', {value: '624件', amount: 624, unit: '件'}],
  ['集中开工 2 批次', {value: '2 批次', amount: 2, unit: '批次'}],
  ['45 个项目', {value: '45 个', amount: 45, unit: '个'}],
  ['认定4家高水平大学', {value: '4家', amount: 4, unit: '家'}],
  ['化解不稳定因素156起', {value: '156起', amount: 156, unit: '起'}],
  ['二十个项目', {value: '二十个', amount: 20, unit: '个'}],
  ['一百个村', {value: '一百个', amount: 100, unit: '个'}],
  ['年产能24亿剂', {value: '24亿', amount: 2_400_000_000, unit: null, scale: 1e8}],
  ['过去五年', {value: '五年', amount: 5, unit: '年'}],
  ['连续8年', {value: '8年', amount: 8, unit: '年'}],
  ['用6个月时间', {value: '6个月', amount: 6, unit: '个月'}],
  ['达到60岁', {value: '60岁', amount: 60, unit: '岁'}],
  ['权重6分', {value: '6分', amount: 6, unit: '分'}],
  ['接近20个亿', {value: '接近20个亿', amount: 2_000_000_000, coefficient: 20, scale: 1e8, qualifier: 'near', approximate: true}],
  ['投资3万4000元', {value: '3万4000元', amount: 34_000, unit: '元'}],
  ['发电100km', {value: '100km', amount: 100, unit: 'km'}],
  ['约3000', {value: '约3000', amount: 3000, unit: null, qualifier: 'about', qualifierText: '约', approximate: true}],
  ['超过40万亿元', {value: '超过40万亿元', amount: 40_000_000_000_000, qualifier: 'above', qualifierText: '超过', approximate: false}],
  ['近千亿', {value: '近千亿', amount: 100_000_000_000, coefficient: 1000, scale: 1e8, qualifier: 'near'}],
  ['超千亿', {value: '超千亿', amount: 100_000_000_000, qualifier: 'above'}],
  ['累计向金门供水超1700万吨', {value: '超1700万吨', amount: 17_000_000, qualifier: 'above'}],
  ['千万元以上', {value: '千万元以上', amount: 10_000_000, unit: '元', qualifier: 'atLeast'}],
  ['不少于30天', {value: '不少于30天', amount: 30, unit: '天', qualifier: 'atLeast'}],
  ['至少3个', {value: '至少3个', amount: 3, qualifier: 'atLeast', qualifierText: '至少'}],
  ['最多3次', {value: '最多3次', amount: 3, qualifier: 'atMost'}],
  ['节约3000吨', {value: '3000吨', amount: 3000, qualifier: null}],
  ['最近5年', {value: '5年', amount: 5, qualifier: null}],
  ['逾千亿元', {value: '逾千亿元', amount: 100_000_000_000, qualifier: 'above'}],
  ['人均达13.7万元', {value: '13.7万元', amount: 137_000, unit: '元'}],
  // Added with the corpus measurement.
  ['成立 70 周年', {value: '70 周年', kind: 'number', amount: 70, unit: '周年'}],
  ['提出的6方面', {value: '6方面', kind: 'number', amount: 6, unit: '方面'}],
  ['退税额度上千万元', {value: '上千万元', kind: 'number', amount: 10_000_000, unit: '元', qualifier: 'atLeast', qualifierText: '上', approximate: true}],
  ['投入上百亿元', {value: '上百亿元', amount: 10_000_000_000, qualifier: 'atLeast'}],
  // A bare 千 or 百 after Arabic digits is a scale, unless a unit starts with it.
  ['年产5千吨竹长丝', {value: '5千吨', amount: 5000, coefficient: 5, scale: 1000, unit: '吨'}],
  ['治理水土流失面积1977.3千公顷', {value: '1977.3千公顷', amount: 1_977_300, coefficient: 1977.3, scale: 1000, unit: '公顷'}],
  ['人均生产总值达到6千美元', {value: '6千美元', amount: 6000, unit: '美元'}],
  ['年内启动1千个示范村', {value: '1千个', amount: 1000, unit: '个'}],
  ['服务 3 百人', {value: '3 百人', amount: 300, coefficient: 3, scale: 100, unit: '人'}],
  ['企业3千余家', {value: '3千余家', amount: null, min: 3000, max: 4000, scale: 1000, unit: '家', approximate: true}],
  ['建成500千伏变电站', {value: '500千伏', amount: 500, scale: 1, unit: '千伏'}],
  ['新增3千米', {value: '3千米', amount: 3, unit: '千米'}],
  ['高于目标0.5百分点', {value: '0.5百分点', kind: 'percentagePoint', amount: 0.5}],
  // A bare 百 or 千 without 万 or 亿 takes a unit and a qualifier or 余.
  ['关闭污染企业千余家', {value: '千余家', amount: null, min: 1000, max: 2000, unit: '家', approximate: true}],
  ['比上年增加近千元', {value: '近千元', amount: 1000, unit: '元', qualifier: 'near', qualifierText: '近'}],
  ['跨越上千年', {value: '上千年', amount: 1000, unit: '年', qualifier: 'atLeast', qualifierText: '上'}],
  ['组织百余次对外经贸交流', {value: '百余次', min: 100, max: 200, unit: '次'}],
  // After a qualifier, a bare 百 or 千 takes any unit, a classifier too.
  ['城镇新增就业近千人', {value: '近千人', amount: 1000, unit: '人', qualifier: 'near', approximate: true}],
  ['带动上百家企业', {value: '上百家', amount: 100, unit: '家', qualifier: 'atLeast'}],
  // A bare 万, 亿 or 万亿 is one of it, after a qualifier or before 余/多, with a unit.
  ['新增市场主体万余户', {value: '万余户', amount: null, coefficient: 1, scale: 10_000, min: 10_000, max: 20_000, unit: '户', approximate: true}],
  ['吸引上万人参加', {value: '上万人', amount: 10_000, unit: '人', qualifier: 'atLeast', qualifierText: '上'}],
  ['服务近万名群众', {value: '近万名', amount: 10_000, unit: '名', qualifier: 'near'}],
  ['地区生产总值突破万亿元', {value: '突破万亿元', amount: 1e12, coefficient: 1, scale: 1e12, unit: '元', qualifier: 'exceed'}],
  ['新建超亿元项目', {value: '超亿元', amount: 100_000_000, unit: '元', qualifier: 'above', qualifierText: '超'}],
  ['出口超亿美元', {value: '超亿美元', amount: 100_000_000, unit: '美元', qualifier: 'above'}],
  ['以上5项', {value: '5项', amount: 5, qualifier: null}],
  ['地方级财政收入迈上千亿元台阶', {value: '千亿元', amount: 100_000_000_000, qualifier: null}],
  ['至今已经五年多了', {value: '五年多', kind: 'number', amount: null, coefficient: 5, min: 5, max: 6, unit: '年', approximate: true}],
  ['3年多来', {value: '3年多', amount: null, min: 3, max: 4, unit: '年', approximate: true}],
  ['历时10年多', {value: '10年多', min: 10, max: 11}],
  ['用了3个多月', {value: '3个多月', amount: null, min: 3, max: 4, unit: '个月', approximate: true}],
  ['20天多', {value: '20天多', min: 20, max: 21, unit: '天'}],
  ['连续3年多次获评', {value: '3年', amount: 3, min: null, approximate: false}],
  ['1.5年多', {value: '1.5年', amount: 1.5, min: null}],
  // `个` before a class (`千亿级`) counts; it is no colloquial `个亿`.
  ['打造3个千亿级产业集群', {value: '3个', amount: 3, unit: '个', scale: 1}],
  ['亿元以上项目120个', {value: '亿元以上', amount: 100_000_000, coefficient: 1, scale: 1e8, unit: '元', qualifier: 'atLeast'}]
]

describe('findQuantities: amounts', () => {
  it.each(cases)('%s', (text, expected) => {
    if (text === '亿元以上项目120个') {
      expectAll(text, [expected, {value: '120个', amount: 120}])
      return
    }

    expectOne(text, expected)
  })

  it('splits a count from a threshold (1000个亿元以上, not 1000亿元)', () => {
    expectAll('抓好1000个亿元以上重大技改项目', [
      {value: '1000个', kind: 'number', amount: 1000, unit: '个', qualifier: null},
      {value: '亿元以上', kind: 'number', amount: 100_000_000, unit: '元', qualifier: 'atLeast', qualifierText: '以上'}
    ])
  })

  it('reads a ratio as one quantity', () => {
    expectAll('由32.6:32.5:34.9调整为26.9:34.0:39.1', [
      {value: '32.6:32.5:34.9', kind: 'number', unit: ':', amount: null, ratio: [32.6, 32.5, 34.9]},
      {value: '26.9:34.0:39.1', kind: 'number', unit: ':', ratio: [26.9, 34, 39.1]}
    ])
  })

  it('reads ordinals', () => {
    expectAll('由一季度全省倒数第 1 提升到第 9 位', [
      {value: '一季度', kind: 'period'},
      {value: '第 1', kind: 'ordinal', amount: 1, unit: null},
      {value: '第 9 位', kind: 'ordinal', amount: 9, unit: '位'}
    ])
    expectAll('货物吞吐量连续13年全球第1，', [
      {value: '13年', kind: 'number', amount: 13, unit: '年'},
      {value: '第1', kind: 'ordinal', amount: 1}
    ])
    expectAll('引进10个亿元以上项目', [
      {value: '10个', amount: 10, unit: '个'},
      {value: '亿元以上', amount: 100_000_000, qualifier: 'atLeast'}
    ])
    expectOne('居全市县区第一位', {value: '第一位', kind: 'ordinal', amount: 1, unit: '位'})
    expectOne('综合排位全市县区第一。', {value: '第一', kind: 'ordinal', amount: 1})
    expectOne('第13届', {value: '第13届', kind: 'ordinal', amount: 13, unit: '届'})
  })

  it.each([
    ['居全市前三位', {value: '前三位', kind: 'ordinal', amount: 3, unit: '位', qualifier: 'atMost', qualifierText: '前'}],
    ['进入全国前10名', {value: '前10名', kind: 'ordinal', amount: 10, unit: '名', qualifier: 'atMost'}],
    ['稳居前 5 位', {value: '前 5 位', kind: 'ordinal', amount: 5}],
    ['全省倒数第 1', {value: '第 1', kind: 'ordinal', amount: 1, fromLast: true}],
    ['倒数第三位', {value: '第三位', kind: 'ordinal', amount: 3, fromLast: true}],
    ['提升到第 9 位', {value: '第 9 位', kind: 'ordinal', amount: 9}]
  ] satisfies Array<[string, Expected]>)('reads a rank: %s', (text, expected) => {
    const quantity = expectOne(text, expected)
    expect(quantity.fromLast).toBe(text.includes('倒数') ? true : undefined)
  })

  it('reads past a space PDF export put after a decimal point inside a sentence', () => {
    expectAll('地方一般预算收入907. 23亿元，增长19. 1％，是1995年的2. 4倍', [
      {value: '907. 23亿元', amount: 90_723_000_000, coefficient: 907.23, unit: '元'},
      {value: '19. 1％', kind: 'percent', amount: 19.1},
      {value: '1995年', kind: 'date'},
      {value: '2. 4倍', amount: 2.4, unit: '倍'}
    ])
    expectAll('三大产业比例由1995年的15. 1∶50. 2∶34. 7', [
      {value: '1995年', kind: 'date'},
      {value: '15. 1∶50. 2∶34. 7', unit: ':', ratio: [15.1, 50.2, 34.7]}
    ])
    expectOne('牲畜总增头数达到2608 .7万头', {value: '2608 .7万头', amount: 26_087_000, unit: '头'})
    // A list marker at the start, or after punctuation, is not a decimal.
    expectAll('1. 2022年工作回顾', [{value: '2022年', kind: 'date'}])
    expectAll('主要是：1. 5个方面', [
      {value: '1', amount: 1},
      {value: '5个', amount: 5}
    ])
    // Two spaces are not a split decimal.
    expectAll('增长15.  3%', [
      {value: '15', amount: 15},
      {value: '3%', amount: 3}
    ])
  })

  it('does not read 前N名单 as a rank', () => {
    expectAll('前三名单', [])
  })

  it('keeps a count after a completed amount apart', () => {
    expectAll('财政总收入累计完成17,176万元，完成本级任务41,165万元的41.72%', [
      {value: '17,176万元', amount: 171_760_000},
      {value: '41,165万元', amount: 411_650_000},
      {value: '41.72%', amount: 41.72}
    ])
  })
})
