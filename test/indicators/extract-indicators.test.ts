/**
 * Rules of `extractIndicators`, each with hand-worked expectations.
 */

import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/parse/parse-report.js'
import {extractIndicators} from '../../src/indicators/extract-indicators.js'
import {extractTargets} from '../../src/indicators/extract-targets.js'
import {BaogaoError} from '../../src/tree/error.js'
import {review, rows, tasks} from './util.js'

describe('extractIndicators: clauses', () => {
  it('reads indicator → verb → value → qualifier', () => {
    expect(rows(tasks('今年主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。'))).toEqual([
      ['国内生产总值', 'gdp', '增长', '5.5%左右', 'target', null],
      ['城镇新增就业', 'newUrbanJobs', null, '1100万人以上', 'target', null],
      ['城镇调查失业率', 'urbanUnemployment', '控制在', '5.5%以内', 'target', '全年']
    ])
  })

  it('keeps a quoted name whole and trims a plan period before a name (`“普九”人口覆盖率`, `“十一五”期间城市化水平`)', () => {
    expect(rows(review('“普九”人口覆盖率达到81.3%，“十一五”期间城市化水平提高5个百分点。'))).toEqual([
      ['“普九”人口覆盖率', null, '达到', '81.3%', 'result', null],
      ['城市化水平', null, '提高', '5个百分点', 'result', null]
    ])
  })

  it('carries the indicator over to a clause with only a verb', () => {
    expect(rows(review('国内生产总值达到114万亿元，增长8.1%。'))).toEqual([
      ['国内生产总值', 'gdp', '达到', '114万亿元', 'result', null],
      ['国内生产总值', 'gdp', '增长', '8.1%', 'result', null]
    ])
  })

  it('reads a known indicator written right after its value (`完成5000亿元固定资产投资`)', () => {
    expect(rows(tasks('今年全省地区生产总值增长6%左右，完成5000亿元固定资产投资。'))).toEqual([
      ['地区生产总值', 'gdp', '增长', '6%左右', 'target', null],
      ['固定资产投资', 'fixedAssetInvestment', '完成', '5000亿元', 'plan', null]
    ])
    expect(rows(review('实现1.2万亿元地区生产总值。'))).toEqual([['地区生产总值', 'gdp', '实现', '1.2万亿元', 'result', null]])
    // The phrase ends with the indicator and its measure word.
    const [record] = extractIndicators(parseReport(tasks('今年努力实现190亿元固定资产投资规模是必要条件。')))
    expect(record?.indicator).toEqual({text: '固定资产投资规模', normalized: '固定资产投资', key: 'fixedAssetInvestment'})
  })

  it('reads the object after the value of an action verb (`引进500亿元社会资本`, `新建1万个5G基站`)', () => {
    expect(rows(tasks('引进500亿元社会资本，新建1万个5G基站，培育10个农村电商强县和20个示范村，新增5000家规模以上工业企业。')).map((row) => row.slice(0, 4))).toEqual([
      ['社会资本', null, '引进', '500亿元'],
      ['5G基站', null, '新建', '1万个'],
      ['农村电商强县', null, '培育', '10个'],
      ['示范村', null, '培育', '20个'],
      ['规模以上工业企业', null, '新增', '5000家']
    ])
    // A purpose after the amount is not its object.
    expect(rows(tasks('安排20亿元用于棚户区改造。')).map((row) => row.slice(0, 4))).toEqual([['安排', null, null, '20亿元']])
    expect(rows(review('解决了150万农村人口饮水安全问题。')).map((row) => row.slice(0, 4))).toEqual([['农村人口饮水安全问题', null, '解决了', '150万']])
  })

  it('does not read a counted thing or a mention after a value as its indicator', () => {
    // `家`, `个`, `户` count what follows: enterprises, not industrial value added.
    const counted = extractIndicators(parseReport(tasks('实现三年新增5000家规模以上工业企业。')))
    expect(counted.map((record) => record.indicator.key)).not.toContain('industrialValueAdded')
    // The phrase must begin with the indicator, not merely mention it.
    const mention = extractIndicators(parseReport(tasks('安排500亿元支持固定资产投资。')))
    expect(mention.map((record) => record.indicator.key)).not.toContain('fixedAssetInvestment')
  })

  it('reads a bound before `的` as part of the name of what it counts (`财政收入超过100亿元的市达到7个`)', () => {
    expect(rows(review('财政收入超过100亿元的市达到7个，年销售收入超亿元的龙头企业达150家。'))).toEqual([
      ['财政收入超过100亿元的市', null, '达到', '7个', 'result', null],
      ['年销售收入超亿元的龙头企业', null, '达', '150家', 'result', null]
    ])
    expect(rows(tasks('力争地区生产总值超200亿元的县达到34个。'))).toEqual([
      ['地区生产总值超200亿元的县', null, '达到', '34个', 'target', null]
    ])
    // The joiner before a later item is no part of its name.
    expect(rows(review('建成年销售收入超过1000亿元的产业园区1个、超过500亿元的产业园区5个，重点推进了高技术项目50个、单项投资亿元以上的农产品加工项目76个。')).map((row) => row.slice(0, 4))).toEqual([
      ['建成年销售收入超过1000亿元的产业园区', null, null, '1个'],
      ['超过500亿元的产业园区', null, null, '5个'],
      ['重点推进了高技术项目', null, null, '50个'],
      ['单项投资亿元以上的农产品加工项目', null, null, '76个']
    ])
    // A list of bounds before `的` describes the noun; a value of another unit before a bound is one of its own.
    expect(rows(tasks('培育一批年销售收入超亿元、超千万元、超百万元的骨干企业。'))).toEqual([])
    expect(rows(tasks('力争年销售收入超过1亿元的龙头企业新增100户以上、超过10亿元的新增10户以上。')).map((row) => row.slice(0, 4))).toEqual([
      ['年销售收入超过1亿元的龙头企业', null, '新增', '100户以上'],
      ['超过10亿元的', null, '新增', '10户以上']
    ])
  })

  it('keeps a bound before `的目标` a value', () => {
    expect(rows(tasks('围绕今年完成全社会固定资产投资1.1万亿元以上的目标，抓好项目建设。'))).toEqual([
      ['围绕今年完成全社会固定资产投资', 'fixedAssetInvestment', null, '1.1万亿元以上', 'target', null]
    ])
  })

  it('reads net and harvest changes as verbs (`净增`, `增产`, `减产`)', () => {
    expect(rows(review('财政总收入完成666.3亿元，比上年净增112亿元，增长20.2%。粮食总产量比上年增产30亿斤，棉花减产5%，高新技术企业净增806家。')).map((row) => row.slice(0, 4))).toEqual([
      ['财政总收入', 'totalFiscalRevenue', '完成', '666.3亿元'],
      ['财政总收入', 'totalFiscalRevenue', '净增', '112亿元'],
      ['财政总收入', 'totalFiscalRevenue', '增长', '20.2%'],
      ['粮食总产量', 'grainOutput', '增产', '30亿斤'],
      ['棉花', null, '减产', '5%'],
      ['高新技术企业', null, '净增', '806家']
    ])
  })

  it('carries the indicator over to a clause that names only the base (`、比2010年翻一番`)', () => {
    expect(rows(review('全省实现生产总值超万亿元、比2010年翻一番。')).map((row) => row.slice(0, 4))).toEqual([
      ['生产总值', 'gdp', null, '超万亿元'],
      ['生产总值', 'gdp', null, '翻一番']
    ])
  })

  it('trims `每年` off a name; alone it names nothing (`，每年增长2%` carries the indicator before)', () => {
    expect(rows(tasks('每年新增城镇就业60万人以上，粮食产量稳定在1200亿斤，每年增长2%。')).map((row) => row.slice(0, 4))).toEqual([
      ['新增城镇就业', 'newUrbanJobs', null, '60万人以上'],
      ['粮食产量', 'grainOutput', '稳定在', '1200亿斤'],
      ['粮食产量', 'grainOutput', '增长', '2%']
    ])
  })

  it('reads `比2000年的1570亿元` as the base value of the previous indicator, not a name', () => {
    expect(rows(review('初步核算全区生产总值达到3822.8亿元，比2000年的1570亿元增长1.2倍；财政支出较“十三五”末的932亿元增加437亿元。')).map((row) => row.slice(0, 4))).toEqual([
      ['生产总值', 'gdp', '达到', '3822.8亿元'],
      ['生产总值', 'gdp', null, '1570亿元'],
      ['生产总值', 'gdp', '增长', '1.2倍'],
      ['财政支出', null, null, '932亿元'],
      ['财政支出', null, '增加', '437亿元']
    ])
  })

  it('gives a level and a growth rate for one indicator (`突破…、增长…`)', () => {
    const records = extractIndicators(parseReport(review('全市地区生产总值突破2万亿元、增长7%左右。')))
    expect(records.map((record) => [record.indicator.text, record.indicator.normalized, record.quantity.unit, record.quantity.qualifier])).toEqual([
      ['全市地区生产总值', '地区生产总值', '元', 'exceed'],
      ['全市地区生产总值', '地区生产总值', '%', 'about']
    ])
  })

  it('trims scope words into `normalized`, keeping `text`', () => {
    const [record] = extractIndicators(parseReport(tasks('综合考虑各方面因素，今年全省地区生产总值增长6.5%左右。')))
    expect(record?.indicator).toEqual({text: '今年全省地区生产总值', normalized: '地区生产总值', key: 'gdp'})
  })

  it('keeps a comparison with its reference', () => {
    const records = extractIndicators(parseReport(review('规上工业增加值增长9.5%，高于全国1.2个百分点。')))
    expect(records[1]?.indicator.normalized).toBe('规上工业增加值')
    expect(records[1]?.verb).toBe('高于')
    expect(records[1]?.comparison).toEqual({relation: 'higher', reference: '全国'})
    expect(records[0]?.comparison).toBeNull()
  })

  it('reads `比上年增长` as a growth rate, `比上年提高…个百分点` as a comparison', () => {
    const records = extractIndicators(parseReport(review('国内生产总值比上年增长11%，城镇化率比上年提高0.5个百分点。')))
    expect(records.map((record) => [record.verb, record.comparison])).toEqual([
      ['增长', null],
      ['提高', {relation: 'higher', reference: '上年'}]
    ])
  })

  it('trims `预期` before the verb and `建议` before the scope from the indicator, and reads `GDP增长` as GDP growing', () => {
    expect(rows(tasks('全省地区生产总值预期增长6%。建议今年全省经济增长预期目标为5%左右。GDP增长7.5%。明年全市经济增长目标建议为6%左右。')).map((r) => r.slice(0, 3))).toEqual([
      ['地区生产总值', 'gdp', '增长'],
      ['经济增长', 'gdp', '为'],
      ['GDP', 'gdp', '增长'],
      ['经济增长', 'gdp', '为']
    ])
  })

  it('completes the second of a pair that shares the first one’s words (`一般公共预算收入和支出`), and reads `回升至`', () => {
    expect(rows(review('一般公共预算收入和支出分别增长5.3%和6.1%。四季度生产总值增速回升至6%。本外币存款和贷款余额分别增长9%、11%。')).map((r) => r.slice(0, 3))).toEqual([
      ['一般公共预算收入', 'generalBudgetRevenue', '增长'],
      ['一般公共预算支出', null, '增长'],
      ['生产总值', 'gdp', '回升至'],
      ['本外币存款余额', null, '增长'],
      ['本外币贷款余额', null, '增长']
    ])
  })

  it('reads `由`/`从` as the start of a change, not part of the indicator, and keeps `人均` whole', () => {
    expect(rows(review('常住人口城镇化率由50%提高到60%。集装箱吞吐量从300万标箱增加到686万标箱。城镇低保标准月人均提高28元。')).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['常住人口城镇化率', null, '50%'],
      ['常住人口城镇化率', '提高到', '60%'],
      ['集装箱吞吐量', null, '300万标箱'],
      ['集装箱吞吐量', '增加到', '686万标箱'],
      ['城镇低保标准月人均', '提高', '28元']
    ])
  })

  it('reads `同比提高`, `环比下降`, `同比加快`, `同比仅增长` as a verb after the base of the rate, not as a comparison with `提`', () => {
    const records = extractIndicators(parseReport(review('城乡居民最低生活保障标准同比提高8%。居民消费价格环比下降0.2%。工业增加值增速同比加快1.7个百分点，出口同比仅增长1.1%。')))
    expect(records.map((record) => [record.indicator.normalized, record.verb, record.comparison])).toEqual([
      ['城乡居民最低生活保障标准', '提高', null],
      ['居民消费价格', '下降', null],
      ['工业增加值', '加快', null],
      ['出口', '增长', null]
    ])
  })

  it('reads masked values (`**.*％`)', () => {
    const [record] = extractIndicators(parseReport(tasks('主要预期目标是：地区生产总值增长*.*％以上。')))
    expect(record?.quantity).toMatchObject({value: '*.*％以上', masked: true, amount: null, qualifier: 'atLeast'})
    expect(record?.indicator.key).toBe('gdp')
  })

  it('keeps a measure word that is part of a known name (`经济增速`, `人口自然增长率`, `经济总量`)', () => {
    expect(rows(tasks('经济增速保持在6%以上，人口自然增长率控制在6‰以内。')).map((row) => row.slice(0, 3))).toEqual([
      ['经济增速', 'gdp', '保持在'],
      ['人口自然增长率', 'population', '控制在']
    ])
    expect(rows(review('全市经济总量突破千亿元。'))[0]?.slice(0, 2)).toEqual(['经济总量', 'gdp'])
    // A part of the economy is not the whole.
    expect(rows(review('县域经济增速达到8%。'))[0]?.slice(0, 2)).toEqual(['县域经济', null])
  })

  it('keeps GDP per head apart from GDP, and reads `调整为` as a verb', () => {
    expect(rows(review('全省地区生产总值增长6%，人均地区生产总值达到1.2万美元，三次产业结构调整为8.5∶40.2∶51.3。')).map((row) => row.slice(0, 3))).toEqual([
      ['地区生产总值', 'gdp', '增长'],
      ['人均地区生产总值', 'gdpPerCapita', '达到'],
      ['三次产业结构', null, '调整为']
    ])
  })

  it('reads the basis of a rate (`同口径`, `按可比价计算`, `扣除价格因素`) as no indicator: the previous one carries', () => {
    expect(rows(review('一般公共预算收入完成300亿元，同口径增长8%。地区生产总值1234亿元，按可比价计算增长6%。社会消费品零售总额900亿元，扣除价格因素增长5%。')).map((row) => row.slice(0, 4))).toEqual([
      ['一般公共预算收入', 'generalBudgetRevenue', '完成', '300亿元'],
      ['一般公共预算收入', 'generalBudgetRevenue', '增长', '8%'],
      ['地区生产总值', 'gdp', null, '1234亿元'],
      ['地区生产总值', 'gdp', '增长', '6%'],
      ['社会消费品零售总额', 'retailSales', null, '900亿元'],
      ['社会消费品零售总额', 'retailSales', '增长', '5%']
    ])
  })

  it('treats `经济增长5%左右` as economic growth', () => {
    expect(rows(tasks('主要预期目标是：经济增长5%左右。'))).toEqual([['经济增长', 'gdp', '增长', '5%左右', 'target', null]])
  })

  it('skips dates, periods, ordinals, durations and counts of work', () => {
    expect(rows(tasks('2022年是实施“十四五”规划的第二年，重点做好十一个方面工作，庆祝建党一百周年。'))).toEqual([])
  })
})

