import {describe, it} from 'vitest'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** Ranges, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['增长6%—6.5%', {value: '6%—6.5%', kind: 'range', rangeKind: 'percent', min: 6, max: 6.5, unit: '%', amount: null, coefficient: null}],
  ['4.5%至5%', {value: '4.5%至5%', kind: 'range', rangeKind: 'percent', min: 4.5, max: 5}],
  ['3%-5%', {value: '3%-5%', kind: 'range', min: 3, max: 5}],
  ['6%～7%', {value: '6%～7%', kind: 'range', min: 6, max: 7}],
  ['15%-20%', {value: '15%-20%', kind: 'range', min: 15, max: 20}],
  ['9%-10%', {value: '9%-10%', kind: 'range', min: 9, max: 10}],
  ['6%——7%', {value: '6%——7%', kind: 'range', min: 6, max: 7}],
  ['6%〜7%', {value: '6%〜7%', kind: 'range', min: 6, max: 7}],
  ['上涨2—5倍', {value: '2—5倍', kind: 'range', rangeKind: 'multiple', min: 2, max: 5, unit: '倍'}],
  ['500—5000 万元项目', {value: '500—5000 万元', kind: 'range', rangeKind: 'number', min: 5_000_000, max: 50_000_000, unit: '元', scale: 10_000}],
  ['20-30万元', {value: '20-30万元', kind: 'range', min: 200_000, max: 300_000, unit: '元'}],
  ['5万—10万元', {value: '5万—10万元', kind: 'range', min: 50_000, max: 100_000, unit: '元'}],
  ['1—2个百分点', {value: '1—2个百分点', kind: 'range', rangeKind: 'percentagePoint', min: 1, max: 2}],
  ['3到5年', {value: '3到5年', kind: 'range', min: 3, max: 5, unit: '年'}],
  ['增长6.5%到7%', {value: '6.5%到7%', kind: 'range', rangeKind: 'percent', min: 6.5, max: 7, unit: '%'}],
  ['增长百分之六到百分之七', {value: '百分之六到百分之七', kind: 'range', rangeKind: 'percent', min: 6, max: 7}],
  ['按3000元到30000元的标准', {value: '3000元到30000元', kind: 'range', min: 3000, max: 30_000, unit: '元'}],
  ['三至五年', {value: '三至五年', kind: 'range', min: 3, max: 5, unit: '年'}],
  ['10—15个', {value: '10—15个', kind: 'range', min: 10, max: 15, unit: '个'}],
  ['增长6%—6.5%左右', {value: '6%—6.5%左右', kind: 'range', min: 6, max: 6.5, qualifier: 'about'}],
  ['3 % - 5 %', {value: '3 % - 5 %', kind: 'range', min: 3, max: 5}],
  ['增长6%-7%之间', {value: '6%-7%之间', kind: 'range', min: 6, max: 7, qualifier: 'within', qualifierText: '之间'}],
  ['在5000亿元到6000亿元之间', {value: '5000亿元到6000亿元之间', kind: 'range', min: 5e11, max: 6e11, qualifier: 'within'}],
  // `之间` after a single value is not its qualifier.
  ['两国5%之间', {value: '5%', kind: 'percent', qualifier: null}]
]

describe('findQuantities: ranges', () => {
  it.each(cases)('%s', (text, expected) => {
    expectOne(text, expected)
  })

  it('does not join a falling pair into a range', () => {
    expectAll('由20%至10%', [
      {value: '20%', kind: 'percent'},
      {value: '10%', kind: 'percent'}
    ])
  })

  it('does not read a change `从…到…` or `由…到…` as a range', () => {
    expectAll('实现投资规模从1万亿元到2万亿元的跨越', [
      {value: '1万亿元', kind: 'number', amount: 1e12},
      {value: '2万亿元', kind: 'number', amount: 2e12}
    ])
    expectAll('比重由50%到60%', [
      {value: '50%', kind: 'percent'},
      {value: '60%', kind: 'percent'}
    ])
  })

  it('does not join different units', () => {
    expectAll('5%-3倍', [
      {value: '5%', kind: 'percent'},
      {value: '3倍', kind: 'multiple'}
    ])
  })

  it('does not read two bare numbers as a range or a negative', () => {
    expectAll('电话0731-12345678', [
      {value: '0731', amount: 731},
      {value: '12345678', amount: 12_345_678}
    ])
  })
})
