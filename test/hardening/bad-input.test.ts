/**
 * Bad input: programmer errors throw a typed error naming the API and the
 * type received; odd text never throws. (The 100 MB input is measured by
 * `npm run bench`, not here: it takes about 20 s.)
 */

import {describe, expect, it} from 'vitest'
import {BaogaoError, parseReport, toString} from '../../src/index.js'
import {checkTree} from '../util/invariants.js'

describe('bad input', () => {
  it.each([
    ['undefined', undefined, 'got undefined'],
    ['a number', 42, 'got number'],
    ['a Buffer', Buffer.from('一、工作回顾'), 'got an instance of Buffer'],
    ['a boxed string', new String('一、'), 'got an instance of String'],
    ['an array of lines', ['一、工作回顾'], 'got an instance of Array'],
    ['a symbol', Symbol('text'), 'got symbol']
  ])('parseReport(%s) throws a BaogaoError naming the API and the type', (_, value, got) => {
    let caught: unknown
    try {
      parseReport(value as never)
    } catch (error) {
      caught = error
    }

    expect(caught).toBeInstanceOf(BaogaoError)
    expect(caught).toMatchObject({name: 'BaogaoError', code: 'invalid-argument', message: `parseReport(): expected a string, ${got}`})
  })

  it('returns an empty root with no documents and no diagnostics for an empty string', () => {
    const tree = parseReport('')
    expect(tree.children).toEqual([])
    expect(tree.data?.messages).toEqual([])
  })

  it.each([
    ['NUL bytes', '\u0000'.repeat(1000)],
    ['lone surrogates', '\ud800一、\udfff（一）\udbff'],
    ['only line breaks', '\r\n\n\r\r\n'],
    ['a BOM and full-width spaces', '\ufeff\u3000\u3000一、工作回顾\u3000'],
    ['a 200,000-character line of asterisk pairs and digits', '*1'.repeat(100_000)],
    ['unclosed Markdown and front matter', '---\ntitle: 报告\n**一、回顾\n## \n']
  ])('parses %s losslessly', (_, text) => {
    const tree = parseReport(text)
    expect(toString(tree)).toBe(text)
    expect(checkTree(tree, text)).toBeUndefined()
  })
})