describe('extractIndicators: lists', () => {
  it('splits `城乡` into 城镇 and 农村, sharing verb and qualifier', () => {
    expect(rows(review('城乡居民人均可支配收入分别增长8%、11%左右。'))).toEqual([
      ['城镇居民人均可支配收入', 'disposableIncome', '增长', '8%', 'result', null],
      ['农村居民人均可支配收入', 'disposableIncome', '增长', '11%左右', 'result', null]
    ])
    const records = extractIndicators(parseReport(review('城乡居民人均可支配收入分别增长8%、11%左右。')))
    expect(records.map((record) => record.quantity.qualifier)).toEqual(['about', 'about'])
    expect(rows(review('金融机构本外币存贷款余额分别达到1.2万亿元和9800亿元。')).map((r) => [r[0], r[3]])).toEqual([
      ['金融机构本外币存款余额', '1.2万亿元'],
      ['金融机构本外币贷款余额', '9800亿元']
    ])
  })

  it('completes listed names (`城镇、农村常住居民…`, `单位…能耗、二氧化碳排放量`)', () => {
    expect(rows(tasks('城镇、农村常住居民人均可支配收入分别增长8%、10%左右。')).map((r) => r[0])).toEqual([
      '城镇常住居民人均可支配收入',
      '农村常住居民人均可支配收入'
    ])
    expect(rows(tasks('单位地区生产总值能耗、二氧化碳排放量分别降低3%、4.4%左右。')).map((r) => [r[0], r[1]])).toEqual([
      ['单位地区生产总值能耗', 'energyIntensity'],
      ['单位地区生产总值二氧化碳排放量', 'carbonIntensity']
    ])
  })

  it('completes a listed name from the word it shares with the last (`城镇居民、农牧民人均…`)', () => {
    expect(rows(review('全区城镇居民、农牧民人均可支配收入达5536元和1950元。')).map((r) => [r[0], r[1]])).toEqual([
      ['城镇居民人均可支配收入', 'disposableIncome'],
      ['农牧民人均可支配收入', 'disposableIncome']
    ])
    expect(rows(review('农业、工业增加值分别增长6.5%和9%。')).map((r) => r[0])).toEqual(['农业增加值', '工业增加值'])
    expect(rows(review('对欧盟、东盟进出口分别增长11.1%和6.9%。')).map((r) => [r[0], r[1]])).toEqual([
      ['对欧盟进出口', 'trade'],
      ['东盟进出口', 'trade']
    ])
  })

  it('completes a listed name after a name the last part opens with, and leaves complete names alone', () => {
    expect(rows(tasks('化学需氧量、二氧化硫、氨氮、氮氧化物排放量分别削减2%、2%、2.5%和3%。')).map((r) => [r[0], r[1]])).toEqual([
      ['化学需氧量排放量', 'majorPollutants'],
      ['二氧化硫排放量', 'majorPollutants'],
      ['氨氮排放量', 'majorPollutants'],
      ['氮氧化物排放量', 'majorPollutants']
    ])
    expect(rows(review('PM10、PM2.5平均浓度分别下降8%和6%。')).map((r) => r[0])).toEqual(['PM10平均浓度', 'PM2.5平均浓度'])
    expect(rows(review('机电产品和高新技术产品出口分别增长12%和15%。')).map((r) => r[0])).toEqual(['机电产品出口', '高新技术产品出口'])
    expect(rows(review('生产安全事故起数、死亡人数、受伤人数、直接经济损失分别下降5%、4%、6%和3%。')).map((r) => r[0])).toEqual([
      '生产安全事故起数',
      '死亡人数',
      '受伤人数',
      '直接经济损失'
    ])
    expect(rows(review('实际利用外资和外贸出口分别增长9%和11%。')).map((r) => r[0])).toEqual(['实际利用外资', '外贸出口'])
    // Things whose output is counted share the measure, whatever their length.
    expect(rows(review('原煤、原油、天然气产量分别增长7.2%、1.3%和9.1%，粮食、蔬菜、肉蛋奶产量分别达到107万吨、300万吨和90万吨。')).map((r) => [r[0], r[1]])).toEqual([
      ['原煤产量', null],
      ['原油产量', null],
      ['天然气产量', null],
      ['粮食产量', 'grainOutput'],
      ['蔬菜产量', null],
      ['肉蛋奶产量', null]
    ])
    expect(rows(review('城镇、农村居民人均可支配收入分别增长8%和9%。')).map((r) => r[0])).toEqual(['城镇居民人均可支配收入', '农村居民人均可支配收入'])
    expect(rows(tasks('播种面积、粮食产量分别稳定在1035万亩、75亿斤以上。')).map((r) => r[0])).toEqual(['播种面积', '粮食产量'])
  })

  it('reads 削减 and 压减 as verbs of change', () => {
    expect(rows(tasks('二氧化硫、化学需氧量排放量分别削减2%和1.5%。')).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['二氧化硫排放量', '削减', '2%'],
      ['化学需氧量排放量', '削减', '1.5%']
    ])
    const records = extractIndicators(parseReport(review('“三公”经费比2015年压减60.9%，化工园区压减到84家。')))
    expect(records.map((record) => [record.indicator.normalized, record.verb, record.quantity.value])).toEqual([
      ['“三公”经费', '压减', '60.9%'],
      ['化工园区', '压减到', '84家']
    ])
    expect(records[0]?.comparison).toEqual({relation: 'lower', reference: '2015年'})
  })

  it('shares a list of names with a later list of as many values', () => {
    expect(
      rows(review('全社会固定资产投资、社会消费品零售总额分别达3206亿元和4072亿元，分别比上年增长7.9％和11.4％，比1995年增长37.8％和76.7％。')).map((r) => [r[0], r[3]])
    ).toEqual([
      ['全社会固定资产投资', '3206亿元'],
      ['社会消费品零售总额', '4072亿元'],
      ['全社会固定资产投资', '7.9％'],
      ['社会消费品零售总额', '11.4％'],
      ['全社会固定资产投资', '37.8％'],
      ['社会消费品零售总额', '76.7％']
    ])
    expect(rows(review('城镇居民和农村居民人均可支配收入各由15660元、5987元提高到26500元、11139元。')).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['城镇居民人均可支配收入', null, '15660元'],
      ['农村居民人均可支配收入', null, '5987元'],
      ['城镇居民人均可支配收入', '提高到', '26500元'],
      ['农村居民人均可支配收入', '提高到', '11139元']
    ])
  })

  it('gives a nameless list after `分别` the names of as many values before it', () => {
    expect(rows(review('城镇居民人均可支配收入12800元，农村居民人均纯收入4930元，分别增长13%和17.7%。')).map((r) => [r[0], r[3]])).toEqual([
      ['城镇居民人均可支配收入', '12800元'],
      ['农村居民人均纯收入', '4930元'],
      ['城镇居民人均可支配收入', '13%'],
      ['农村居民人均纯收入', '17.7%']
    ])
    expect(rows(review('财政总收入4110.2亿元，其中地方财政收入1355.3亿元，分别增长22.7%和26.3%。')).map((r) => [r[0], r[3]])).toEqual([
      ['财政总收入', '4110.2亿元'],
      ['地方财政收入', '1355.3亿元'],
      ['财政总收入', '22.7%'],
      ['地方财政收入', '26.3%']
    ])
    expect(rows(review('实际利用外资37亿美元，引进省外到位资金4087亿元，分别是“十五”的5.6倍和5.7倍。')).map((r) => [r[0], r[3]])).toEqual([
      ['实际利用外资', '37亿美元'],
      ['引进省外到位资金', '4087亿元'],
      ['实际利用外资', '5.6倍'],
      ['引进省外到位资金', '5.7倍']
    ])
    // Without `分别`, or with fewer names than values, the list keeps suffixes.
    expect(rows(review('地方财政收入1355.3亿元，增长22.7%和26.3%。')).map((r) => r[0])).toEqual(['地方财政收入', '地方财政收入[1]', '地方财政收入[2]'])
  })

  it('keeps the base of a change and adverbs of a milestone out of the name', () => {
    expect(rows(review('全区生产总值由2002年的1200亿元增加到2000亿元。')).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['生产总值', null, '1200亿元'],
      ['生产总值', '增加到', '2000亿元']
    ])
    expect(rows(review('国内生产总值比2000年翻一番。')).map((r) => [r[0], r[1]])).toEqual([['国内生产总值', 'gdp']])
    expect(rows(review('地区生产总值在2010年的基础上翻一番。')).map((r) => r[0])).toEqual(['地区生产总值'])
    expect(rows(review('经济总量从“十二五”末的5000亿元提高到8000亿元。')).map((r) => r[0])).toEqual(['经济总量', '经济总量'])
    expect(rows(review('地区生产总值迈上3000亿元台阶。')).map((r) => [r[0], r[2]])).toEqual([['地区生产总值', '迈上']])
    expect(rows(tasks('今年我市经济增长目标是GDP增长5%以上。')).map((r) => [r[0], r[1], r[4]])).toEqual([['GDP', 'gdp', 'target']])
    // Only an adverb before the value: the indicator before carries.
    expect(rows(review('粮食总产量达到1200亿斤，首次突破1250亿斤。')).map((r) => [r[0], r[3]])).toEqual([
      ['粮食总产量', '1200亿斤'],
      ['粮食总产量', '突破1250亿斤']
    ])
  })

  it('numbers unnamed list items `[1]`, `[2]`', () => {
    expect(rows(review('高技术产业投资分别增长10%、12%。')).map((r) => r[0])).toEqual(['高技术产业投资[1]', '高技术产业投资[2]'])
  })

  it('gives one record per period', () => {
    expect(rows(review('一季度、上半年、前三季度地区生产总值分别增长**.*％、**.*％、**％。'))).toEqual([
      ['地区生产总值', 'gdp', '增长', '**.*％', 'result', '一季度'],
      ['地区生产总值', 'gdp', '增长', '**.*％', 'result', '上半年'],
      ['地区生产总值', 'gdp', '增长', '**％', 'result', '前三季度']
    ])
  })

  it('carries a period of a clause without values to the next clauses', () => {
    expect(rows(review('1-9月，规上工业增加值增长5%，固定资产投资增长8%。')).map((r) => r[5])).toEqual(['1-9月', '1-9月'])
  })
})

