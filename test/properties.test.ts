import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {checkTree} from './util/invariants.js'

/** Pieces that exercise the parser: markers, terminators, breaks, odd code points. */
const pieces = [
  '一、', '（一）', '(二)', '1.', '1、', '（1）', '①', '⑴', '第一，', '一是', '二要', '首先，', '——', '──',
  '。', '；', '！', '？', '……', '：', '，', '、', '”', '“', '）', '（', '**', '## ', '---\n', '---',
  '\n', '\n\n', '\r\n', '\r', '\u3000', '\u00a0', '\ufeff', '\t', ' ', '\u0000', '\ud800', '\udfff',
  '5.5%左右', '1100万人以上', '9.53', '亿元', '**.*％', '2022年', '十四五', '增长', '经济', '工作',
  '政府工作报告', '各位代表：', '同志们：', '.....\t5', '20XX 年'
]

const reportLike = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 60}).map((parts) => parts.join(''))

describe('properties', () => {
  it('never throws and keeps every character, with exact positions (report-like text)', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        expect(checkTree(parseReport(text), text)).toBeUndefined()
      }),
      {numRuns: 2000}
    )
  })

  it('never throws and keeps every character (any UTF-16 string)', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        expect(checkTree(parseReport(text), text)).toBeUndefined()
      }),
      {numRuns: 1000}
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        expect(parseReport(text)).toEqual(parseReport(text))
      }),
      {numRuns: 300}
    )
  })

  it('parses 1 MB inputs of repeated structure losslessly', () => {
    const unit = '一、总体要求\n\n（一）稳字当头。一是扩大内需；二是稳定就业。\n\n2022年国内生产总值增长5.5%左右，城镇新增就业\n\n1100万人以上。\u3000\r\n'
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length))
    expect(checkTree(parseReport(text), text)).toBeUndefined()
    const lines = '\n'.repeat(1_000_000)
    expect(checkTree(parseReport(lines), lines)).toBeUndefined()
    const run = '。'.repeat(500_000) + '一'.repeat(500_000)
    expect(checkTree(parseReport(run), run)).toBeUndefined()
  })
})
