import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseChineseNumber} from '../../src/number/index.js'

/** Whole-string numerals and their values, worked out by hand. */
const numerals: Array<[string, number]> = [
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['两', 2],
  ['十', 10],
  ['十一', 11],
  ['十九', 19],
  ['二十', 20],
  ['二十一', 21],
  ['一百', 100],
  ['一百零一', 101],
  ['一百一十', 110],
  ['一百一', 110],
  ['一千二', 1200],
  ['一千二百三十四', 1234],
  ['三千零五', 3005],
  ['三千零五十', 3050],
  ['一千零一', 1001],
  ['两千', 2000],
  ['一万', 10_000],
  ['三万五', 35_000],
  ['三万五千', 35_000],
  ['一万零三百', 10_300],
  ['十万', 100_000],
  ['一百万', 1_000_000],
  ['一千万', 10_000_000],
  ['一亿', 100_000_000],
  ['一亿零五万', 100_050_000],
  ['三亿五千万', 350_000_000],
  ['两亿三', 230_000_000],
  ['三千二百亿', 320_000_000_000],
  ['一万五千亿', 1_500_000_000_000],
  ['两万亿', 2_000_000_000_000],
  ['二十万亿', 20_000_000_000_000],
  ['一千二百万亿', 1_200_000_000_000_000],
  ['千亿', 100_000_000_000],
  ['百万', 1_000_000],
  ['廿', 20],
  ['廿五', 25],
  ['卅', 30],
  ['卅六', 36],
  ['壹', 1],
  ['拾', 10],
  ['壹佰贰拾叁', 123],
  ['叁仟零伍', 3005],
  ['伍萬', 50_000],
  ['壹億', 100_000_000],
  ['玖仟玖佰玖拾玖', 9999],
  ['二〇二二', 2022],
  ['一九九八', 1998],
  ['二〇〇〇', 2000],
  ['一〇', 10],
  ['两点五', 2.5],
  ['三点五', 3.5],
  ['零点五', 0.5],
  ['十二点零五', 12.05],
  ['三点五万', 35_000],
  ['一点三七万亿', 1_370_000_000_000],
  ['负三', -3],
  ['负零点五', -0.5],
  ['-18.7', -18.7],
  ['－3', -3],
  ['1.37万亿', 1_370_000_000_000],
  ['1.3万亿', 1_300_000_000_000],
  ['114万亿', 114_000_000_000_000],
  ['9.53亿', 953_000_000],
  ['3万4000', 34_000],
  ['1千万', 10_000_000],
  ['１２．５', 12.5],
  ['１００', 100],
  ['1,234.5', 1234.5],
  ['1,234,567', 1_234_567],
  ['17,176万', 171_760_000],
  ['0.1', 0.1],
  ['0.3', 0.3],
  ['三分之一', 1 / 3],
  ['二分之一', 0.5],
  ['千分之三', 0.003],
  ['万分之五', 0.0005],
  ['十分之一', 0.1],
  ['百分之五', 5],
  ['百分之五点五', 5.5],
  ['百分之百', 100],
  ['百分之三十', 30]
]

/** Strings that are not one well-formed numeral. */
const notNumerals: string[] = [
  '',
  ' ',
  '十四五',
  '十三五',
  '万',
  '亿',
  '万一',
  '几',
  '十几',
  '5%',
  '三成',
  '一二三四五六七八九十',
  '五零五亿',
  '五百三千',
  '十百',
  '三点',
  '点五',
  'abc',
  '5G',
  '1.2.3',
  '1,23',
  ' 5',
  '5 ',
  '三个',
  '分之一',
  '零分之一',
  '三点两'
]

describe('parseChineseNumber', () => {
  it.each(numerals)('%s → %d', (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected)
  })

  it.each(notNumerals.map((text) => [text]))('%j → undefined', (text) => {
    expect(parseChineseNumber(text)).toBeUndefined()
  })

  it('is exact for decimals with scales (no float error)', () => {
    expect(parseChineseNumber('1.37万亿')).toBe(1.37e12)
    expect(parseChineseNumber('0.07万')).toBe(700)
    expect(parseChineseNumber('1.1万')).toBe(11_000)
    expect(parseChineseNumber('3.3亿')).toBe(330_000_000)
  })

  it('throws a TypeError naming the API on a non-string', () => {
    expect(() => parseChineseNumber(5 as unknown as string)).toThrow(/^parseChineseNumber\(\)/)
  })
})

