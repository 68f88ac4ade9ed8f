import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import type {Position} from '../src/types.js'
import {checkTree} from './util/invariants.js'
import {all, outline, text, type Loose} from './util/select.js'

function parse(input: string) {
  const tree = parseReport(input)
  expect(checkTree(tree, input)).toBeUndefined()
  return tree
}

describe('heading markers', () => {
  it.each([
    ['一、2021年工作回顾', 'hanComma', 1, '一、'],
    ['十二、加强政府自身建设', 'hanComma', 12, '十二、'],
    ['（一）着力稳定宏观经济大盘', 'hanParen', 1, '（一）'],
    ['(三)金融市场稳健运行', 'hanParen', 3, '(三)'],
    ['(二)、强化运行监测', 'hanParen', 2, '(二)、'],
    ['1.推进科技创新', 'arabic', 1, '1.'],
    ['2、深化改革', 'arabic', 2, '2、'],
    ['3．扩大开放', 'arabic', 3, '3．'],
    ['１２．扩大开放', 'arabic', 12, '１２．'],
    ['（1）稳定粮食生产', 'arabicParen', 1, '（1）'],
    ['(4)加强耕地保护', 'arabicParen', 4, '(4)'],
    ['⑵加强耕地保护', 'arabicParen', 2, '⑵'],
    ['①建设高标准农田', 'circled', 1, '①'],
    ['⑳建设高标准农田', 'circled', 20, '⑳'],
    ['第一，生产要素供给趋紧', 'ordinalWord', 1, '第一，'],
    ['第一个问题：与目标任务相比，个别指标还有欠账', 'ordinalWord', 1, '第一个问题：'],
    ['第二部分  2023年工作安排', 'part', 2, '第二部分'],
    ['第三章 今后五年的主要目标', 'part', 3, '第三章'],
    ['第一篇：回顾', 'part', 1, '第一篇：'],
    ['名词解释', 'notes', null, '名词解释'],
    ['名词解释和说明：', 'notes', null, '名词解释和说明：'],
    ['一是保持宏观政策连续性', 'shi', 1, '一是'],
    ['二要进一步完善经济运行调节机制', 'yao', 2, '二要'],
    ['首先，要客观认识疫情冲击', 'sequence', 1, '首先，'],
    ['最后，我就几项工作作一强调', 'sequence', null, '最后，']
  ])('%s → %s %s', (input, style, ordinal, value) => {
    const tree = parse(input)
    const [heading] = all(tree, 'heading')
    expect(heading?.marker).toEqual({style, ordinal, value})
    const marker = heading?.children?.[0] as Loose
    expect(marker).toMatchObject({type: 'marker', style, ordinal, value})
  })

  it.each([
    ['1.5亿元用于改造', 'a decimal'],
    ['5 月末，XX 县金融机构存款余额为 217.2 亿元。', 'a number then a space'],
    ['2022年是党和国家历史上具有里程碑意义的一年。', 'a year'],
    ['三、四季度经济运行总体平稳。', 'a list of quarters'],
    ['(市)总量占比大、支撑力强。', 'a parenthesised word'],
    ['十四五时期经济社会发展取得新成就。', 'a plan name'],
    ['一要素市场化配置改革取得进展。', '一要素']
  ])('%s is not a heading (%s)', (input) => {
    expect(all(parse(input), 'heading')).toEqual([])
  })
})

