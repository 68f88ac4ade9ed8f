import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {findQuantities} from '../../src/number/index.js'

/** Check the span invariants of a result. */
function checkSpans(text: string): void {
  const found = findQuantities(text)
  let previous = 0
  for (const quantity of found) {
    expect(quantity.start).toBeGreaterThanOrEqual(previous)
    expect(quantity.end).toBeGreaterThan(quantity.start)
    expect(quantity.value).toBe(text.slice(quantity.start, quantity.end))
    expect(quantity.value.trim()).toBe(quantity.value)
    if (quantity.amount !== null) expect(Number.isNaN(quantity.amount)).toBe(false)
    previous = quantity.end
  }
}

/** Characters that exercise the scanner: digits, numerals, units, marks, odd code units. */
const alphabet = [
  ...'0123456789０５.．,%％一二两三十百千万亿零〇几多余点第前翻分之成倍个百分点年月日季度元人约近超左右以上内—-~至、和*XxG负\u00a0 \n',
  '\r\n',
  '\0',
  '\ud800',
  '\udfff',
  '😀'
]

describe('findQuantities (properties)', () => {
  it('never throws; spans are sorted, disjoint and exact on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 80}), (text) => {
        checkSpans(text)
      }),
      {numRuns: 1000, seed: 3}
    )
  })

  it('…and on strings made of numeral-ish characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 60}), (parts) => {
        checkSpans(parts.join(''))
      }),
      {numRuns: 1000, seed: 5}
    )
  })

  it('reads any Arabic percent back exactly', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 99_999}), fc.integer({min: 0, max: 2}), (units, places) => {
        const written = (units / 10 ** places).toFixed(places)
        const [quantity] = findQuantities('增长' + written + '%左右')
        expect(quantity).toMatchObject({kind: 'percent', amount: Number(written), qualifier: 'about'})
      }),
      {numRuns: 1000, seed: 11}
    )
  })

  it('throws a TypeError naming the API on a non-string', () => {
    expect(() => findQuantities(undefined as unknown as string)).toThrow(/^findQuantities\(\)/)
  })
})

describe('findQuantities (linear time)', () => {
  const size = 200_000
  const inputs: Array<[string, string]> = [
    ['Han digits', '一二三四五六七八九十'.repeat(size / 10)],
    ['dotted digits', '5.'.repeat(size / 2)],
    ['percent signs', '%'.repeat(size)],
    ['stars', '*'.repeat(size)],
    ['X masks', 'X'.repeat(size)],
    ['digits', '1'.repeat(size)],
    ['big units', '一万'.repeat(size / 2)],
    ['spaces between digits', '1 '.repeat(size / 2)],
    ['separators', '1、'.repeat(size / 2)],
    ['dashes', '1—'.repeat(size / 2)],
    ['line breaks', '1\n\n'.repeat(size / 3)],
    ['第', '第'.repeat(size)],
    ['几十', '几十'.repeat(size / 2)],
    ['colons', '1:'.repeat(size / 2)]
  ]

  it.each(inputs)('completes on 200 KB of %s', (_, text) => {
    const found = findQuantities(text)
    expect(Array.isArray(found)).toBe(true)
  })
})
