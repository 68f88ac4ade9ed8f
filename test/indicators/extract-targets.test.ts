/**
 * `extractTargets` (GDP target, firmness, striving, absent) and `toCsv`, with
 * hand-worked expectations.
 */

import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/parse/parse-report.js'
import {extractIndicators} from '../../src/indicators/extract-indicators.js'
import {extractTargets} from '../../src/indicators/extract-targets.js'
import {indicatorKeys, resolveIndicatorKey, type IndicatorKey} from '../../src/indicators/indicator-keys.js'
import {toCsv} from '../../src/indicators/to-csv.js'
import {tasks} from './util.js'

/** The GDP target of a one-paragraph targets text. */
function gdpOf(body: string): unknown {
  return extractTargets(parseReport(tasks(body)))[0]?.gdp
}

describe('extractTargets: the GDP target', () => {
  it('reads `左右` as soft, `以上` as hard, a bare value as bare, `力争` as striving', () => {
    expect(gdpOf('今年主要预期目标是：国内生产总值增长5.5%左右；居民消费价格涨幅3%左右。')).toMatchObject({value: 5.5, qualifier: 'about', qualifierText: '左右', firmness: 'soft', striving: null})
    expect(gdpOf('今年主要预期目标是：地区生产总值增长5%以上，一般公共预算收入增长4%。')).toMatchObject({value: 5, qualifier: 'atLeast', firmness: 'hard'})
    expect(gdpOf('主要预期目标是：全省地区生产总值增长6.5%，在实际工作中争取更好结果。')).toMatchObject({value: 6.5, qualifier: null, firmness: 'bare', striving: '在实际工作中争取更好结果'})
    expect(gdpOf('主要预期目标是：地区生产总值力争增长8%，固定资产投资增长10%。')).toMatchObject({value: 8, firmness: 'striving'})
    expect(gdpOf('主要预期目标是：地区生产总值确保增长7%，固定资产投资增长10%。')).toMatchObject({value: 7, firmness: 'hard'})
  })

  it('reads a higher rate striven for right after the target as `stretch`, and `争取更好结果` without `在实际工作中`', () => {
    expect(gdpOf('主要预期目标是：国内生产总值增长8%以上，力争达到9%，规模以上工业增加值增长10%。')).toMatchObject({value: 8, firmness: 'hard', striving: '力争达到9%', stretch: 9})
    expect(gdpOf('主要预期目标是：地区生产总值增长8%左右、力争9%。')).toMatchObject({value: 8, firmness: 'soft', stretch: 9})
    expect(gdpOf('主要预期目标是：全市生产总值增长6%左右，固定资产投资增长10%，力争12%。')).toMatchObject({value: 6, stretch: null, striving: null})
    expect(gdpOf('主要预期目标是：地区生产总值增长5%以上。上述目标必须确保实现，同时全力以赴争取更好的成绩。')).toMatchObject({value: 5, striving: '争取更好的成绩', stretch: null})
  })

  it('finds a rate among the tasks without a targets cue: hedged, bare or a range, `比上年` or not', () => {
    expect(gdpOf('地区生产总值比上年增长6%左右，居民收入稳步增长。')).toMatchObject({value: 6, qualifier: 'about', firmness: 'soft'})
    expect(gdpOf('全年GDP增长6%，在实际工作中争取更好结果。')).toMatchObject({value: 6, firmness: 'bare', striving: '在实际工作中争取更好结果'})
    expect(gdpOf('全市地区生产总值增长6%至6.5%。')).toMatchObject({value: null, range: {min: 6, max: 6.5}, firmness: 'soft'})
    expect(gdpOf('经济增速保持在6%以上。')).toMatchObject({value: 6, firmness: 'hard'})
    // A precise rate with its base is still a result quoted among the tasks.
    expect(gdpOf('全省地区生产总值比上年增长8.1%。')).toBeNull()
  })

  it('takes a year\'s rate among the tasks before a plan period\'s average (`初步安排`, `计划安排` are scope)', () => {
    expect(gdpOf('今后五年国内生产总值年均增长9%左右。初步安排国内生产总值增长10%，全社会固定资产投资增长12%。')).toMatchObject({
      value: 10,
      firmness: 'bare',
      text: '初步安排国内生产总值增长10%'
    })
    const records = extractTargets(parseReport(tasks('全年计划安排国内生产总值1230亿元，增长10%左右。')))[0]?.records ?? []
    expect(records.map((record) => [record.indicator.normalized, record.quantity.value])).toEqual([
      ['国内生产总值', '1230亿元'],
      ['国内生产总值', '10%左右']
    ])
  })

  it('reads a range as soft with bounds, a masked value with no number', () => {
    expect(gdpOf('主要预期目标是：地区生产总值增长6%—6.5%，固定资产投资增长10%。')).toMatchObject({value: null, range: {min: 6, max: 6.5}, firmness: 'soft'})
    expect(gdpOf('全市经济社会发展的主要预期目标是：地区生产总值增长*.*％以上，固定资产投资增长10%。')).toMatchObject({value: null, masked: true, qualifier: 'atLeast', firmness: 'hard'})
  })

  it('finds a striving clause later in the paragraph', () => {
    expect(gdpOf('主要预期目标是：地区生产总值增长6%左右，城镇新增就业23万人。在实际工作中尽可能争取更好结果。')).toMatchObject({striving: '在实际工作中尽可能争取更好结果', text: '地区生产总值增长6%左右'})
  })

  it('reports a deliberate absence, and `null` without targets', () => {
    const absent = '二、2020年工作总体部署\n\n我们没有提出全年经济增速具体目标，主要考虑是全球疫情和经贸形势不确定性很大。\n'
    expect(extractTargets(parseReport(absent))[0]?.gdp).toEqual({absent: true, text: '我们没有提出全年经济增速具体目标'})
    expect(extractTargets(parseReport('一、工作回顾\n\n去年工作很好。\n'))[0]?.gdp).toBeNull()
  })

  it('takes the year\'s rate over a plan period\'s average stated before it', () => {
    const input =
      '二、“十二五”时期的目标和今年的工作\n\n“十二五”时期经济社会发展的主要目标是：地区生产总值年均增长13%，达到17000亿元。\n\n今年经济社会发展的主要预期目标是：地区生产总值增长12%左右，全社会固定资产投资增长25%。\n'
    expect(extractTargets(parseReport(input))[0]?.gdp).toMatchObject({value: 12, qualifierText: '左右', text: '地区生产总值增长12%左右'})
    // A year's target after the targets paragraph beats the plan's average in it.
    const after = '二、今后五年和今年的工作\n\n“十五”时期的主要预期目标是：全省国内生产总值年均增长9%。\n\n今年全省国内生产总值力争增长10%，财政收入增长8%。\n'
    expect(extractTargets(parseReport(after))[0]?.gdp).toMatchObject({value: 10, text: '今年全省国内生产总值力争增长10%'})
    // The central government's rate, quoted, is not the report's.
    expect(gdpOf('主要目标是：国家把“九五”期间年经济增长速度安排在8%左右，我省国内生产总值平均每年递增10%左右。')).toMatchObject({value: 10})
    // With only the average, the average.
    expect(gdpOf('“十二五”时期的主要目标是：地区生产总值年均增长13%。')).toMatchObject({value: 13})
  })

  it('reads a GDP target set only against another region\'s growth', () => {
    const input = '二、今年工作安排\n\n今年经济社会发展主要预期目标是：生产总值增速高于全国平均水平1到2个百分点，地方财政一般预算收入增长11%。\n'
    const gdp = extractTargets(parseReport(input))[0]?.gdp
    expect(gdp).toMatchObject({relative: true, relation: 'higher', reference: '全国平均水平', margin: {min: 1, max: 2}, text: '生产总值增速高于全国平均水平1到2个百分点'})
    const position = gdp && 'relative' in gdp ? gdp.position : undefined
    expect(input.slice(position?.start.offset ?? 0, position?.end.offset ?? 0)).toBe('生产总值增速高于全国平均水平1到2个百分点')
    expect(position?.start).toMatchObject({line: 3, column: 17})
    expect(gdpOf('主要预期目标是：保持经济运行在合理区间，地区生产总值增长与全国保持同步，一般公共预算收入增长6.5%左右。')).toEqual(
      expect.objectContaining({relative: true, relation: 'inLine', reference: '全国', margin: null})
    )
    expect(gdpOf('今年主要预期目标是：全省地区生产总值增速比全国高2个百分点左右，居民消费价格涨幅4.5%左右。')).toEqual(
      expect.objectContaining({relative: true, relation: 'higher', reference: '全国', margin: {min: 2, max: 2}})
    )
    // A rate wins over a relative clause.
    expect(gdpOf('主要预期目标是：地区生产总值增长7%左右，增速高于全国平均水平。')).toMatchObject({value: 7, firmness: 'soft'})
  })

  it('lists the targets paragraph records and the document', () => {
    const [summary] = extractTargets(parseReport(tasks('今年主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。')))
    expect(summary?.records.map((record) => record.indicator.key)).toEqual(['gdp', 'newUrbanJobs'])
    expect(summary?.document).toMatchObject({index: 0})
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary)
  })
})