describe('standalone and inline headings', () => {
  it('splits a heading that begins a paragraph at its first terminator', () => {
    const input = '（一）着力稳定宏观经济大盘，保持经济运行在合理区间。继续做好“六稳”“六保”工作。'
    const tree = parse(input)
    const [heading] = all(tree, 'heading')
    expect(text(heading as Loose)).toBe('（一）着力稳定宏观经济大盘，保持经济运行在合理区间。')
    const [paragraph] = all(tree, 'paragraph')
    expect(text(paragraph as Loose)).toBe('继续做好“六稳”“六保”工作。')
    const [section] = all(tree, 'section')
    expect(section?.children?.map((child) => child.type)).toEqual(['heading', 'paragraph'])
  })

  it('keeps a bold lead heading and its closing ** together', () => {
    const input = '**（一）全面提升产业体系现代化水平。**产业强则经济强，产业稳则大局稳。'
    const tree = parse(input)
    const [heading] = all(tree, 'heading')
    expect(text(heading as Loose)).toBe('**（一）全面提升产业体系现代化水平。**')
    expect(heading?.children?.map((child) => child.type)).toEqual(['markup', 'marker', 'text', 'punctuation', 'markup'])
    expect(text(all(tree, 'paragraph')[0] as Loose)).toBe('产业强则经济强，产业稳则大局稳。')
  })

  it('keeps a standalone heading that ends in 。 whole', () => {
    const input = '（一）强化规划战略引领，推动形成京津冀世界级城市群主干构架。\n\n坚持以新版城市总体规划为统领。'
    const tree = parse(input)
    expect(outline(tree)).toEqual(['1 （一）强化规划战略引领，推动形成京津冀世界级城市群主干构架。'])
  })

  it('joins a heading broken over two lines with a blank line between', () => {
    const input = '二、2022年经济社会发展\n\n总体要求和主要目标\n\n做好今年政府工作，要坚持稳字当头。'
    const tree = parse(input)
    expect(outline(tree)).toEqual(['1 二、2022年经济社会发展⏎⏎总体要求和主要目标'])
    const [heading] = all(tree, 'heading')
    expect(heading?.children?.map((child) => child.type)).toEqual(['marker', 'quantity', 'text', 'break', 'text'])
    expect(all(tree, 'break')[0]?.value).toBe('\n\n')
  })

  it('joins a two-character heading tail (`把握机遇迎难` + `而上`)', () => {
    const input = '一、在研判形势中坚定追赶发展的信心，把握机遇迎难\n\n而上\n\n当前，我县经济运行总体平稳。'
    expect(outline(parse(input))).toEqual(['1 一、在研判形势中坚定追赶发展的信心，把握机遇迎难⏎⏎而上'])
  })

  it('does not take a terminated paragraph as the tail of a heading', () => {
    const input = '一、2021年工作回顾\n\n过去一年极不平凡。'
    const tree = parse(input)
    expect(outline(tree)).toEqual(['1 一、2021年工作回顾'])
    expect(all(tree, 'paragraph').map(text)).toEqual(['过去一年极不平凡。'])
  })

  it('reads ASCII parens, a leading no-break space and a leading ideographic space', () => {
    const tree = parse('\u00a0(一)坚持稳字当头\n\u3000（二）坚持稳中求进')
    expect(outline(tree)).toEqual(['1 (一)坚持稳字当头', '1 （二）坚持稳中求进'])
    expect(all(tree, 'whitespace').map((node) => node.value)).toEqual(['\u00a0', '\n\u3000'])
  })

  it('makes the glossary after a report a top-level section of its entries, and `注释：…` text a paragraph', () => {
    const tree = parse('一、2022年工作回顾\n\n过去一年。\n\n（一）政府建设\n\n我们要。\n\n注释：本报告数据为初步统计。\n\n**名词解释**\n\n1.两重：是指国家重大战略。\n\n2.两新：是指设备更新。\n')
    expect(outline(tree)).toEqual(['1 一、2022年工作回顾', '  2 （一）政府建设', '1 **名词解释**', '  2 1.两重：是指国家重大战略。', '  2 2.两新：是指设备更新。'])
    expect(all(tree, 'paragraph').map((node) => text(node))).toContain('注释：本报告数据为初步统计。')
  })

  it('ends a glossary at a top-level heading that goes on with the report’s numbering', () => {
    const tree = parse('一、2022年工作回顾\n\n过去一年。\n\n注释\n\n1.两重：是指国家重大战略。\n\n二、2023年工作安排\n\n今年要。\n\n（一）扩大内需。要扩大。\n')
    expect(outline(tree)).toEqual(['1 一、2022年工作回顾', '1 注释', '  2 1.两重：是指国家重大战略。', '1 二、2023年工作安排', '  2 （一）扩大内需。'])
    expect(tree.data.messages.map((message) => message.ruleId)).toEqual([])
  })

  it('nests `一、` under `第一部分` headings, a level above', () => {
    const tree = parse('第一部分 过去五年工作回顾\n\n一、经济实力跃升\n\n五年来增长。\n\n第二部分 2023年工作安排\n\n一、扩大内需\n\n要扩大。\n')
    expect(outline(tree)).toEqual(['1 第一部分 过去五年工作回顾', '  2 一、经济实力跃升', '1 第二部分 2023年工作安排', '  2 一、扩大内需'])
  })

  it('reads standalone 第一， lines in place of （一）', () => {
    const input = '一、关于当前经济形势\n\n第一，生产要素供给趋紧，影响发展。\n\n第二，市场主体活力不足。\n\n二、关于明年工作'
    expect(outline(parse(input))).toEqual([
      '1 一、关于当前经济形势',
      '  2 第一，生产要素供给趋紧，影响发展。',
      '  2 第二，市场主体活力不足。',
      '1 二、关于明年工作'
    ])
  })
})

