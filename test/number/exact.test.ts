import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {toNumber} from '../../src/number/exact.js'
import {createBackwardMatcher, createMatcher} from '../../src/number/matcher.js'

describe('toNumber', () => {
  it.each([
    [{digits: '137', exp: 10}, 1_370_000_000_000],
    [{digits: '55', exp: -1}, 5.5],
    [{digits: '007', exp: 0}, 7],
    [{digits: '0', exp: 5}, 0],
    [{digits: '999999999999999', exp: 0}, 999_999_999_999_999],
    [{digits: '1', exp: -22}, 1e-22],
    [{digits: '1234567890123456789', exp: 0}, 1_234_567_890_123_456_800]
  ])('%o → %d', (value, expected) => {
    expect(toNumber(value)).toBe(expected)
  })

  it('equals the engine reading `digits` e `exp` (correctly rounded)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,18}$/), fc.integer({min: -30, max: 30}), fc.boolean(), (digits, exp, negative) => {
        const expected = Number(digits + 'e' + exp)
        expect(toNumber({digits, exp}, negative)).toBe(negative && expected !== 0 ? -expected : expected)
      }),
      {seed: 20_261_123, numRuns: 2000}
    )
  })
})

describe('createMatcher', () => {
  const entries = [{text: '万'}, {text: '万亿'}, {text: '亿'}, {text: '\0'}]
  const forward = createMatcher(entries)
  const backward = createBackwardMatcher(entries)

  it('finds the longest entry at an offset, and nothing elsewhere', () => {
    expect(forward('3万亿元', 1)?.text).toBe('万亿')
    expect(forward('3万元', 1)?.text).toBe('万')
    expect(forward('3万元', 2)).toBeUndefined()
    expect(forward('3万', 2)).toBeUndefined()
    expect(forward('a\0', 1)?.text).toBe('\0')
    expect(backward('3万亿', 3, 0)?.text).toBe('万亿')
    expect(backward('3万亿', 3, 2)?.text).toBe('亿')
    expect(backward('3万亿', 2, 0)?.text).toBe('万')
    expect(backward('3万亿', 2, 2)).toBeUndefined()
    expect(backward('元', 1, 0)).toBeUndefined()
  })
})