describe('extractIndicators: years', () => {
  const speech = '在全市经济工作会议上的讲话\n\n（2022年12月28日）\n\n同志们：\n\n'

  it('dates the targets of a December speech to the next year and its results to the year still running', () => {
    const tree = parseReport(speech + '一、关于当前经济形势\n\n今年以来，预计全年地区生产总值增长4%左右。\n\n二、关于明年经济工作的目标\n\n明年主要预期目标是：地区生产总值增长6%以上。\n')
    expect(extractIndicators(tree).map((record) => [record.role, record.year])).toEqual([
      ['estimate', 2022],
      ['target', 2023]
    ])
    expect(extractTargets(tree)[0]).toMatchObject({year: 2023, gdp: {value: 6}})
  })

  it('reads `今年`, `明年` and `去年` from the year of delivery, the last one before the value, not a base (`比上年`)', () => {
    const report = '政府工作报告\n\n——2023年1月12日在某某市第十六届人民代表大会第二次会议上\n\n各位代表：\n\n'
    const tree = parseReport(report + '一、2023年工作安排\n\n今年和去年财政补贴合计50亿元。奖补资金今年增加1亿元，明年再增加2亿元。地区生产总值比上年增长6%左右。\n')
    expect(extractIndicators(tree).map((record) => [record.quantity.value, record.year])).toEqual([
      ['50亿元', 2022],
      ['1亿元', 2023],
      ['2亿元', 2024],
      ['6%左右', 2023]
    ])
  })
})