describe('reflow', () => {
  it('joins a paragraph broken in mid-number across a blank line, keeping a break leaf', () => {
    const input = '社会消费品零售总额实现 9.53\n\n亿元、增长 12.2%。'
    const tree = parse(input)
    const paragraphs = all(tree, 'paragraph')
    expect(paragraphs.length).toBe(1)
    expect(all(tree, 'sentence').length).toBe(1)
    // The break sits inside the quantity it cuts.
    expect(all(tree, 'quantity')[0]?.value).toBe('9.53\n\n亿元')
  })

  it('joins a change verb and its rate across a blank line (`比上年增长` ⏎⏎ `10%，…`), not a short title and a number', () => {
    const input = '总盘子是：国内生产总值比上年增长\n\n10%，其中农业增长8.5%。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(1)
    expect(all(tree, 'quantity').map((node) => node.value)).toEqual(['10%', '8.5%'])
    expect(all(parse('经济增长\n\n2021年，经济运行平稳。'), 'paragraph').length).toBe(2)
  })

  it('joins `高于目标2.9个` ⏎⏎ `百分点；…`', () => {
    const input = '城乡居民人均可支配收入增速高于目标2.9个\n\n百分点；全市进出口贸易总值增速高于目标 40.8 个百分点。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(1)
    expect(all(tree, 'sentence').map(text)).toEqual([
      '城乡居民人均可支配收入增速高于目标2.9个\n\n百分点；',
      '全市进出口贸易总值增速高于目标 40.8 个百分点。'
    ])
  })

  it('treats a fragment starting with a digit or a parenthesis as a continuation', () => {
    const input = '要充分发挥北安市、五大连池市等重点县\n\n(市)总量占比大、支撑力强的引领作用。\n\n5 月末，XX 县金融机构人民币各项存款余额为 217.2 亿元。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').map(text)).toEqual([
      '要充分发挥北安市、五大连池市等重点县\n\n(市)总量占比大、支撑力强的引领作用。',
      '5 月末，XX 县金融机构人民币各项存款余额为 217.2 亿元。'
    ])
    expect(all(tree, 'heading')).toEqual([])
  })

  it('does not join a terminated line, a short title line or a line before a heading', () => {
    const input = '抢抓新机遇再创新业绩\n\n国务院总理 李克强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作\n\n一、2021年工作回顾'
    const tree = parse(input)
    expect(all(tree, 'paragraph').map(text)).toEqual([
      '抢抓新机遇再创新业绩',
      '国务院总理 李克强',
      '各位代表：',
      '现在，我代表国务院，向大会报告政府工作'
    ])
    expect(outline(tree)).toEqual(['1 一、2021年工作回顾'])
  })

  it('does not join a dash-led line to the paragraph above', () => {
    const input = '过去一年，我们主要做了以下工作，\n——经济保持恢复发展。\n——创新能力进一步增强。'
    expect(all(parse(input), 'paragraph').map(text)).toEqual([
      '过去一年，我们主要做了以下工作，',
      '——经济保持恢复发展。',
      '——创新能力进一步增强。'
    ])
  })

  it('runs a paragraph across a PDF page number line, kept as a pageNumber leaf between two breaks', () => {
    const input = '全市引进500亿元社会资本，\n— 2 —\n新增市场主体1.2万户。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').map(text)).toEqual([input])
    const [sentence] = all(tree, 'sentence')
    expect(sentence?.children?.slice(-7).map((node) => [node.type, node.value])).toEqual([
      ['punctuation', '，'],
      ['break', '\n'],
      ['boilerplate', '— 2 —'],
      ['break', '\n'],
      ['text', '新增市场主体'],
      ['quantity', '1.2万户'],
      ['punctuation', '。']
    ])
    expect(all(tree, 'boilerplate').map((node) => node.kind)).toEqual(['pageNumber'])
  })

  it('runs a quantity across a page number line: the quantity holds it (`9.53` ⏎ `-3-` ⏎ `亿元`)', () => {
    const input = '社会消费品零售总额实现 9.53\n\n-3-\n\n亿元、增长 12.2%。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(1)
    expect(all(tree, 'quantity').map((node) => node.value)).toEqual(['9.53\n\n-3-\n\n亿元', '12.2%'])
  })

  it('keeps a page number line after a finished paragraph or before a heading as a block of its own', () => {
    const input = '过去一年，经济持续恢复。\n第5页\n二、2023年工作安排\n今年要抓好以下工作，\n—6—\n（一）扩大内需。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').map(text)).toEqual(['过去一年，经济持续恢复。', '今年要抓好以下工作，'])
    expect(all(tree, 'boilerplate').map((node) => [node.kind, node.value])).toEqual([
      ['pageNumber', '第5页'],
      ['pageNumber', '—6—']
    ])
  })

  it('runs a paragraph across a page number and a running header repeated through the text', () => {
    const page = (n: number) => `全市上下坚持稳中求进，城镇新增就业\n— ${n} —\n某某市人民政府公报\n3.2万人。\n`
    const input = page(2) + page(3) + page(4)
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(3)
    expect(all(tree, 'boilerplate').map((node) => [node.kind, node.value])).toEqual([
      ['pageNumber', '— 2 —'],
      ['header', '某某市人民政府公报'],
      ['pageNumber', '— 3 —'],
      ['header', '某某市人民政府公报'],
      ['pageNumber', '— 4 —'],
      ['header', '某某市人民政府公报']
    ])
    expect(all(tree, 'quantity').map((node) => node.value)).toEqual(['3.2万人', '3.2万人', '3.2万人'])
  })

  it('does not take a line repeated fewer than three times, or the rest of a cut number, for a running header', () => {
    const twice = '全市上下坚持稳中求进，城镇新增就业\n某某市人民政府公报\n3.2万人。\n全市上下坚持稳中求进，城镇新增就业\n某某市人民政府公报\n3.2万人。\n'
    expect(all(parse(twice), 'boilerplate')).toEqual([])
    const cut = '社会消费品零售总额实现 9.53\n万亿元以上\n，增长12%。全年实现 1.2\n万亿元以上\n，增长10%。外贸实现 3.3\n万亿元以上\n，增长9%。'
    const tree = parse(cut)
    expect(all(tree, 'boilerplate')).toEqual([])
    expect(all(tree, 'quantity').map((node) => node.value).slice(0, 2)).toEqual(['9.53\n万亿元以上', '12%'])
  })

  it('does not take a bare number line for a page number: it is the number the text was cut at', () => {
    const input = '弘扬时代精神，由全省各行各业中推选出\n\n12\n\n名先进集体、模范人物的代表。'
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(1)
    expect(all(tree, 'boilerplate')).toEqual([])
    expect(all(tree, 'quantity').map((node) => node.value)).toEqual(['12\n\n名'])
  })

  it('treats `\\r\\n` line endings like `\\n`', () => {
    const input = '全市经济运行稳中趋好，工业增加值\r\n\r\n增长 10.5%。\r\n'
    const tree = parse(input)
    expect(all(tree, 'paragraph').length).toBe(1)
    expect(all(tree, 'break').map((node) => node.value)).toEqual(['\r\n\r\n'])
  })
})

