import {describe, it} from 'vitest'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** Vague and qualified values, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['十几万', {value: '十几万', kind: 'number', amount: null, coefficient: null, min: 110_000, max: 190_000, scale: 10_000, approximate: true}],
  ['几十万人', {value: '几十万人', min: 200_000, max: 900_000, unit: '人'}],
  ['二十几个', {value: '二十几个', min: 21, max: 29, unit: '个'}],
  ['数十亿元', {value: '数十亿元', min: 2_000_000_000, max: 9_000_000_000, unit: '元'}],
  ['几百家', {value: '几百家', min: 200, max: 900}],
  ['500多亿元', {value: '500多亿元', amount: null, coefficient: 500, min: 50_000_000_000, max: 60_000_000_000, scale: 1e8, unit: '元', approximate: true}],
  ['20余次', {value: '20余次', min: 20, max: 30, unit: '次', approximate: true}],
  ['…专项检查20\n\n余次', {value: '20\n\n余次', min: 20, max: 30}],
  ['1万多人', {value: '1万多人', min: 10_000, max: 20_000, unit: '人'}],
  ['1万余人', {value: '1万余人', min: 10_000, max: 20_000}],
  ['十多万', {value: '十多万', min: 100_000, max: 200_000}],
  ['一百多个', {value: '一百多个', min: 100, max: 200}],
  ['一千多万元', {value: '一千多万元', min: 10_000_000, max: 20_000_000, unit: '元'}],
  ['20多个国家', {value: '20多个', min: 20, max: 30}],
  ['150余项', {value: '150余项', min: 150, max: 160}],
  ['3.5万多', {value: '3.5万多', min: 35_000, max: 36_000}],
  ['2万多亿元', {value: '2万多亿元', amount: null, min: 2e12, max: 3e12, scale: 1e12, unit: '元', approximate: true}],
  ['两万多亿元', {value: '两万多亿元', min: 2e12, max: 3e12, unit: '元'}],
  ['1万多亿斤', {value: '1万多亿斤', min: 1e12, max: 2e12, unit: '斤'}],
  ['提高5个多百分点', {value: '5个多百分点', kind: 'percentagePoint', amount: null, min: 5, max: 6, unit: '个百分点', approximate: true}],
  ['近千亿', {value: '近千亿', qualifier: 'near', qualifierText: '近', approximate: true}],
  ['接近20个亿', {value: '接近20个亿', amount: 2_000_000_000, qualifier: 'near', qualifierText: '接近'}],
  ['将近一半', {value: '将近一半', qualifier: 'near'}],
  ['约 3000 户', {value: '约 3000 户', amount: 3000, qualifier: 'about'}],
  ['达到45万人左右', {value: '45万人左右', amount: 450_000, qualifier: 'about'}],
  ['引进30家以上', {value: '30家以上', amount: 30, qualifier: 'atLeast', approximate: false}],
  ['培育10户以上', {value: '10户以上', amount: 10, qualifier: 'atLeast'}],
  ['低于3%', {value: '低于3%', qualifier: 'below'}],
  ['高于5%', {value: '高于5%', qualifier: 'above'}],
  ['不足1%', {value: '不足1%', qualifier: 'below'}],
  ['不满18周岁', {value: '不满18周岁', qualifier: 'below', unit: '周岁'}],
  ['逼近3万亿', {value: '逼近3万亿', amount: 3_000_000_000_000, qualifier: 'near'}],
  ['控制在3%之内', {value: '3%之内', qualifier: 'within'}],
  ['签约30个项目', {value: '30个', qualifier: null}]
]

describe('findQuantities: vague and qualified values', () => {
  it.each(cases)('%s', (text, expected) => {
    if (text === '将近一半') {
      // 一半 has no numeral we read as a quantity: nothing is found.
      expectAll(text, [])
      return
    }

    expectOne(text, expected)
  })

  it('shares a final qualifier across a list', () => {
    expectAll('分别增长8%、11%左右', [
      {value: '8%', amount: 8, qualifier: 'about', qualifierText: '左右', approximate: true, list: {index: 0, length: 2, sharedQualifier: true, sharedUnit: false}},
      {value: '11%左右', amount: 11, qualifier: 'about', list: {index: 1, length: 2, sharedQualifier: true, sharedUnit: false}}
    ])
  })

  it('does not share a qualifier across different units', () => {
    expectAll('分别增长1.5倍、11%左右', [
      {value: '1.5倍', qualifier: null},
      {value: '11%左右', qualifier: 'about', list: {index: 1, length: 2, sharedQualifier: false, sharedUnit: false}}
    ])
  })

  it('does not take 上下 of 上下游', () => {
    expectOne('30万上下游企业', {value: '30万', qualifier: null})
  })
})
