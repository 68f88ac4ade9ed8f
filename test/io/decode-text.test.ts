import {execFileSync} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {BaogaoError} from '../../src/index.js'
import * as io from '../../src/io/index.js'
import {decodeText} from '../../src/io/index.js'
import {corpusFiles, hasCorpus, readCorpus} from '../util/corpus.js'
import {caught} from '../util/caught.js'

/** Bytes from hex (`d5 fe b8 ae`). */
function hex(text: string): Uint8Array {
  return Uint8Array.from(text.split(/\s+/).filter(Boolean), (pair) => Number.parseInt(pair, 16))
}

/** UTF-8 bytes. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** UTF-16 bytes, little- or big-endian, without BOM. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2)
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = unit & 0xff
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = unit >> 8
  }

  return bytes
}

/** Concatenate byte arrays. */
function join(...parts: Array<Uint8Array>): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }

  return bytes
}

const report = '各位代表：\n\n现在，我代表国务院，向大会报告政府工作，请予审议。\r\n2022年国内生产总值增长5.5%左右。①（一）'

describe('decodeText', () => {
  it('exports decodeText and the error type', () => {
    expect(Object.keys(io).sort()).toEqual(['BaogaoError', 'decodeText'])
  })

  it('reads empty input as empty UTF-8', () => {
    expect(decodeText(new Uint8Array(0))).toEqual({text: '', encoding: 'utf-8', bom: false, messages: []})
  })

  it('reads ASCII as UTF-8', () => {
    expect(decodeText(utf8('GDP +5.5%\n'))).toEqual({text: 'GDP +5.5%\n', encoding: 'utf-8', bom: false, messages: []})
  })

  it('reads UTF-8 without and with BOM (which it strips)', () => {
    expect(decodeText(utf8(report))).toEqual({text: report, encoding: 'utf-8', bom: false, messages: []})
    expect(decodeText(join(hex('ef bb bf'), utf8(report)))).toEqual({text: report, encoding: 'utf-8', bom: true, messages: []})
    expect(decodeText(hex('ef bb bf'))).toEqual({text: '', encoding: 'utf-8', bom: true, messages: []})
  })

  it('reads UTF-16 LE and BE with BOM', () => {
    expect(decodeText(join(hex('ff fe'), utf16(report, 'le')))).toEqual({text: report, encoding: 'utf-16le', bom: true, messages: []})
    expect(decodeText(join(hex('fe ff'), utf16(report, 'be')))).toEqual({text: report, encoding: 'utf-16be', bom: true, messages: []})
    // `政府` as UTF-16LE with BOM, by hand: U+653F U+5E9C.
    expect(decodeText(hex('ff fe 3f 65 9c 5e'))).toMatchObject({text: '政府', encoding: 'utf-16le'})
    expect(decodeText(hex('fe ff 65 3f 5e 9c'))).toMatchObject({text: '政府', encoding: 'utf-16be'})
  })

  it('reads UTF-16 LE and BE without BOM when NUL bytes show it', () => {
    expect(decodeText(utf16(report, 'le'))).toEqual({text: report, encoding: 'utf-16le', bom: false, messages: []})
    expect(decodeText(utf16(report, 'be'))).toEqual({text: report, encoding: 'utf-16be', bom: false, messages: []})
    expect(decodeText(utf16('2022\n', 'le'))).toMatchObject({text: '2022\n', encoding: 'utf-16le'})
  })

  it.each([
    ['政府工作报告', 'd5 fe b8 ae b9 a4 d7 f7 b1 a8 b8 e6'],
    ['各位代表：\n', 'b8 f7 ce bb b4 fa b1 ed a3 ba 0a'],
    ['国内生产总值增长5.5%左右。', 'b9 fa c4 da c9 fa b2 fa d7 dc d6 b5 d4 f6 b3 a4 35 2e 35 25 d7 f3 d3 d2 a1 a3'],
    // GBK extension (`镕`) and a four-byte sequence (`𠮷`).
    ['朱镕基', 'd6 ec e9 46 bb f9'],
    ['国内生产总值增长𠮷', 'b9 fa c4 da c9 fa b2 fa d7 dc d6 b5 d4 f6 b3 a4 95 34 b2 35']
  ])('reads GB18030/GBK: %s', (text, bytes) => {
    expect(decodeText(hex(bytes))).toEqual({text, encoding: 'gb18030', bom: false, messages: []})
  })

  it('refuses to guess when two readings are plausible, naming both', () => {
    // `C3 A9` is `é` in UTF-8 and `茅` in GB18030.
    const error = caught(() => decodeText(hex('c3 a9')))
    expect(error).toBeInstanceOf(BaogaoError)
    expect(error).toMatchObject({code: 'ambiguous-encoding'})
    expect((error as Error).message).toBe(
      'decodeText(): the bytes read as UTF-8 (`é`) and as GB18030 (`茅`); refusing to guess, decode them with `new TextDecoder(encoding)`'
    )
    expect(() => decodeText(utf8('café au lait'))).toThrow(/UTF-8 \(`café au lait`\) and as GB18030 \(`caf茅 au lait`\)/)
  })

  it('is not fooled by UTF-8 that also reads as GB18030', () => {
    // `政府` in UTF-8 is valid GB18030 too (`鏀垮簻`), but not GB2312 text.
    expect(decodeText(hex('e6 94 bf e5 ba 9c'))).toMatchObject({text: '政府', encoding: 'utf-8'})
  })

  it('takes the best reading when none is plausible, and reports its replacement characters', () => {
    // UTF-8 with a stray `FF` byte at offset 3 of the text (`政` is one UTF-16 unit).
    const result = decodeText(join(utf8('政府\n工'), hex('ff'), utf8('作报告')))
    expect(result.encoding).toBe('utf-8')
    expect(result.text).toBe('政府\n工\uFFFD作报告')
    expect(result.messages).toEqual([
      {
        reason: 'Unexpected 1 replacement character (U+FFFD): bytes that could not be decoded',
        ruleId: 'replacement-character',
        source: 'baogao',
        severity: 'warning',
        place: {start: {line: 2, column: 2, offset: 4}, end: {line: 2, column: 3, offset: 5}}
      }
    ])
  })

  it.each([
    ['a string', '政府', 'string'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an ArrayBuffer', new ArrayBuffer(2), 'an instance of ArrayBuffer'],
    ['an array', [0xe6, 0x94], 'an instance of Array'],
    ['a Uint16Array', new Uint16Array(2), 'an instance of Uint16Array']
  ])('refuses %s with a BaogaoError', (_, value, got) => {
    const error = caught(() => decodeText(value as unknown as Uint8Array))
    expect(error).toBeInstanceOf(BaogaoError)
    expect(error).toMatchObject({code: 'invalid-argument', message: `decodeText(): expected a Uint8Array, got ${got}`})
  })

  it('accepts a Node Buffer', () => {
    expect(decodeText(Buffer.from(report))).toMatchObject({text: report, encoding: 'utf-8'})
  })
})

/** Whether python3 is there to encode GB18030 independently of TextDecoder. */
const hasPython = (() => {
  try {
    execFileSync('python3', ['-c', 'pass'])
    return true
  } catch {
    return false
  }
})()

describe.skipIf(!hasCorpus)('decodeText on the corpus', () => {
  it('reads every corpus file as UTF-8 without diagnostics', () => {
    const problems: Array<string> = []
    for (const file of corpusFiles()) {
      const text = readCorpus(file)
      const result = decodeText(utf8(text))
      if (result.encoding !== 'utf-8' || result.text !== text || result.messages.length > 0) {
        problems.push(`${file}: ${result.encoding} ${result.messages.map((message) => message.ruleId).join(', ')}`)
      }
    }

    expect(problems).toEqual([])
  })

  it.each(['city-economic-work-2023.txt', 'provincial-economic-work-2020.txt', 'provincial/浙江省/2023.md'])(
    'reads %s re-encoded as UTF-16 without BOM',
    (file) => {
      const text = readCorpus(file)
      expect(decodeText(utf16(text, 'le'))).toEqual({text, encoding: 'utf-16le', bom: false, messages: []})
      expect(decodeText(utf16(text, 'be'))).toEqual({text, encoding: 'utf-16be', bom: false, messages: []})
    }
  )

  it.skipIf(!hasPython).each(['city-economic-work-2023.txt', 'provincial-economic-work-2020.txt', 'provincial/浙江省/2023.md'])(
    'reads %s re-encoded as GB18030 by python3',
    (file) => {
      const text = readCorpus(file)
      const bytes = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gb18030"))'], {
        input: utf8(text),
        maxBuffer: 1 << 26
      })
      expect(bytes.length).toBeGreaterThan(0)
      expect(decodeText(new Uint8Array(bytes))).toEqual({text, encoding: 'gb18030', bom: false, messages: []})
    }
  )
})