describe('sentences', () => {
  it('splits on 。！？； and …… and keeps closing quotes with their sentence', () => {
    const input = '他强调：“要稳字当头。”我们要坚定信心！怎么办？一手抓防控；一手抓发展……全力以赴。'
    expect(all(parse(input), 'sentence').map(text)).toEqual([
      '他强调：“要稳字当头。”',
      '我们要坚定信心！',
      '怎么办？',
      '一手抓防控；',
      '一手抓发展……',
      '全力以赴。'
    ])
  })

  it('never splits （一） or “十四五”', () => {
    const input = '实现“十四五”良好开局（一）年度目标。'
    expect(all(parse(input), 'sentence').map(text)).toEqual(['实现“十四五”良好开局（一）年度目标。'])
  })

  it('starts a sentence at a dash-led item', () => {
    const tree = parse('——经济保持恢复发展。国内生产总值达到114万亿元。')
    const sentences = all(tree, 'sentence')
    expect(sentences.map(text)).toEqual(['——经济保持恢复发展。', '国内生产总值达到114万亿元。'])
    expect(sentences[0]?.children?.[0]).toMatchObject({type: 'punctuation', value: '——'})
  })

  it('keeps numbers whole: in quantity leaves, and in text leaves where they are not quantities', () => {
    const tree = parse('增长12.2%，达到1,234.5亿元。版本号V1.2.3发布。')
    expect(all(tree, 'quantity').map((node) => node.value)).toEqual(['12.2%', '1,234.5亿元'])
    expect(all(tree, 'text').map((node) => node.value)).toEqual(['增长', '达到', '版本号V1.2.3发布'])
  })

  it('shares points: a parent starts and ends on its first and last leaf’s points, neighbours on one point', () => {
    const tree = parse('一、回顾\n\n增长8.1%。就业稳定。')
    const place = (node: Loose | undefined): Position => node?.position as Position
    const [first, second] = all(tree, 'sentence')
    const leaves = first?.children ?? []
    expect(place(first).start).toBe(place(leaves[0]).start)
    expect(place(first).end).toBe(place(leaves.at(-1)).end)
    expect(place(leaves[0]).end).toBe(place(leaves[1]).start)
    expect(place(second).start).toBe(place(first).end)
    expect(place(first).start).toEqual({line: 3, column: 1, offset: 6})
    expect(place(second).end).toEqual({line: 3, column: 13, offset: 18})
    const [paragraph] = all(tree, 'paragraph')
    expect(place(paragraph).start).toBe(place(first).start)
    expect(place(paragraph).end).toBe(place(second).end)
  })
})