describe('extractIndicators: roles', () => {
  it('reads `预计` as an estimate of the closing year, `预计（下同）` for the rest of the paragraph', () => {
    const records = extractIndicators(parseReport(review('全年主要指标预计（下同）：地区生产总值增长6%。财政收入增长5%。\n\n居民消费价格上涨2%。')))
    expect(records.map((record) => [record.indicator.key, record.role, record.year])).toEqual([
      ['gdp', 'estimate', 2021],
      ['generalBudgetRevenue', 'estimate', 2021],
      ['cpi', 'result', 2021]
    ])
  })

  it('reads a targets cue (`力争`, `控制在`) as a target and a measure in the tasks as a plan', () => {
    expect(rows(tasks('新开工改造城镇老旧小区5.6万个。全员劳动生产率力争14.5万元/人。居民消费价格涨幅控制在3%左右。')).map((r) => [r[0], r[4]])).toEqual([
      ['新开工改造城镇老旧小区', 'plan'],
      ['全员劳动生产率', 'target'],
      ['居民消费价格', 'target']
    ])
    // A statement of the year's target is one in a review section too.
    expect(rows(review('全市生产总值增长4.6%。今年我市经济增长目标是GDP增长5%以上。')).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['生产总值', '4.6%', 'result'],
      ['GDP', '5%以上', 'target']
    ])
  })

  it('reads a hedged `同比` rate among the tasks as a plan and a bare one as a result', () => {
    expect(rows(tasks('全年规模以上工业增加值同比增长6%左右。一季度社会消费品零售总额同比增长4.2%。')).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['规模以上工业增加值', '同比增长', 'plan'],
      ['社会消费品零售总额', '同比增长', 'result']
    ])
  })

  it('reads dash-led paragraphs after a targets lead-in as targets', () => {
    const text = tasks('今年经济和社会发展的预期目标是：\n\n——国内生产总值增长8%。\n\n——地方财政收入达到60.92亿元，增长5%。\n\n要抓好以下工作。\n\n——新建公路100公里。')
    expect(rows(text).map((r) => [r[0], r[2], r[4]])).toEqual([
      ['国内生产总值', '增长', 'target'],
      ['地方财政收入', '达到', 'target'],
      ['地方财政收入', '增长', 'target'],
      ['新建公路', null, 'plan']
    ])
  })

  it('reads someone else\'s forecast as a forecast', () => {
    expect(rows(tasks('国际货币基金组织预测今年全球经济增长4.4%。')).map((r) => r[4])).toEqual(['forecast'])
  })

  it('reads the targets paragraph as targets, even without a cue', () => {
    const text = '二、2022年工作安排\n\n综合考虑各方面因素，今年全省地区生产总值增长6.5%左右，在实际工作中尽可能争取更好结果；固定资产投资增长8%，社会消费品零售总额增长7%，一般公共预算收入增长6%。\n'
    const records = extractIndicators(parseReport(text))
    expect(records.every((record) => record.role === 'target' && record.inTargetsParagraph)).toBe(true)
    expect(records).toHaveLength(4)
  })
})

