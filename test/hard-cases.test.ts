/**
 * HARD-CASES.md, "Boundaries and metadata" and "Headings and sections", read
 * on the corpus itself (numbers: test/quantities.test.ts and test/number;
 * sections and targets paragraphs: test/classify; indicators: test/indicators).
 */

import {describe, expect, it} from 'vitest'
import {parseReport, toString, type Document, type Root} from '../src/index.js'
import {hasCorpus, readCorpus} from './util/corpus.js'
import {all, type Loose} from './util/select.js'

const trees = new Map<string, Root>()

function tree(file: string): Root {
  let found = trees.get(file)
  if (!found) {
    found = parseReport(readCorpus(file))
    trees.set(file, found)
  }

  return found
}

function line(node: Loose): number {
  return (node.position as {start: {line: number}}).start.line
}

/** The innermost block (heading, paragraph, title…) that starts on `at`. */
function blockAt(file: string, at: number, types = ['heading', 'paragraph', 'title', 'dateline', 'byline', 'salutation', 'tocEntry']): Loose | undefined {
  return types.flatMap((type) => all(tree(file), type)).find((node) => line(node) === at)
}

function documentAt(file: string, at: number): Document | undefined {
  return tree(file).children.find((child): child is Document => child.type === 'document' && line(child as never) === at)
}

describe.skipIf(!hasCorpus)('hard cases: boundaries and metadata', () => {
  it('gwr:1 " 1.政府工作报告" opens document 1, the national report', () => {
    expect(documentAt('gwr-2022-part1.txt', 1)?.meta).toMatchObject({ordinal: 1, title: '政府工作报告', region: '全国'})
  })

  it('gwr:1751 "1、新增150个乡镇…" is a list item in Zhejiang, not a document title', () => {
    expect(blockAt('gwr-2022-part1.txt', 1751)?.type).toBe('heading')
    expect(documentAt('gwr-2022-part1.txt', 1751)).toBeUndefined()
  })

  it('gwr:391 "──2022年2月12日在天津市…" is a dateline written with U+2500', () => {
    expect(blockAt('gwr-2022-part1.txt', 391)?.type).toBe('dateline')
    expect(documentAt('gwr-2022-part1.txt', 389)?.meta.date).toBe('2022-02-12')
  })

  it('speeches:59–61 one 目录 entry, page 447', () => {
    expect(blockAt('speeches-collection.txt', 59)).toMatchObject({type: 'tocEntry', ordinal: 37, page: 447})
  })

  it('speeches:21 vs 64, 59 vs 3255: the same documents despite 市/省 and one character', () => {
    expect(documentAt('speeches-collection.txt', 64)?.meta.tocEntry).toMatchObject({index: 0, ordinal: 1})
    expect(documentAt('speeches-collection.txt', 3255)?.meta.tocEntry).toMatchObject({index: 36, ordinal: 37})
  })

  it('speeches:666–670 main title + subtitle are one title block of document 7', () => {
    const document = documentAt('speeches-collection.txt', 666)
    expect(document?.meta.ordinal).toBe(7)
    const [title] = all(document as never, 'title')
    expect(title && [line(title), (title.position as {end: {line: number}}).end.line]).toEqual([666, 670])
  })

  it('speeches:2184 "县工业和信息化局领导重要讲话——在全 县经济运行专题会议上" is a title', () => {
    expect(documentAt('speeches-collection.txt', 2184)?.meta).toMatchObject({venue: '全县经济运行专题会议', ordinal: 27})
  })

  it('speeches:3323 "州长龙 晓华" → 龙晓华', () => {
    expect(documentAt('speeches-collection.txt', 3323)?.meta.speaker).toEqual({name: '龙晓华', role: '州委副书记、州人民政府党组书记、州长'})
  })

  it('speeches:1594 "(2022年7月2日)" is the speech date, not body text', () => {
    expect(blockAt('speeches-collection.txt', 1594)?.type).toBe('dateline')
    expect(documentAt('speeches-collection.txt', 1592)?.meta.date).toBe('2022-07-02')
  })

  it('speeches:500 "（未讲）" is an editorial note', () => {
    const notes = all(tree('speeches-collection.txt'), 'boilerplate').filter((node) => node.kind === 'note')
    expect(notes.map((node) => [line(node), node.value])).toContainEqual([500, '（未讲）'])
  })

  it('provincial-economic-work-2020:45 the site footer is boilerplate outside the document', () => {
    const footer = tree('provincial-economic-work-2020.txt').children.find((child) => child.type === 'boilerplate')
    expect(footer && [line(footer as never), footer.type === 'boilerplate' ? footer.value : null]).toEqual([45, '公选王推荐参加公务员遴选的考生学习>>>'])
  })
})

