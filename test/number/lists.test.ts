import {describe, it} from 'vitest'
import {expectAll} from './helpers.js'

describe('findQuantities: lists', () => {
  it('shares unit and scale with bare earlier items', () => {
    expectAll('分别为20、30亿元', [
      {value: '20', kind: 'number', amount: 2_000_000_000, scale: 1e8, unit: '元', list: {index: 0, length: 2, sharedQualifier: false, sharedUnit: true}},
      {value: '30亿元', amount: 3_000_000_000, list: {index: 1, length: 2, sharedQualifier: false, sharedUnit: true}}
    ])
  })

  it('turns 个 into 个百分点 when the list ends in 个百分点', () => {
    expectAll('分别提高 1.4 个、7.9 个百分点', [
      {value: '1.4 个', kind: 'percentagePoint', amount: 1.4, unit: '个百分点', list: {index: 0, length: 2, sharedQualifier: false, sharedUnit: true}},
      {value: '7.9 个百分点', kind: 'percentagePoint', amount: 7.9, unit: '个百分点'}
    ])
  })

  it('joins items with 和 and 及', () => {
    expectAll('增长5%和6%', [
      {value: '5%', list: {index: 0, length: 2, sharedQualifier: false, sharedUnit: false}},
      {value: '6%', list: {index: 1, length: 2, sharedQualifier: false, sharedUnit: false}}
    ])
    expectAll('3.2及4.5个百分点', [
      {value: '3.2', kind: 'percentagePoint', amount: 3.2},
      {value: '4.5个百分点', kind: 'percentagePoint'}
    ])
  })

  it('shares 以上 across a list of counts', () => {
    expectAll('新增10家、20家以上', [
      {value: '10家', qualifier: 'atLeast', qualifierText: '以上', list: {index: 0, length: 2, sharedQualifier: true, sharedUnit: false}},
      {value: '20家以上', qualifier: 'atLeast'}
    ])
  })

  it('does not list quantities separated by other words', () => {
    expectAll('增长5%，其中6%', [
      {value: '5%', list: null},
      {value: '6%', list: null}
    ])
  })

  it('does not list dates with amounts', () => {
    expectAll('2021年和5%', [
      {value: '2021年', kind: 'date', list: null},
      {value: '5%', list: null}
    ])
  })

  it('keeps its own qualifier on an earlier item', () => {
    expectAll('约3%、5%左右', [
      {value: '约3%', qualifier: 'about', qualifierText: '约'},
      {value: '5%左右', qualifier: 'about', list: {index: 1, length: 2, sharedQualifier: false, sharedUnit: false}}
    ])
  })
})