describe('items', () => {
  it('wraps 一是…二是… inside a paragraph into items', () => {
    const input = '二要进一步完善调节机制。一是加快扩大有效需求。立足当前，刺激消费。二是加快打造长板。三是加快推进“双招双引”。'
    const tree = parse(input)
    const items = all(tree, 'item')
    expect(items.map((item) => item.marker)).toEqual([
      {style: 'shi', ordinal: 1, value: '一是'},
      {style: 'shi', ordinal: 2, value: '二是'},
      {style: 'shi', ordinal: 3, value: '三是'}
    ])
    expect(items.map(text)).toEqual(['一是加快扩大有效需求。立足当前，刺激消费。', '二是加快打造长板。', '三是加快推进“双招双引”。'])
    expect(items[0]?.children?.filter((child) => child.type === 'sentence').length).toBe(2)
  })

  it('ends a lead-in sentence at a colon before 一是', () => {
    const input = '重点抓好三个方面：一是稳投资；二是促消费；三是保就业。'
    const tree = parse(input)
    const [paragraph] = all(tree, 'paragraph')
    expect(paragraph?.children?.map((child) => child.type)).toEqual(['sentence', 'item', 'item', 'item'])
    expect(text(paragraph?.children?.[0] as Loose)).toBe('重点抓好三个方面：')
  })

  it('reads a line that opens with 一是 and goes on to 二是 as a paragraph of items, not a heading', () => {
    const tree = parse('一、工作安排\n\n一是深化国企改革；二是扩大开放；三是优化环境。\n\n一是加快项目建设\n\n要抓好重点项目。\n')
    expect(outline(tree)).toEqual(['1 一、工作安排', '  2 一是加快项目建设'])
    expect(all(tree, 'item').map(text)).toEqual(['一是深化国企改革；', '二是扩大开放；', '三是优化环境。'])
    // A later enumerator of another family, or an earlier ordinal, does not count.
    expect(outline(parse('一是加快项目建设，第二批项目开工。\n\n要抓好。\n'))).toEqual(['1 一是加快项目建设，第二批项目开工。'])
  })

  it('does not make items of a single enumerator', () => {
    const tree = parse('一方面要稳投资。同时，一是要看到成绩。')
    expect(all(tree, 'item')).toEqual([])
  })

  it('wraps 首先…其次…最后 and 第一…第二', () => {
    const tree = parse('我讲三点意见。首先，要认清形势。其次，要明确任务。最后，要狠抓落实。')
    expect(all(tree, 'item').map((item) => item.marker)).toEqual([
      {style: 'sequence', ordinal: 1, value: '首先，'},
      {style: 'sequence', ordinal: 2, value: '其次，'},
      {style: 'sequence', ordinal: null, value: '最后，'}
    ])
  })
})

describe('markdown', () => {
  it('keeps front matter, ** and ## as markup leaves', () => {
    const input = '---\nsource: https://example.org/a.htm\ntitle: 2024年福建省人民政府工作报告\n---\n\n## 一、工作回顾\n\n**各位代表：**\n'
    const tree = parse(input)
    const markup = all(tree, 'markup').map((node) => [node.kind, node.value])
    expect(markup).toEqual([
      ['frontMatter', '---\nsource: https://example.org/a.htm\ntitle: 2024年福建省人民政府工作报告\n---'],
      ['atxHeading', '## '],
      ['strong', '**'],
      ['strong', '**']
    ])
    expect(outline(tree)).toEqual(['1 ## 一、工作回顾'])
  })

  it('reads a bold heading line as a heading', () => {
    const tree = parse('**一、2023年工作回顾**\n\n过去一年，全省经济回升向好。')
    expect(outline(tree)).toEqual(['1 **一、2023年工作回顾**'])
  })
})
