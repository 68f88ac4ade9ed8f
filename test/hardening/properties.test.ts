/**
 * Properties of `parseReport` over generated report-like text (fast-check).
 *
 * Every property runs `FUZZ_RUNS` cases (2,000 by default; `npm run fuzz`
 * runs 100,000) from one seed: `FUZZ_SEED` when set, else fast-check's own,
 * which it prints with the shrunk counterexample on failure. Replay a failure
 * with `FUZZ_SEED=<seed> npx vitest run --config test/vitest.config.ts test/hardening`.
 */

import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseReport, toString, type Root} from '../../src/index.js'
import {fromXml, toXml} from '../../src/xml/index.js'
import {deepEqual} from '../xml/equal.js'
import {checkTree} from '../util/invariants.js'

const runs = Number(process.env.FUZZ_RUNS ?? 2000)
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
const parameters: fc.Parameters<unknown> = {numRuns: runs, ...(seed === undefined ? {} : {seed})}
/** Generous: 100,000 cases of the XML round trip take minutes. */
const timeout = Math.max(120_000, runs * 20)

// ---------------------------------------------------------------------------
// The generator: lines of a report, built from the constructs the parser reads.

const hanDigit = fc.constantFrom('一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '二十')
const arabic = fc.integer({min: 0, max: 120}).map(String)
const fullWidth = arabic.map((digits) => digits.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)))

/** Heading and enumeration markers of every family. */
const marker = fc.oneof(
  hanDigit.map((digit) => `${digit}、`),
  hanDigit.map((digit) => `（${digit}）`),
  hanDigit.map((digit) => `(${digit})`),
  arabic.map((digits) => `${digits}.`),
  arabic.map((digits) => `${digits}、`),
  fullWidth.map((digits) => `${digits}．`),
  arabic.map((digits) => `（${digits}）`),
  fc.integer({min: 0x2460, max: 0x2473}).map((code) => String.fromCharCode(code)),
  fc.integer({min: 0x2474, max: 0x2487}).map((code) => String.fromCharCode(code)),
  hanDigit.map((digit) => `第${digit}，`),
  hanDigit.map((digit) => `${digit}是`),
  hanDigit.map((digit) => `${digit}要`),
  fc.constantFrom('首先，', '其次，', '再次，', '最后，', '——', '──', '-')
)

/** Numbers of every form the quantities layer reads, masked ones included. */
const quantity = fc.oneof(
  fc.tuple(fc.integer({min: 0, max: 99_999}), fc.constantFrom('', '.5', '.53', '．1'), fc.constantFrom('', '%', '％', '‰', '个百分点', '万', '亿', '万亿', '万人', '亿元', '倍', '元/人')).map(
    ([integer, fraction, unit]) => `${integer}${fraction}${unit}`
  ),
  fc.constantFrom('5.5%左右', '1100万人以上', '3%以内', '近10万', '约3000', '500多亿', '十几万', '三千二百亿', '1.37万亿斤', '翻一番', '负增长11.5%', '-18.7%'),
  fc.constantFrom('6%—6.5%', '2—5倍', '500—5000万元', '32.6:32.5:34.9', '1,234', '三分之一', '倒数第1', '第3位'),
  fc.constantFrom('**.*％', 'X.X%', 'XX万元', '＊＊亿元', '20XX年', '**%'),
  fc.constantFrom('2022年3月5日', '二〇二二年一月六日', '前三季度', '一季度', '1-11月', '十四五', '六稳', '三高四新', '第二个百年')
)

/** Words and clauses between the numbers. */
const words = fc.constantFrom(
  '国内生产总值增长', '城镇新增就业', '居民消费价格涨幅', '经济', '工作', '坚持稳字当头', '扩大内需', '预期目标', '主要预期目标是：',
  '在实际工作中争取更好结果', '过去一年', '今年', '同比', '分别增长', '、', '，', '。', '；', '！', '？', '……', '：', '“', '”', '（', '）',
  '公众号“笔杆子”整理，倒卖者可耻！', '[2]', '（未讲）', '（略）'
)

/** Characters and code units that parsers trip on. */
const odd = fc.oneof(
  fc.constantFrom('\u0000', '\ud800', '\udfff', '\udbff\udfff', '\ufeff', '\u3000', '\u00a0', '\t', '\r', '\u2028', '\u200b', '\uffff', '𠀀', '🎉'),
  fc.string({unit: 'binary', maxLength: 4}),
  fc.string({unit: 'grapheme', maxLength: 3})
)

