import {describe, it} from 'vitest'
import type {CalendarPoint} from '../../src/number/index.js'
import {expectAll, expectOne, type Expected} from './helpers.js'

/** A calendar point from its parts. */
function at(parts: Partial<CalendarPoint>): CalendarPoint {
  return {year: null, quarter: null, month: null, day: null, ...parts}
}

/** Dates and periods, worked out by hand. */
const cases: Array<[string, Expected]> = [
  ['2022年3月5日', {value: '2022年3月5日', kind: 'date', amount: null, from: at({year: 2022, month: 3, day: 5}), to: at({year: 2022, month: 3, day: 5})}],
  ['2021年', {value: '2021年', kind: 'date', from: at({year: 2021})}],
  ['2021年工作回顾', {value: '2021年', kind: 'date', from: at({year: 2021})}],
  ['二〇二二年三月五日', {value: '二〇二二年三月五日', kind: 'date', from: at({year: 2022, month: 3, day: 5})}],
  ['2022年12月', {value: '2022年12月', kind: 'date', from: at({year: 2022, month: 12})}],
  ['3月5日', {value: '3月5日', kind: 'date', from: at({month: 3, day: 5})}],
  ['5 月中旬前', {value: '5 月', kind: 'date', from: at({month: 5})}],
  ['10 月份', {value: '10 月份', kind: 'date', from: at({month: 10})}],
  ['十二月', {value: '十二月', kind: 'date', from: at({month: 12})}],
  ['3月5号', {value: '3月5号', kind: 'date', from: at({month: 3, day: 5})}],
  ['20XX 年 1 月 1 日', {value: '20XX 年 1 月 1 日', kind: 'date', masked: true, from: at({month: 1, day: 1})}],
  ['1—4月', {value: '1—4月', kind: 'period', from: at({month: 1}), to: at({month: 4})}],
  ['1-11 月份', {value: '1-11 月份', kind: 'period', from: at({month: 1}), to: at({month: 11})}],
  ['1至11月', {value: '1至11月', kind: 'period', from: at({month: 1}), to: at({month: 11})}],
  ['明年5~6月份', {value: '5~6月份', kind: 'period', from: at({month: 5}), to: at({month: 6})}],
  ['8月23日~25日', {value: '8月23日~25日', kind: 'period', from: at({month: 8, day: 23}), to: at({month: 8, day: 25})}],
  ['2021—2025年', {value: '2021—2025年', kind: 'period', from: at({year: 2021}), to: at({year: 2025})}],
  ['2022年1—4月', {value: '2022年1—4月', kind: 'period', from: at({year: 2022, month: 1}), to: at({year: 2022, month: 4})}],
  ['2021年至2025年', {value: '2021年至2025年', kind: 'period', from: at({year: 2021}), to: at({year: 2025})}],
  ['一季度', {value: '一季度', kind: 'period', from: at({quarter: 1}), to: at({quarter: 1})}],
  ['四季度开工', {value: '四季度', kind: 'period', from: at({quarter: 4}), to: at({quarter: 4})}],
  ['第一季度', {value: '第一季度', kind: 'period', from: at({quarter: 1}), to: at({quarter: 1})}],
  ['2022年一季度', {value: '2022年一季度', kind: 'period', from: at({year: 2022, quarter: 1})}],
  ['前三季度', {value: '前三季度', kind: 'period', from: at({quarter: 1}), to: at({quarter: 3})}],
  ['前10个月', {value: '前10个月', kind: 'period', from: at({month: 1}), to: at({month: 10})}],
  ['前两个月', {value: '前两个月', kind: 'period', from: at({month: 1}), to: at({month: 2})}],
  ['一至三季度', {value: '一至三季度', kind: 'period', from: at({quarter: 1}), to: at({quarter: 3})}],
  ['（****—****年）', {value: '****—****年', kind: 'period', masked: true}],
  [
    '20XX 年 1 月 1 日至 20XX9 年 12 月 31 日',
    {value: '20XX 年 1 月 1 日至 20XX9 年 12 月 31 日', kind: 'period', masked: true, from: at({month: 1, day: 1}), to: at({month: 12, day: 31})}
  ],
  ['一九四九年', {value: '一九四九年', kind: 'date', from: at({year: 1949})}],
  // Halves of the year (added with the corpus measurement).
  ['上半年', {value: '上半年', kind: 'period', amount: null, from: at({month: 1}), to: at({month: 6})}],
  ['下半年经济', {value: '下半年', kind: 'period', from: at({month: 7}), to: at({month: 12})}],
  ['2022年上半年', {value: '2022年上半年', kind: 'period', from: at({year: 2022, month: 1}), to: at({year: 2022, month: 6})}],
  ['20XX 年下半年经济形势', {value: '20XX 年下半年', kind: 'period', masked: true, from: at({month: 7}), to: at({month: 12})}],
  ['二〇二三年下半年', {value: '二〇二三年下半年', kind: 'period', from: at({year: 2023, month: 7}), to: at({year: 2023, month: 12})}],
  ['上半年度', {value: '上半年', kind: 'period', from: at({month: 1}), to: at({month: 6})}]
]

describe('findQuantities: dates and periods', () => {
  it.each(cases)('%s', (text, expected) => {
    expectOne(text, expected)
  })

  it('reads a duration, not a year, for short numbers before 年', () => {
    expectOne('近5年', {value: '近5年', kind: 'number', amount: 5, unit: '年', qualifier: 'near'})
  })

  it('does not read 13月 or 32日 as dates', () => {
    expectAll('13月', [{value: '13', kind: 'number'}])
    expectAll('32日', [{value: '32', kind: 'number'}])
  })

  it('reads the dateline of a report', () => {
    expectAll('——2022年3月5日在第十三届全国人民代表大会第五次会议上', [
      {value: '2022年3月5日', kind: 'date'}
    ])
  })
})
