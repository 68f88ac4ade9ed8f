import {describe, expect, it} from 'vitest'
import {decodeText} from '../../src/io/index.js'

/** UTF-8 bytes. */
function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** Rule ids and places (`line:column-line:column`) of the diagnostics. */
function found(text: string): Array<string> {
  return decodeText(utf8(text)).messages.map(
    ({ruleId, place}) => `${ruleId} ${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
  )
}

describe('mojibake diagnostics', () => {
  it('flags runs of U+FFFD, one diagnostic per run', () => {
    expect(found('政府\uFFFD\uFFFD\uFFFD报告\n\uFFFD')).toEqual(['replacement-character 1:3-1:6', 'replacement-character 2:1-2:2'])
    expect(decodeText(utf8('甲\uFFFD\uFFFD')).messages[0]?.reason).toBe(
      'Unexpected 2 replacement characters (U+FFFD): bytes that could not be decoded'
    )
  })

  it('flags 锟斤拷, repeated or cut', () => {
    expect(found('政府锟斤拷锟斤拷工作')).toEqual(['mojibake-kunjinkao 1:3-1:9'])
    expect(found('锟斤\n斤拷')).toEqual(['mojibake-kunjinkao 1:1-1:3', 'mojibake-kunjinkao 2:1-2:3'])
    expect(decodeText(utf8('锟斤拷')).messages[0]?.reason).toBe(
      'Unexpected `锟斤拷`: replacement characters written as UTF-8 and read back as GBK (mojibake)'
    )
  })

  it('flags 锟斤拷 in GB18030 bytes too', () => {
    // `锟斤拷` is EF BF BD EF BF BD in GBK; `政府` is D5 FE B8 AE.
    const bytes = Uint8Array.from([0xd5, 0xfe, 0xb8, 0xae, 0xef, 0xbf, 0xbd, 0xef, 0xbf, 0xbd, 0xd5, 0xfe, 0xb8, 0xae, 0xa1, 0xa3])
    const result = decodeText(bytes)
    expect(result).toMatchObject({text: '政府锟斤拷政府。', encoding: 'gb18030'})
    expect(result.messages.map((message) => message.ruleId)).toEqual(['mojibake-kunjinkao'])
  })

  it('flags UTF-8 read as Latin-1 or Windows-1252', () => {
    // `政府工作报告称` as UTF-8 bytes read as Windows-1252: 7 × 3 characters.
    expect(found('据æ”¿åºœå·¥ä½œæŠ¥å‘Šç§°。')).toEqual(['mojibake-latin1 1:2-1:23'])
    // As Latin-1: continuation bytes 80–9F become C1 controls.
    const latin1 = [...utf8('政府')].map((byte) => String.fromCharCode(byte)).join('')
    expect(found(`${latin1}。`)).toEqual(['mojibake-latin1 1:1-1:7'])
    expect(decodeText(utf8('æ”¿åºœ')).messages[0]?.reason).toBe('Unexpected `æ”¿åºœ`: UTF-8 read as Latin-1 or Windows-1252 (mojibake)')
  })

  it('leaves ordinary Latin text alone', () => {
    expect(found('Café déjà vu, naïve façade, São Paulo, Zürich, résumé.')).toEqual([])
    expect(found('政府工作报告')).toEqual([])
  })

  it('reports in text order', () => {
    expect(found('æ”¿åºœ\uFFFD锟斤拷')).toEqual(['mojibake-latin1 1:1-1:7', 'replacement-character 1:7-1:8', 'mojibake-kunjinkao 1:8-1:11'])
  })

  it('scans 1 MB of near-mojibake quickly', () => {
    for (const unit of ['ä€', 'æ”', '锟斤', '\uFFFD政', 'é ']) {
      const text = unit.repeat(500_000)
      const start = performance.now()
      decodeText(utf8(text))
      expect(performance.now() - start).toBeLessThan(5000)
    }
  })
})