const digits = '零一二三四五六七八九'
const financial = '零壹贰叁肆伍陆柒捌玖'

/**
 * Format a whole number below 10^16 as a standard Chinese numeral, e.g.
 * 100050000 → 一亿零五万, 15 → 十五.
 */
function format(n: bigint, set: string, units: readonly [string, string, string]): string {
  if (n === 0n) return set.charAt(0)
  const yi = n / 100_000_000n
  const rest = n % 100_000_000n
  let out = ''
  if (yi > 0n) out = group(yi, set, units, true) + '亿'
  if (rest > 0n) {
    if (yi > 0n && rest < 10_000_000n) out += set.charAt(0)
    out += group(rest, set, units, yi === 0n)
  }

  return out
}

/** Format a value below 10^8 (a 万 group and the rest). */
function group(n: bigint, set: string, units: readonly [string, string, string], leading: boolean): string {
  const wan = n / 10_000n
  const rest = n % 10_000n
  let out = ''
  if (wan > 0n) out = small(wan, set, units, leading) + '万'
  if (rest > 0n) {
    if (wan > 0n && rest < 1000n) out += set.charAt(0)
    out += small(rest, set, units, leading && wan === 0n)
  }

  return out
}

/** Format a value below 10^4. */
function small(n: bigint, set: string, units: readonly [string, string, string], leading: boolean): string {
  const places = [1000n, 100n, 10n]
  let out = ''
  let zero = false
  let started = false
  for (const [index, place] of places.entries()) {
    const digit = Number((n / place) % 10n)
    if (digit === 0) {
      if (started) zero = true
      continue
    }

    if (zero) out += set.charAt(0)
    zero = false
    // 十五 at the very start; 一十五 inside a number.
    if (!(place === 10n && digit === 1 && leading && !started)) out += set.charAt(digit)
    out += units[index]
    started = true
  }

  const ones = Number(n % 10n)
  if (ones > 0) out += (zero ? set.charAt(0) : '') + set.charAt(ones)
  return out
}

describe('parseChineseNumber (properties)', () => {
  it('formats of random integers below 10^16 parse back', () => {
    fc.assert(
      fc.property(fc.bigInt({min: 0n, max: 10n ** 16n - 1n}), (n) => {
        expect(parseChineseNumber(format(n, digits, ['千', '百', '十']))).toBe(Number(n))
      }),
      {numRuns: 1000, seed: 20_230_305}
    )
  })

  it('financial formats parse back', () => {
    fc.assert(
      fc.property(fc.bigInt({min: 0n, max: 10n ** 16n - 1n}), (n) => {
        expect(parseChineseNumber(format(n, financial, ['仟', '佰', '拾']))).toBe(Number(n))
      }),
      {numRuns: 1000, seed: 42}
    )
  })

  it('Arabic decimals with 万/亿 are exact', () => {
    fc.assert(
      fc.property(fc.integer({min: 1, max: 9_999_999}), fc.integer({min: 0, max: 3}), (units, places) => {
        const written = (units / 10 ** places).toFixed(places)
        expect(parseChineseNumber(written + '万')).toBe(Number(written + 'e4'))
        expect(parseChineseNumber(written + '亿')).toBe(Number(written + 'e8'))
      }),
      {numRuns: 1000, seed: 7}
    )
  })

  it('never returns NaN', () => {
    fc.assert(
      fc.property(fc.string({unit: fc.constantFrom(...'零一二两十百千万亿点负分之0123.,几廿')}), (text) => {
        const value = parseChineseNumber(text)
        expect(value === undefined || Number.isFinite(value)).toBe(true)
      }),
      {numRuns: 1000, seed: 1}
    )
  })
})
