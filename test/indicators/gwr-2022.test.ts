/**
 * The "done when" of issue 6 on `gwr-2022-part1.txt` (the national report and
 * 15 provincial-level reports of 2022):
 *
 * * the GDP growth target of each report, as stated in its text;
 * * for eight reports, every numeric target of the targets paragraph
 *   (indicator, value, unit, qualifier), written by hand from the paragraph,
 *   and no extra records;
 * * the headline results of the past year in the review sections of the
 *   national report and three provincial ones, read by hand.
 */

import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/parse/parse-report.js'
import {extractIndicators} from '../../src/indicators/extract-indicators.js'
import {extractTargets} from '../../src/indicators/extract-targets.js'
import type {GdpTarget, Indicator, TargetSummary} from '../../src/indicators/types.js'
import {hasCorpus, readCorpus} from '../util/corpus.js'

/** `[region, value, qualifier text or null]`, from the texts. */
const gdpTargets: Array<[string, number, string | null]> = [
  ['全国', 5.5, '左右'],
  ['北京市', 5, '以上'],
  ['天津市', 5, '以上'],
  ['河北省', 6.5, null],
  ['山西省', 6.5, '左右'],
  ['内蒙古自治区', 6, '左右'],
  ['辽宁省', 5.5, '以上'],
  ['吉林省', 6, '左右'],
  ['黑龙江省', 5.5, '左右'],
  ['上海市', 5.5, '左右'],
  ['江苏省', 5.5, '以上'],
  ['浙江省', 6, '左右'],
  ['安徽省', 7, '以上'],
  ['福建省', 6.5, null],
  ['江西省', 7, '以上'],
  ['山东省', 5.5, '以上']
]

/** `[normalized indicator, amount, unit, qualifier]` of one target. */
type TargetRow = [string, number, string, string | null]

