import {describe, expect, it} from 'vitest'
import {codeSet, hasCode} from '../src/code-set.js'

describe('codeSet', () => {
  it('holds exactly the code units it was made from', () => {
    const set = codeSet([0x4e07, 0x4ebf, 0x25, 31, 32, 0xffff])
    for (const code of [0x4e07, 0x4ebf, 0x25, 31, 32, 0xffff]) expect(hasCode(set, code)).toBe(true)
    for (const code of [0x4e06, 0x4e08, 0x24, 30, 33, 0, 0xfffe]) expect(hasCode(set, code)).toBe(false)
  })

  it('reads a position past the end of a text (NaN) as code unit 0', () => {
    expect(hasCode(codeSet([0x41]), '3'.charCodeAt(1))).toBe(false)
    expect(hasCode(codeSet([0]), '3'.charCodeAt(1))).toBe(true)
  })
})