describe('indicator keys', () => {
  it('takes the longest match and looks at the subject of a share only', () => {
    expect(resolveIndicatorKey('单位地区生产总值能耗')).toBe('energyIntensity')
    expect(resolveIndicatorKey('万元GDP综合能耗')).toBe('energyIntensity')
    expect(resolveIndicatorKey('数字经济核心产业增加值占地区生产总值比重')).toBeNull()
    expect(resolveIndicatorKey('全社会研发经费支出相当于全市生产总值的比例')).toBe('rdIntensity')
    expect(resolveIndicatorKey('进出口总额')).toBe('trade')
    // Total fiscal revenue (with the central taxes collected) is not the general budget.
    expect(resolveIndicatorKey('全省财政总收入')).toBe('totalFiscalRevenue')
    expect(resolveIndicatorKey('全口径财政收入')).toBe('totalFiscalRevenue')
    expect(resolveIndicatorKey('地方一般公共预算收入')).toBe('generalBudgetRevenue')
    expect(resolveIndicatorKey('地方财政收入')).toBe('generalBudgetRevenue')
    expect(resolveIndicatorKey('出口')).toBe('exports')
  })

  it('gives no key when another measure follows the key\'s words (`…实现利润`, `…通关时间`)', () => {
    expect(resolveIndicatorKey('规模以上工业企业实现利润')).toBeNull()
    expect(resolveIndicatorKey('口岸出口通关时间')).toBeNull()
    expect(resolveIndicatorKey('万元地区生产总值用水量')).toBeNull()
    expect(resolveIndicatorKey('规模以上工业企业增加值')).toBe('industrialValueAdded')
    expect(resolveIndicatorKey('城镇新增就业人数')).toBe('newUrbanJobs')
  })

  it('keys services, private investment, forests, tourism, technology contracts and higher education', () => {
    expect(resolveIndicatorKey('第三产业增加值')).toBe('servicesValueAdded')
    expect(resolveIndicatorKey('规模以上工业增加值')).toBe('industrialValueAdded')
    expect(resolveIndicatorKey('民间投资')).toBe('privateInvestment')
    expect(resolveIndicatorKey('固定资产投资')).toBe('fixedAssetInvestment')
    expect(resolveIndicatorKey('森林覆盖率')).toBe('forestCoverage')
    expect(resolveIndicatorKey('旅游业总收入')).toBe('tourismRevenue')
    expect(resolveIndicatorKey('吸纳京津技术合同成交额')).toBe('techContractValue')
    expect(resolveIndicatorKey('高等教育毛入学率')).toBe('higherEducationEnrollment')
  })

  it('every sample gets its own key', () => {
    for (const entry of indicatorKeys) expect([entry.sample, resolveIndicatorKey(entry.sample)]).toEqual([entry.sample, entry.key])
  })

  it('can be extended', () => {
    const keys: Array<IndicatorKey> = [...indicatorKeys, {key: 'greenArea', description: 'Green area', patterns: ['绿化覆盖率'], sample: '建成区绿化覆盖率'}]
    const [record] = extractIndicators(parseReport(tasks('建成区绿化覆盖率达到42%。')), {keys})
    expect(record?.indicator.key).toBe('greenArea')
  })
})

describe('toCsv', () => {
  it('writes a header and RFC 4180 rows', () => {
    const records = extractIndicators(parseReport(tasks('今年主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上。')))
    const lines = toCsv(records).split('\r\n')
    expect(lines[0]).toBe('document,region,year,section,role,indicator,key,period,verb,value,amount,min,max,unit,qualifier,qualifierText,masked,sentenceOffset')
    expect(lines[1]).toBe(',,,tasks,target,国内生产总值,gdp,,增长,5.5%左右,5.5,,,%,about,左右,false,13')
    expect(lines[2]).toBe(',,,tasks,target,城镇新增就业,newUrbanJobs,,,1100万人以上,11000000,,,人,atLeast,以上,false,13')
    expect(lines[3]).toBe('')
    expect(lines).toHaveLength(4)
  })

  it('quotes commas, quotes and line endings', () => {
    const [record] = extractIndicators(parseReport(tasks('国内生产总值增长5.5%。')))
    if (!record) throw new Error('no record')
    const csv = toCsv([{...record, document: {...record.document, title: '报告,"草案"\n'}}])
    expect(csv.split('\r\n')[1]?.startsWith('"报告,""草案""\n",')).toBe(true)
  })
})