/** Markdown and export debris. */
const markup = fc.constantFrom('**', '## ', '# ', '---', '<!-- 注释 -->', '- 12 -', '第5页', '—3—', '>>', '关注我们')

/** Text of a sentence: a mix of the above. */
const inline = fc
  .array(fc.oneof({weight: 4, arbitrary: words}, {weight: 3, arbitrary: quantity}, {weight: 1, arbitrary: marker}, {weight: 1, arbitrary: odd}, {weight: 1, arbitrary: markup}), {
    maxLength: 12
  })
  .map((parts) => parts.join(''))

/** Whole lines: headings, paragraphs, metadata, 目录 lines. */
const line = fc.oneof(
  {weight: 4, arbitrary: inline},
  {weight: 3, arbitrary: fc.tuple(marker, inline).map(([head, rest]) => head + rest)},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('## ', '**', ''), marker, inline, fc.constantFrom('**', '')).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.constantFrom('政府工作报告', '北京市政府工作报告', '何良军市长在全市经济运行分析会上的讲话', '——在20XX年经济工作会议上的讲话', '县领导重要讲话——在全县经济运行专题会议上')},
  {weight: 1, arbitrary: fc.constantFrom('2022年3月5日', '——2022年1月6日在第十三届人民代表大会第五次会议上', '20XX年1月', '国务院总理 李克强', '市长陈吉宁', '各位代表：', '同志们：')},
  {weight: 1, arbitrary: fc.constantFrom('目录', '目 录', '政府工作报告.....\t1', '在全市会议上的讲话……………12', '一、工作回顾\t3', '析会上的讲话\t447')},
  {weight: 1, arbitrary: fc.constantFrom('---', 'title: 政府工作报告', '<!-- 李纪恒作政府工作报告。 -->', '')}
)

/** Line endings: LF, CRLF, blank lines (PDF breaks), none. */
const ending = fc.constantFrom('\n', '\n', '\n\n', '\r\n', '\r\n\r\n', '\n\n\n\n', '', ' \n', '\u3000\n')

/** A report-like text. */
export const reportText = fc.array(fc.tuple(line, ending).map(([text, end]) => text + end), {maxLength: 24}).map((lines) => lines.join(''))

// ---------------------------------------------------------------------------
// Tree walking.

interface AnyNode {
  type: string
  value?: unknown
  children?: Array<AnyNode>
  position?: {start: {offset?: number}; end: {offset?: number}}
}

/**
 * @param node
 *   A node.
 * @param visit
 *   Called for every node, parents first.
 * @returns
 *   Nothing.
 */
function walk(node: AnyNode, visit: (node: AnyNode) => void): void {
  visit(node)
  for (const child of node.children ?? []) walk(child, visit)
}

// ---------------------------------------------------------------------------

describe(`hardening properties (${runs} cases each${seed === undefined ? '' : `, seed ${seed}`})`, () => {
  it('never throws', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        parseReport(text)
      }),
      parameters
    )
  })

  it('never throws on any UTF-16 string', {timeout}, () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 300}), (text) => {
        expect(toString(parseReport(text))).toBe(text)
      }),
      parameters
    )
  })

  it('keeps the input: toString(tree) === input', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(toString(parseReport(text))).toBe(text)
      }),
      parameters
    )
  })

  it('gives every node a position that slices its own text', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        walk(parseReport(text) as unknown as AnyNode, (node) => {
          const start = node.position?.start.offset
          const end = node.position?.end.offset
          expect(typeof start === 'number' && typeof end === 'number').toBe(true)
          expect(text.slice(start, end)).toBe(toString(node as never))
        })
      }),
      parameters
    )
  })

  it('orders children without gaps or overlaps, inside their parent (checkTree)', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(checkTree(parseReport(text), text)).toBeUndefined()
      }),
      parameters
    )
  })

  it('survives XML: fromXml(toXml(tree)) deep-equals tree', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        const tree = parseReport(text)
        const back: Root = fromXml(toXml(tree))
        if (!deepEqual(back, tree)) expect(back).toEqual(tree)
      }),
      parameters
    )
  })

  it('is deterministic', {timeout}, () => {
    fc.assert(
      fc.property(reportText, (text) => {
        expect(JSON.stringify(parseReport(text))).toBe(JSON.stringify(parseReport(text)))
      }),
      parameters
    )
  })
})
