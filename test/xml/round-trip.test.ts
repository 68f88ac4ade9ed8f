import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseReport, type Root} from '../../src/index.js'
import * as xml from '../../src/xml/index.js'
import {fromXml, toXml} from '../../src/xml/index.js'

const fixtures = new URL('../fixtures/', import.meta.url)

/** A position from offsets on one line (for hand-written trees). */
function at(start: number, end: number, line = 1): Root['position'] {
  return {start: {line, column: start + 1, offset: start}, end: {line, column: end + 1, offset: end}}
}

/** Round trip, checking both deep equality and key order. */
function roundTrip(tree: unknown): unknown {
  const back = fromXml(toXml(tree as Root))
  expect(back).toEqual(tree)
  expect(JSON.stringify(back)).toBe(JSON.stringify(tree))
  return back
}

describe('toXml / fromXml round trip', () => {
  it('exports toXml, fromXml and the error type', () => {
    expect(Object.keys(xml).sort()).toEqual(['BaogaoError', 'fromXml', 'toXml'])
  })

  it.each(readdirSync(fixtures).sort())('fixture %s', (name) => {
    const text = readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8')
    const tree = parseReport(text)
    roundTrip(tree)
    // Positions of parsed trees follow from the text, so none are written.
    expect(toXml(tree)).not.toContain('bg:position')
    expect(fromXml(toXml(tree, {positions: 'explicit'}))).toEqual(tree)
    expect(toXml(tree, {positions: 'explicit'})).toContain(`bg:position="1:1:0 `)
  })

  it('keeps fields of every JavaScript type, including those later layers add', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'document',
          meta: {
            kind: 'report',
            ordinal: 2,
            title: '北京市政府工作报告',
            region: '北京市',
            year: 2022,
            date: '2022-01-06',
            venue: null,
            speaker: {name: '陈吉宁', role: '市长'},
            salutation: '各位代表'
          },
          children: [
            {
              type: 'section',
              depth: 1,
              label: 'targets',
              confidence: 0.875,
              cues: ['主要预期目标', '力争'],
              alsoContains: [],
              children: [
                {
                  type: 'heading',
                  depth: 1,
                  marker: {style: 'hanComma', ordinal: 1, value: '一、'},
                  children: [{type: 'marker', style: 'hanComma', ordinal: 1, value: '一、', position: at(0, 2)}],
                  position: at(0, 2)
                },
                {
                  type: 'paragraph',
                  role: 'targets',
                  children: [
                    {
                      type: 'quantity',
                      value: '1.37万亿斤以上',
                      kind: 'number',
                      amount: 1.37e12,
                      coefficient: 1.37,
                      scale: 1e12,
                      min: null,
                      max: null,
                      unit: '斤',
                      qualifier: 'atLeast',
                      qualifierText: '以上',
                      masked: false,
                      approximate: true,
                      list: {index: 0, length: 2, sharedQualifier: true},
                      from: {year: 2022, quarter: null, month: 3, day: 5},
                      ratio: [32.6, 32.5, 34.9],
                      position: at(2, 11)
                    }
                  ],
                  position: at(2, 11)
                }
              ],
              position: at(0, 11)
            }
          ],
          position: at(0, 11)
        }
      ],
      data: {
        messages: [
          {
            reason: 'Unexpected `⑴` after `（1）`',
            ruleId: 'heading-order',
            source: 'baogao',
            severity: 'warning',
            place: at(0, 2)
          }
        ]
      },
      position: at(0, 11)
    }
    roundTrip(tree)
  })

  it('keeps numbers exactly', () => {
    const numbers = [0, -0, 1, -1, 1e-7, 5e-324, 1e21, 123_456_789_012_345_680_000, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, Infinity, -Infinity, Number.NaN, 0.1 + 0.2]
    const tree = {type: 'root', children: [], data: {messages: []}, numbers, depth: -0, big: 1e300, tiny: -1e-300, position: at(0, 0)}
    const back = fromXml(toXml(tree as unknown as Root)) as unknown as typeof tree
    expect(back).toEqual(tree)
    expect(Object.is(back.depth, -0)).toBe(true)
    for (const [index, number] of numbers.entries()) expect(Object.is(back.numbers[index], number)).toBe(true)
  })

  it.each([
    ['NUL', 'a\u0000b'],
    ['C0 controls', '\u0001\u0008\u000B\u000C\u000E\u001F'],
    ['lone high surrogate', '政\uD800府'],
    ['lone low surrogate', '\uDFFF政'],
    ['reversed pair', '\uDC00\uD800'],
    ['a valid pair', '𠀀𪚥'],
    ['U+FFFE and U+FFFF', '\uFFFE\uFFFF'],
    ['CDATA end', ']]>'],
    ['markup', '&amp; < > " \' &#13; <![CDATA[x]]> <!DOCTYPE'],
    ['line endings', 'a\r\nb\rc\n\n'],
    ['white space only', ' \t\u3000\u00A0\r\n'],
    ['backslashes', '\\ \\\\ \\u{0} \\u{D800}'],
    ['backslash with NUL', '\\u{0}\u0000\\'],
    ['empty', '']
  ])('keeps strings with %s in text, attributes, arrays and keys', (_, value) => {
    const tree = {
      type: 'root',
      children: [
        {type: 'text', value, title: value, cues: [value, value], meta: {[value || 'empty']: value}, position: at(0, value.length)}
      ],
      data: {messages: []},
      position: at(0, value.length)
    }
    roundTrip(tree)
    const text = parseReport(value)
    roundTrip(text)
  })

  it('keeps trees whose shape is not baogao’s', () => {
    const tree: Record<string, unknown> = {
      data: {messages: [], extra: [[], {}, [[1, 'a', null, true, undefined]], '']},
      type: 'root',
      children: [
        {type: 'my type', value: 'x', 'a key': 1, '1st': '1', xmlns: 'n', XMLfoo: true, 'bg:x': 'y', 中文: '中', i: [1], node: {}, field: 'f'},
        {type: 'node', value: 'n'},
        {type: 'field', children: []},
        {type: 'empty', value: ''},
        {type: 'bare'},
        {type: 'both', value: 'v', children: [{type: 'text', value: 'c'}]},
        {type: 'numeric', value: 5},
        {type: 'odd', children: [{type: 'text', value: 'a'}, 'not a node', 3]},
        {type: 'positions', position: {start: {line: 1, column: 1}, end: {line: 1, column: 2}}},
        {type: 'indented', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 2, column: 1, offset: 5}, indent: [1]}},
        {type: 'negative', position: {start: {line: -1, column: 0, offset: -0}, end: {line: 1, column: 1, offset: 0}}},
        {type: 'nullPosition', position: null},
        {type: 'stringPosition', position: '1:1'},
        {type: 'text', position: at(40, 41), value: 'wrong place'},
        {value: 'order', type: 'text', position: at(0, 5)},
        {type: 'toString', toString: 'x', hasOwnProperty: 'y', valueOf: 1},
        {type: 'xmlText', value: 'reserved element name'},
        {type: 'deep', a: {b: {c: {d: [{e: [{f: 'g'}]}]}}}}
      ],
      position: at(0, 60)
    }
    roundTrip(tree)
  })

  it('writes the documented format', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'section',
          depth: 1,
          label: 'review',
          cues: ['回顾'],
          children: [{type: 'text', value: '甲&乙\u0000', position: at(0, 4)}],
          position: at(0, 4)
        }
      ],
      data: {messages: []},
      position: at(0, 4)
    }
    expect(toXml(tree as unknown as Root)).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="1" bg:order="0 2 1 3">' +
        '<bg:data><bg:messages bg:type="array"/></bg:data>' +
        '<section depth="1" label="review" bg:types="depth:number"><bg:cues bg:type="array"><bg:i>回顾</bg:i></bg:cues>' +
        '<text bg:types="value:escaped">甲&amp;乙\\u{0}</text>' +
        '</section></root>'
    )
  })

  it('reads back hand-edited XML: comments, CDATA, character references, declarations omitted', () => {
    const xml =
      '<!-- a comment --><root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="1">' +
      '<text><![CDATA[<甲>]]>&#x4E59;&#20057;</text><!-- c --><bg:data><bg:messages bg:type="array"/></bg:data></root>'
    expect(fromXml(xml)).toEqual({
      type: 'root',
      children: [{type: 'text', value: '<甲>乙乙', position: at(0, 5)}],
      data: {messages: []},
      position: at(0, 5)
    })
  })
})