/** Every numeric target of the targets paragraph, read by hand. */
const handTables: Record<string, Array<TargetRow>> = {
  // 今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内；居民消费价格涨幅3%左右；…粮食产量保持在1.3万亿斤以上；…
  全国: [
    ['国内生产总值', 5.5, '%', 'about'],
    ['城镇新增就业', 11_000_000, '人', 'atLeast'],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about'],
    ['粮食产量', 1.3e12, '斤', 'atLeast']
  ],
  北京市: [
    ['地区生产总值', 5, '%', 'atLeast'],
    ['一般公共预算收入', 4, '%', null],
    ['城镇调查失业率', 5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about']
  ],
  天津市: [
    ['地区生产总值', 5, '%', 'atLeast'],
    ['一般公共预算收入', 3, '%', 'about'],
    ['固定资产投资', 5.5, '%', 'about'],
    ['社会消费品零售总额', 7, '%', null],
    ['城镇新增就业', 350_000, '人', 'atLeast'],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about']
  ],
  河北省: [
    ['生产总值', 6.5, '%', null],
    ['一般公共预算收入', 6.5, '%', null],
    ['固定资产投资', 6.5, '%', null],
    ['社会消费品零售总额', 8, '%', 'about'],
    ['外贸进出口', 5, '%', 'about'],
    ['居民人均可支配收入', 8, '%', 'about'],
    ['居民消费价格', 3, '%', 'about'],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['PM2.5平均浓度', 5, '%', 'atLeast'],
    ['单位GDP能耗', 3.5, '%', null]
  ],
  山西省: [
    ['地区生产总值', 6.5, '%', 'about'],
    ['固定资产投资', 8, '%', null],
    ['社会消费品零售总额', 7, '%', null],
    ['一般公共预算收入', 6, '%', null],
    ['居民消费价格', 3, '%', 'about'],
    ['城镇新增就业', 450_000, '人', null],
    ['城镇调查失业率', 5.5, '%', 'within']
  ],
  辽宁省: [
    ['地区生产总值', 5.5, '%', 'atLeast'],
    ['一般公共预算收入', 4, '%', 'about'],
    ['规模以上工业增加值', 6, '%', 'atLeast'],
    ['粮食产量', 4.8e10, '斤', 'about'],
    ['固定资产投资', 10, '%', 'about'],
    ['社会消费品零售总额', 8, '%', 'about'],
    ['进出口总额', 6, '%', 'about'],
    ['城镇新增就业', 450_000, '人', 'about'],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about']
  ],
  安徽省: [
    ['生产总值', 7, '%', 'atLeast'],
    ['固定资产投资', 10, '%', 'atLeast'],
    ['社会消费品零售总额', 9, '%', 'about'],
    ['进出口总额', 9, '%', 'about'],
    ['一般公共预算收入', 7, '%', 'about'],
    ['城镇常住居民人均可支配收入', 8, '%', 'about'],
    ['农村常住居民人均可支配收入', 10, '%', 'about'],
    ['城镇新增就业', 650_000, '人', 'atLeast'],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about'],
    ['全员劳动生产率', 145_000, '元/人', null],
    ['研究与试验发展经费投入强度', 2.5, '%', 'about'],
    ['常住人口城镇化率', 1.2, '个百分点', null]
  ],
  福建省: [
    ['地区生产总值', 6.5, '%', null],
    ['一般公共预算总收入', 5, '%', null],
    ['地方一般公共预算收入', 5, '%', null],
    ['固定资产投资', 6.5, '%', null],
    ['社会消费品零售总额', 9, '%', null],
    ['出口', 8, '%', null],
    ['城镇居民人均可支配收入', 7, '%', null],
    ['农村居民人均可支配收入', 8, '%', null],
    ['城镇调查失业率', 5.5, '%', 'within'],
    ['居民消费价格', 3, '%', 'about'],
    ['粮食总产量', 5_070_000, '吨', null]
  ]
}

/** Headline results of the past year: `[region, key, amount, unit, role]`. */
const headlines: Array<[string, string, number, string, Indicator['role']]> = [
  // 国内生产总值达到114万亿元，增长8.1%。全国财政收入突破20万亿元，增长10.7%。城镇新增就业1269万人，… 居民消费价格上涨0.9%。
  ['全国', 'gdp', 1.14e14, '元', 'result'],
  ['全国', 'gdp', 8.1, '%', 'result'],
  ['全国', 'generalBudgetRevenue', 2e13, '元', 'result'],
  ['全国', 'generalBudgetRevenue', 10.7, '%', 'result'],
  ['全国', 'newUrbanJobs', 12_690_000, '人', 'result'],
  ['全国', 'urbanUnemployment', 5.1, '%', 'result'],
  ['全国', 'cpi', 0.9, '%', 'result'],
  // 预计全市地区生产总值超过4万亿元，同比增长8.5%…居民消费价格上涨1.1%…城镇新增就业26万人
  ['北京市', 'gdp', 4e12, '元', 'estimate'],
  ['北京市', 'gdp', 8.5, '%', 'estimate'],
  ['北京市', 'cpi', 1.1, '%', 'estimate'],
  ['北京市', 'newUrbanJobs', 260_000, '人', 'result'],
  // 全省生产总值突破4万亿元，增长6.5%…一般公共预算收入增长8.9%…居民消费价格上涨1%…城镇新增就业92.5万人
  ['河北省', 'gdp', 4e12, '元', 'result'],
  ['河北省', 'gdp', 6.5, '%', 'result'],
  ['河北省', 'generalBudgetRevenue', 8.9, '%', 'result'],
  ['河北省', 'cpi', 1, '%', 'result'],
  ['河北省', 'newUrbanJobs', 925_000, '人', 'result'],
  // 全省地区生产总值突破11万亿元、达到11.6万亿元、增长8.6%…一般公共预算收入增长10.6%…城镇新增就业140.2万人
  ['江苏省', 'gdp', 1.16e13, '元', 'result'],
  ['江苏省', 'gdp', 8.6, '%', 'result'],
  ['江苏省', 'generalBudgetRevenue', 10.6, '%', 'result'],
  ['江苏省', 'newUrbanJobs', 1_402_000, '人', 'result']
]

describe.skipIf(!hasCorpus)('gwr-2022-part1.txt: indicators and targets', () => {
  const tree = hasCorpus ? parseReport(readCorpus('gwr-2022-part1.txt')) : undefined
  const summaries: Array<TargetSummary> = tree ? extractTargets(tree) : []
  const records: Array<Indicator> = tree ? extractIndicators(tree) : []
  const regionOf = (summary: TargetSummary): string => summary.document.region ?? '全国'

  it('finds the GDP target of all 16 reports', () => {
    const found = summaries.map((summary) => {
      const gdp = summary.gdp as GdpTarget | null
      return [regionOf(summary), gdp?.value ?? null, gdp?.qualifierText ?? null]
    })
    expect(found).toEqual(gdpTargets)
  })

  it('reads the firmness and the striving clause', () => {
    const byRegion = new Map(summaries.map((summary) => [regionOf(summary), summary.gdp as GdpTarget]))
    expect(byRegion.get('河北省')?.firmness).toBe('bare')
    expect(byRegion.get('福建省')).toMatchObject({firmness: 'bare', striving: '在实际工作中争取更好结果'})
    expect(byRegion.get('全国')).toMatchObject({firmness: 'soft', striving: null, text: '国内生产总值增长5.5%左右'})
    expect(byRegion.get('安徽省')).toMatchObject({firmness: 'hard', striving: '在实际工作中力争更好结果'})
    expect(byRegion.get('内蒙古自治区')?.position.start.line).toBe(823)
  })

  for (const [region, table] of Object.entries(handTables)) {
    it(`matches the hand-written targets table of ${region}`, () => {
      const summary = summaries.find((item) => regionOf(item) === region)
      const got = summary?.records.map((record): TargetRow => [record.indicator.normalized, record.quantity.amount ?? Number.NaN, record.quantity.unit ?? '', record.quantity.qualifier])
      expect(got).toEqual(table)
    })
  }

  it('reads the headline results of the review sections as results or estimates', () => {
    for (const [region, key, amount, unit, role] of headlines) {
      const match = records.find((record) => (record.document.region ?? '全国') === region && record.indicator.key === key && record.quantity.amount === amount && record.quantity.unit === unit && record.section?.label === 'review')
      expect([region, key, amount, match?.role, match?.year]).toEqual([region, key, amount, role, 2021])
    }
  })
})
