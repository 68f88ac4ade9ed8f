import {describe, it} from 'vitest'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** Masked figures, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['增长**.*％', {value: '**.*％', kind: 'percent', masked: true, amount: null, coefficient: null, unit: '%'}],
  ['完成***亿元', {value: '***亿元', kind: 'number', masked: true, amount: null, scale: 1e8, unit: '元'}],
  ['全省第*', {value: '第*', kind: 'ordinal', masked: true, amount: null}],
  ['增长X.X%', {value: 'X.X%', kind: 'percent', masked: true}],
  ['增长*.*％以上', {value: '*.*％以上', kind: 'percent', masked: true, qualifier: 'atLeast'}],
  ['新建*G基站***个', {value: '***个', kind: 'number', masked: true, unit: '个'}],
  ['20XX 年', {value: '20XX 年', kind: 'date', masked: true, from: {year: null, quarter: null, month: null, day: null}}],
  ['新冠疫情暴发的*年来', {value: '*年', kind: 'number', masked: true, unit: '年'}],
  ['（****—****年）', {value: '****—****年', kind: 'period', masked: true}],
  ['增长XX%', {value: 'XX%', kind: 'percent', masked: true}],
  ['投资＊＊亿元', {value: '＊＊亿元', kind: 'number', masked: true, scale: 1e8}],
  ['下降*个百分点', {value: '*个百分点', kind: 'percentagePoint', masked: true}],
  ['20**年', {value: '20**年', kind: 'date', masked: true}],
  ['*月底全部复工', {value: '*月', kind: 'date', masked: true, from: {year: null, quarter: null, month: null, day: null}}],
  ['XX万元', {value: 'XX万元', kind: 'number', masked: true, scale: 10_000, unit: '元'}],
  // Anonymised digits deleted on one side of the point (corpus measurement).
  ['研发投入强度达到*.％。', {value: '*.％', kind: 'percent', masked: true, amount: null, unit: '%'}],
  ['增长.*％，', {value: '.*％', kind: 'percent', masked: true, amount: null}],
  ['增长5.*％', {value: '5.*％', kind: 'percent', masked: true, amount: null}],
  ['增长5.X%', {value: '5.X%', kind: 'percent', masked: true}]
]

/** Masks that are not quantities. */
const refused: string[] = ['**政府工作报告**', 'XX市', 'XXL', '****', '**', 'eXX%', '*G']

describe('findQuantities: masked figures', () => {
  it.each(cases)('%s', (text, expected) => {
    expectOne(text, expected)
  })

  it.each(refused.map((text) => [text]))('%s is not a quantity', (text) => {
    expectAll(text, [])
  })

  it('reads three masked percentage points in a list', () => {
    expectAll('分别高于年初计划*个、**个、**个百分点', [
      {value: '*个', kind: 'percentagePoint', masked: true, unit: '个百分点', list: {index: 0, length: 3, sharedQualifier: false, sharedUnit: true}},
      {value: '**个', kind: 'percentagePoint', masked: true, list: {index: 1, length: 3, sharedQualifier: false, sharedUnit: true}},
      {value: '**个百分点', kind: 'percentagePoint', masked: true, list: {index: 2, length: 3, sharedQualifier: false, sharedUnit: true}}
    ])
  })

  it('reads three periods and three masked rates', () => {
    expectAll('一季度、上半年、前三季度地区生产总值分别增长**.*％、**.*％、**％', [
      {value: '一季度', kind: 'period'},
      {value: '上半年', kind: 'period', from: {year: null, quarter: null, month: 1, day: null}, to: {year: null, quarter: null, month: 6, day: null}},
      {value: '前三季度', kind: 'period'},
      {value: '**.*％', kind: 'percent', masked: true},
      {value: '**.*％', kind: 'percent', masked: true},
      {value: '**％', kind: 'percent', masked: true}
    ])
  })

  it('keeps bold Markdown around a year', () => {
    expectAll('**2022年**', [{value: '2022年', kind: 'date'}])
  })

  it('reads counts after masked places', () => {
    expectAll('XX占10家，XX占1家', [
      {value: '10家', amount: 10},
      {value: '1家', amount: 1}
    ])
  })
})
