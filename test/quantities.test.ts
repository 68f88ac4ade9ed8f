import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {hasCorpus, readCorpus} from './util/corpus.js'
import {checkTree} from './util/invariants.js'
import {all, type Loose} from './util/select.js'

function quantities(input: string): Array<Loose> {
  const tree = parseReport(input)
  expect(checkTree(tree, input)).toBeUndefined()
  return all(tree, 'quantity')
}

describe('quantity leaves in the tree', () => {
  it('makes a quantity leaf of each value, with its exact source slice', () => {
    const found = quantities('今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上。')
    expect(found.map((node) => [node.value, node.kind, node.amount, node.unit, node.qualifier])).toEqual([
      ['5.5%左右', 'percent', 5.5, '%', 'about'],
      ['1100万人以上', 'number', 11000000, '人', 'atLeast']
    ])
  })

  it('keeps a quantity cut by a page break as one leaf holding the break', () => {
    const input = '社会消费品零售总额实现 9.53\n\n亿元、增长 12.2%。'
    const tree = parseReport(input)
    const [amount, growth] = all(tree, 'quantity')
    expect(amount).toMatchObject({value: '9.53\n\n亿元', amount: 953000000, unit: '元', coefficient: 9.53, scale: 1e8})
    expect(growth).toMatchObject({value: '12.2%', amount: 12.2})
    // The break lives inside the quantity, not beside it.
    expect(all(tree, 'break')).toEqual([])
  })

  it('rejoins `2.9个` ⏎⏎ `百分点` into one percentage-point quantity', () => {
    const [pp] = quantities('城乡居民人均可支配收入增速高于目标2.9个\n\n百分点；')
    expect(pp).toMatchObject({value: '2.9个\n\n百分点', kind: 'percentagePoint', amount: 2.9})
  })

  it('reads quantities in headings and titles too', () => {
    const found = quantities('二、2022年经济社会发展总体要求和政策取向\n\n（一）着力稳定宏观经济大盘。')
    expect(found.map((node) => [node.value, node.kind])).toEqual([['2022年', 'date']])
  })

  it('does not read names as quantities', () => {
    expect(quantities('实现“十四五”良好开局，做好“六稳”“六保”工作，推进“三高四新”战略和一带一路建设。')).toEqual([])
  })

  it('does not read inside watermarks and footnote markers', () => {
    const found = quantities('消费回流”[2]亮点凸显，增长10.3%。')
    expect(found.map((node) => node.value)).toEqual(['10.3%'])
  })
})

describe.skipIf(!hasCorpus)('hard cases from the corpus (HARD-CASES.md, numbers)', () => {
  const speeches = hasCorpus ? readCorpus('speeches-collection.txt') : ''
  const gwr = hasCorpus ? readCorpus('gwr-2022-part1.txt') : ''
  const treeOf = (() => {
    const cache = new Map<string, ReturnType<typeof parseReport>>()
    return (text: string) => {
      let tree = cache.get(text)
      if (!tree) {
        tree = parseReport(text)
        cache.set(text, tree)
      }

      return tree
    }
  })()

  /** Quantities whose leaf starts on `line`. */
  function onLine(text: string, line: number): Array<Loose> {
    return all(treeOf(text), 'quantity').filter((node) => (node.position as {start: {line: number}}).start.line === line)
  }

  it('gwr-2022-part1.txt:15 国内生产总值达到114万亿元，增长8.1%', () => {
    const found = onLine(gwr, 15).slice(0, 2)
    expect(found.map((node) => [node.value, node.amount, node.unit])).toEqual([
      ['114万亿元', 1.14e14, '元'],
      ['8.1%', 8.1, '%']
    ])
  })

  it('gwr-2022-part1.txt:19 粮食产量1.37万亿斤', () => {
    expect(onLine(gwr, 19).find((node) => node.value === '1.37万亿斤')).toMatchObject({amount: 1.37e12, unit: '斤'})
  })

  it('gwr-2022-part1.txt:63 城镇调查失业率全年控制在5.5%以内', () => {
    expect(onLine(gwr, 63).find((node) => node.value === '5.5%以内')).toMatchObject({kind: 'percent', amount: 5.5, qualifier: 'within'})
  })

  it('speeches-collection.txt:348 实现 9.53 ⏎⏎ 亿元 (rejoined across the page break)', () => {
    expect(onLine(speeches, 348).find((node) => (node.value as string).startsWith('9.53'))).toMatchObject({
      value: '9.53\n\n亿元',
      amount: 953000000
    })
  })

  it('speeches-collection.txt:1276 高于目标2.9个 ⏎⏎ 百分点', () => {
    expect(onLine(speeches, 1276).at(-1)).toMatchObject({value: '2.9个\n\n百分点', kind: 'percentagePoint', amount: 2.9})
  })

  it('speeches-collection.txt:2698 20 ⏎⏎ 余次', () => {
    expect(onLine(speeches, 2698).at(-1)).toMatchObject({approximate: true, min: 20})
  })
})