describe.skipIf(!hasCorpus)('hard cases: headings and sections', () => {
  it('gwr:2330+2332 one L1 heading', () => {
    const heading = blockAt('gwr-2022-part1.txt', 2330)
    expect(heading?.type).toBe('heading')
    expect(toString(heading as never)).toBe('二、2022年经济社会发展\n\n总体要求和主要目标')
    expect(heading?.depth).toBe(1)
  })

  it('gwr:79 the L2 heading ends at the first 。 and the rest is body', () => {
    const heading = blockAt('gwr-2022-part1.txt', 79)
    expect(toString(heading as never)).toBe('（一）着力稳定宏观经济大盘，保持经济运行在合理区间。')
    expect(heading?.depth).toBe(2)
  })

  it('gwr:273 a standalone L2 heading ending in 。', () => {
    const heading = blockAt('gwr-2022-part1.txt', 273)
    expect(toString(heading as never)).toBe('（一）强化规划战略引领，推动形成京津冀世界级城市群主干构架。')
  })

  it('speeches:2206/2210 "(二)、…" twice: two sibling sections, the second reported', () => {
    const [first, second] = [blockAt('speeches-collection.txt', 2206), blockAt('speeches-collection.txt', 2210)]
    expect([first?.depth, second?.depth]).toEqual([2, 2])
    const reported = tree('speeches-collection.txt').data.messages.filter((message) => message.place.start.line === 2210)
    expect(reported.map((message) => message.ruleId)).toEqual(['heading-order'])
  })

  it('speeches:1354/1360/1368 首先/其次/第三 sit at one depth (one sequence)', () => {
    const depths = [1354, 1360, 1368].map((at) => blockAt('speeches-collection.txt', at)?.depth)
    expect(new Set(depths).size).toBe(1)
  })

  it('speeches:364/388 第一个问题 … 第四 are one sequence', () => {
    expect([364, 388].map((at) => blockAt('speeches-collection.txt', at)?.marker)).toEqual([
      {style: 'ordinalWord', ordinal: 1, value: '第一个问题：'},
      {style: 'ordinalWord', ordinal: 4, value: '第四，'}
    ])
    expect(blockAt('speeches-collection.txt', 364)?.depth).toBe(blockAt('speeches-collection.txt', 388)?.depth)
  })

  it('speeches:3021–3023 a second 一、 series inside document 35, not a new document', () => {
    expect(documentAt('speeches-collection.txt', 3023)).toBeUndefined()
    const messages = tree('speeches-collection.txt').data.messages.filter((message) => message.place.start.line === 3023)
    expect(messages.map((message) => message.ruleId)).toEqual(['heading-restart'])
  })

  it('speeches:1672+1674 one heading', () => {
    expect(toString(blockAt('speeches-collection.txt', 1672) as never)).toBe('一、在研判形势中坚定追赶发展的信心，把握机遇迎难\n\n而上')
  })

  it('speeches:102, 320, 1222 are continuations, not headings or list items', () => {
    for (const [at, start] of [[102, 100], [1222, 1218]] as const) {
      // Line 100 opens with the heading `三要…。`; its body paragraph runs on to 102.
      const paragraph = blockAt('speeches-collection.txt', start, ['paragraph'])
      expect((paragraph?.position as {end: {line: number}}).end.line).toBe(at)
    }

    expect(blockAt('speeches-collection.txt', 320)?.type).toBe('paragraph')
  })
})