describe('extractIndicators: output', () => {
  it('returns plain JSON-ready records', () => {
    const records = extractIndicators(parseReport(review('国内生产总值达到114万亿元，增长8.1%。')))
    expect(JSON.parse(JSON.stringify(records))).toEqual(records)
    const [record] = records
    expect(record?.quantity).not.toHaveProperty('type')
    expect(record?.position).toEqual(record?.quantity.position)
    expect(record?.sentence.text).toBe('国内生产总值达到114万亿元，增长8.1%。')
    expect(record?.section).toEqual({label: 'review', heading: '一、2021年工作回顾', depth: 1})
  })

  it('accepts a document and skips boilerplate', () => {
    const tree = parseReport(review('国内生产总值增长8.1%。'))
    const document = tree.children.find((child) => child.type === 'document')
    expect(document && extractIndicators(document)).toHaveLength(1)
  })

  it('throws on a non-tree', () => {
    expect(() => extractIndicators('text' as never)).toThrow(BaogaoError)
    expect(() => extractIndicators('text' as never)).toThrow(/^extractIndicators\(\)/)
  })
})

describe('extractIndicators: robustness', () => {
  it('stays fast on long clauses of repeated cue words', () => {
    const start = performance.now()
    rows(review(`${'也'.repeat(50_000)}增长5%。${'比全国高'.repeat(20_000)}2个百分点。`))
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
