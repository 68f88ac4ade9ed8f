import {readFileSync} from 'node:fs'
import {unified} from 'unified'
import type {Node} from 'unist'
import {selectAll, select} from 'unist-util-select'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseReport, toString, type Heading, type Root, type Sentence} from '../../src/index.js'
import * as plugin from '../../src/unified/index.js'
import {baogaoParse} from '../../src/unified/index.js'

const input = '一、形势\n\n(二)、强化运行监测。\n\n(二)、深挖技改项目。\n\n二、任务\n\n1.加快建设\n\n三、要求'
const excerpt = readFileSync(new URL('../../examples/gwr-2022-excerpt.txt', import.meta.url), 'utf8')

describe('baogaoParse', () => {
  it('exports only the plugin', () => {
    expect(Object.keys(plugin).sort()).toEqual(['baogaoParse'])
  })

  it('parses a VFile into the same tree as parseReport', () => {
    const file = new VFile({path: 'report.txt', value: excerpt})
    const tree = unified().use(baogaoParse).parse(file) as Root
    expect(tree).toEqual(parseReport(excerpt))
  })

  it('turns every diagnostic into a file message with place, ruleId and source', () => {
    const file = new VFile({path: 'report.txt', value: input})
    const processor = unified().use(baogaoParse)
    const tree = processor.parse(file) as Root
    expect(tree.data.messages).toHaveLength(3)
    expect(
      file.messages.map((message) => ({
        reason: message.reason,
        ruleId: message.ruleId,
        source: message.source,
        place: message.place,
        line: message.line,
        column: message.column,
        fatal: message.fatal,
        file: message.file
      }))
    ).toEqual(
      tree.data.messages.map((diagnostic) => ({
        reason: diagnostic.reason,
        ruleId: diagnostic.ruleId,
        source: 'baogao',
        place: diagnostic.place,
        line: diagnostic.place.start.line,
        column: diagnostic.place.start.column,
        fatal: diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined,
        file: 'report.txt'
      }))
    )
    // Worked out by hand: the second `(二)、` heading is line 5 (11 characters, so
    // columns 1–12), the `1.` heading line 9.
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['heading-order', 3],
      ['heading-order', 5],
      ['heading-skip', 9]
    ])
    expect(String(file.messages[1])).toBe('report.txt:5:1-5:12: Unexpected ordinal `2` after `2` in `(二)、` headings')
  })

  it('maps severities to vfile’s fatal: info → undefined', () => {
    const file = new VFile('一、甲\n\n二、乙\n\n最后，我再强调一点。\n\n一、关于脱贫攻坚工作')
    unified().use(baogaoParse).parse(file)
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['heading-restart', undefined]])
  })

  it('accepts options (ParseOptions without onMessage) and null', () => {
    const file = new VFile(input)
    unified().use(baogaoParse, {}).parse(file)
    unified().use(baogaoParse, null).parse(new VFile(input))
    expect(file.messages).toHaveLength(3)
    // A caller's onMessage is not called: messages go to the file.
    const seen: Array<unknown> = []
    unified()
      .use(baogaoParse, {onMessage: (message: unknown) => seen.push(message)} as never)
      .parse(new VFile(input))
    expect(seen).toEqual([])
  })

  it('parses an empty file', () => {
    const file = new VFile('')
    expect(unified().use(baogaoParse).parse(file)).toMatchObject({type: 'root', children: []})
    expect(file.messages).toEqual([])
  })

  it('runs transformers on the tree', async () => {
    const processor = unified()
      .use(baogaoParse)
      .use(() => (tree: Node, file: VFile) => {
        file.data.headings = selectAll('heading', tree).length
      })
    const file = new VFile(excerpt)
    await processor.run(processor.parse(file), file)
    expect(file.data.headings).toBe(parseReport(excerpt).children.length > 0 ? selectAll('heading', parseReport(excerpt)).length : 0)
    expect(file.data.headings).toBeGreaterThan(0)
  })
})

describe('unist utilities on baogao trees', () => {
  const tree = unified().use(baogaoParse).parse(new VFile(excerpt)) as Root

  it('unist-util-select finds headings, sections and nested nodes', () => {
    const headings = selectAll('heading', tree) as Array<Heading>
    expect(headings.length).toBeGreaterThan(3)
    for (const heading of headings) {
      expect(heading.type).toBe('heading')
      expect(excerpt.slice(heading.position.start.offset, heading.position.end.offset)).toBe(toString(heading))
    }

    expect(selectAll('section[depth="1"] > heading', tree).length).toBe(selectAll('section[depth="1"]', tree).length)
    expect(selectAll('section[depth="1"]', tree).length).toBeGreaterThan(0)
    expect(select('heading marker', tree)).toMatchObject({type: 'marker'})
    expect(selectAll('document', tree)).toHaveLength(tree.children.filter((child) => child.type === 'document').length)
  })

  it('unist-util-visit reaches every sentence, each slicing its own text', () => {
    const sentences: Array<Sentence> = []
    visit(tree, 'sentence', (node: Sentence) => {
      sentences.push(node)
    })
    expect(sentences.length).toBeGreaterThan(10)
    for (const sentence of sentences) {
      expect(excerpt.slice(sentence.position.start.offset, sentence.position.end.offset)).toBe(toString(sentence))
    }

    let leaves = ''
    visit(tree, (node) => {
      if ('value' in node && typeof node.value === 'string') leaves += node.value
    })
    expect(leaves).toBe(excerpt)
  })
})
