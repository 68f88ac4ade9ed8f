import {describe, expect, it} from 'vitest'
import * as baogao from '../src/index.js'
import {caught} from './util/caught.js'

describe('public surface', () => {
  it('exports exactly these values from `baogao`', () => {
    expect(Object.keys(baogao).sort()).toEqual([
      'BaogaoError',
      'classifyDocument',
      'classifySection',
      'contentCues',
      'extractIndicators',
      'extractTargets',
      'headingCues',
      'indicatorKeys',
      'parseReport',
      'resolveIndicatorKey',
      'splitDocuments',
      'toCsv',
      'toString'
    ])
  })
})

describe('programmer errors', () => {
  it.each([
    [undefined, 'parseReport(): expected a string, got undefined'],
    [null, 'parseReport(): expected a string, got null'],
    [42, 'parseReport(): expected a string, got number'],
    [new Uint8Array([0xe4, 0xb8, 0x80]), 'parseReport(): expected a string, got an instance of Uint8Array'],
    [{}, 'parseReport(): expected a string, got an instance of Object']
  ])('parseReport(%o) throws a BaogaoError', (value, message) => {
    const error = caught(() => baogao.parseReport(value as string))
    expect(error).toBeInstanceOf(baogao.BaogaoError)
    expect(error).toMatchObject({code: 'invalid-argument', message, name: 'BaogaoError'})
  })

  it('returns an empty root for an empty string, with no diagnostics', () => {
    const tree = baogao.parseReport('')
    expect(tree).toEqual({
      type: 'root',
      children: [],
      data: {messages: []},
      position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1, offset: 0}}
    })
  })

  it('returns a root holding only white space for a blank input', () => {
    const tree = baogao.parseReport('\n\u3000\n')
    expect(tree.children).toEqual([
      {
        type: 'whitespace',
        value: '\n\u3000\n',
        position: {start: {line: 1, column: 1, offset: 0}, end: {line: 3, column: 1, offset: 3}}
      }
    ])
  })
})

describe('diagnostics', () => {
  it('reports duplicated and skipped ordinals, in order, to onMessage too', () => {
    const input = '一、形势\n\n(二)、强化运行监测。\n\n(二)、深挖技改项目。\n\n二、任务\n\n1.加快建设\n\n三、要求'
    const seen: Array<string> = []
    const tree = baogao.parseReport(input, {onMessage: (message) => seen.push(message.ruleId)})
    expect(tree.data.messages.map((message) => [message.ruleId, message.place.start.line, message.reason])).toEqual([
      ['heading-order', 3, 'Unexpected first ordinal `2` in `(二)、` headings, expected `1`'],
      ['heading-order', 5, 'Unexpected ordinal `2` after `2` in `(二)、` headings'],
      ['heading-skip', 9, 'Unexpected `1.` heading right under a `二、` heading: 1 level(s) skipped']
    ])
    expect(seen).toEqual(['heading-order', 'heading-order', 'heading-skip'])
    expect(tree.data.messages[0]).toMatchObject({source: 'baogao', severity: 'warning'})
  })

  it('reports restarted numbering as info and keeps the sections', () => {
    const input = '一、甲\n\n二、乙\n\n最后，我再强调一点。\n\n一、关于脱贫攻坚工作'
    const tree = baogao.parseReport(input)
    expect(tree.data.messages.map((message) => [message.ruleId, message.severity])).toEqual([['heading-restart', 'info']])
  })
})

describe('subpath surfaces', () => {
  it.each([
    ['number', ['findQuantities', 'parseChineseNumber']],
    ['xml', ['BaogaoError', 'fromXml', 'toXml']],
    ['unified', ['baogaoParse']],
    ['io', ['BaogaoError', 'decodeText']]
  ])('baogao/%s exports exactly %j', async (name, expected) => {
    const module = (await import(`../src/${name}/index.ts`)) as Record<string, unknown>
    expect(Object.keys(module).sort()).toEqual(expected)
  })
})