/** Pieces that exercise the parser (as in test/properties.test.ts). */
const pieces = [
  '一、', '（一）', '(二)', '1.', '1、', '（1）', '①', '⑴', '第一，', '一是', '二要', '首先，', '——',
  '。', '；', '！', '？', '……', '：', '，', '、', '”', '“', '）', '（', '**', '## ', '---\n',
  '\n', '\n\n', '\r\n', '\r', '\u3000', '\u00a0', '\ufeff', '\t', ' ', '\u0000', '\ud800', '\udfff', '\uffff',
  '5.5%左右', '1100万人以上', '9.53', '亿元', '**.*％', '2022年', '十四五', '增长', '政府工作报告', '各位代表：',
  ']]>', '&', '<', '\\', '\\u{0}'
]

const reportLike = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4})), {maxLength: 60})
  .map((parts) => parts.join(''))

describe('large inputs (linear time)', () => {
  it.each([
    ['escapes', '\\u{0}\u0000&<>]]>\r\uD800'],
    ['references', '&amp;&#13;'],
    ['line feeds', '\n'],
    ['report text', '国内生产总值增长5.5%左右。\n\n']
  ])('round-trips 1 MB of %s quickly', (_, unit) => {
    const value = unit.repeat(Math.ceil(1_000_000 / unit.length))
    const tree = {type: 'root', children: [{type: 'text', value, title: value, position: at(0, 1)}], data: {messages: []}}
    const start = performance.now()
    expect(fromXml(toXml(tree as unknown as Root))).toEqual(tree)
    expect(performance.now() - start).toBeLessThan(5000)
  })
})

describe('properties', () => {
  it('parse → toXml → fromXml deep-equals the tree (report-like text)', () => {
    fc.assert(
      fc.property(reportLike, (text) => {
        const tree = parseReport(text)
        expect(fromXml(toXml(tree))).toEqual(tree)
      }),
      {numRuns: 500}
    )
  })

  it('toXml → fromXml deep-equals any JSON-like fields', () => {
    const key = fc.string({unit: 'binary', maxLength: 8}).filter((name) => !['__proto__', 'constructor', 'prototype'].includes(name))
    fc.assert(
      // Names toXml and fromXml refuse are left out at any depth.
      fc.property(fc.dictionary(key, fc.jsonValue(), {maxKeys: 6}).filter((fields) => !/"(?:__proto__|constructor|prototype)":/.test(JSON.stringify(fields))), fc.string({unit: 'binary'}), (fields, value) => {
        const tree = {...fields, type: 'root', children: [{...fields, type: 'text', value}], data: {messages: []}}
        expect(fromXml(toXml(tree as unknown as Root))).toEqual(tree)
      }),
      {numRuns: 300}
    )
  })
})
