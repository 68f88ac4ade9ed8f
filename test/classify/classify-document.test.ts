import {describe, expect, it} from 'vitest'
import {classifyDocument} from '../../src/classify/index.js'
import {scoreSection} from '../../src/classify/classify-section.js'
import {headingText} from '../../src/classify/heading-text.js'
import {extractTargets, parseReport, toString} from '../../src/index.js'
import type {Document, Paragraph, Section} from '../../src/types.js'

/**
 * @param text
 *   Report text.
 * @returns
 *   Its first document, classified.
 */
function classified(text: string): Document {
  const document = parseReport(text).children.find((child) => child.type === 'document')
  if (document?.type !== 'document') throw new Error('no document')
  classifyDocument(document)
  return document
}

/**
 * @param node
 *   Document or section.
 * @returns
 *   Every section below it, depth first.
 */
function sections(node: Document | Section): Array<Section> {
  const found: Array<Section> = []
  for (const child of node.children) {
    if (child.type !== 'section') continue
    found.push(child, ...sections(child))
  }

  return found
}

/**
 * @param node
 *   Document or section.
 * @returns
 *   Every paragraph below it.
 */
function paragraphs(node: Document | Section): Array<Paragraph> {
  const found: Array<Paragraph> = []
  for (const child of node.children) {
    if (child.type === 'paragraph') found.push(child)
    else if (child.type === 'section') found.push(...paragraphs(child))
  }

  return found
}

const report = [
  '一、2021年工作回顾',
  '',
  '过去一年，全面完成年初确定的预期目标：地区生产总值增长6.5%，一般公共预算收入增长8%。',
  '',
  '（一）经济运行稳中向好。',
  '',
  '（二）政府自身建设不断加强。',
  '',
  '二、2022年工作安排',
  '',
  '今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业45万人以上，城镇调查失业率控制在5.5%以内。',
  '',
  '（一）加快推进产业转型。',
  '',
  '（二）明确全年发展目标。',
  '',
  '三、全面加强政府自身建设',
  '',
  '我们要坚持依法行政。',
  ''
].join('\n')

describe('classifyDocument', () => {
  const document = classified(report)
  const all = sections(document)
  const byHeading = (start: string): Section | undefined =>
    all.find((section) => toString(section.children[0] as never).startsWith(start))

  it('labels top-level sections by their headings', () => {
    const top = document.children.filter((child): child is Section => child.type === 'section')
    expect(top.map((section) => section.label)).toEqual(['review', 'tasks', 'government'])
    for (const section of top) {
      expect(section.confidence).toBeGreaterThan(0.5)
      expect(section.cues?.length).toBeGreaterThan(0)
    }
  })

  it('lets subsections inherit, with lower confidence', () => {
    const child = byHeading('（一）经济运行')
    const parent = byHeading('一、')
    expect(child?.label).toBe('review')
    expect(child?.cues).toEqual(['inherited'])
    expect(child?.confidence).toBeLessThan(parent?.confidence ?? 0)
  })

  it('keeps a review subsection about government work in the review', () => {
    expect(byHeading('（二）政府自身建设')?.label).toBe('review')
  })

  it('gives a subsection its own label when its heading says so', () => {
    const own = byHeading('（二）明确全年发展目标')
    expect(own?.label).toBe('targets')
    expect(own?.cues).not.toContain('inherited')
    expect(byHeading('（一）加快推进产业转型')?.label).toBe('tasks')
  })

  it('marks the targets paragraph, not the review of last year’s targets', () => {
    const marked = paragraphs(document).filter((paragraph) => paragraph.role === 'targets')
    expect(marked.map((paragraph) => toString(paragraph).slice(0, 13))).toEqual(['今年全省经济社会发展的主要'])
    expect(byHeading('二、')?.alsoContains).toEqual(['targets'])
    expect(byHeading('一、')?.alsoContains).toBeUndefined()
  })

  it('finds an unstated targets paragraph under a heading that reviews and looks ahead, not under one that only reviews', () => {
    const body = [
      '过去一年，全省经济持续增长，完成了各项任务。',
      '',
      '考虑到抑制通货膨胀的需要，今年全省国内生产总值比上年增长13%，其中第一产业增长3%，第二产业增长16%；物价上涨幅度力争控制在14%左右。',
      ''
    ]
    const marked = (heading: string): Array<string> =>
      paragraphs(classified([heading, '', ...body].join('\n')))
        .filter((paragraph) => paragraph.role === 'targets')
        .map((paragraph) => toString(paragraph).slice(0, 6))
    expect(marked('一、1994年回顾和1995年工作的基本要求')).toEqual(['考虑到抑制通'])
    expect(marked('一、1994年工作回顾')).toEqual([])
  })

  it('marks a paragraph that states the year’s plan before a colon (`今年计划：`) in any section', () => {
    const text = [
      '六、1996年的几项主要工作',
      '',
      '各位代表，1996年是实施“九五”计划的第一年。按照促进经济和社会协调发展的要求，今年计划：国内生产总值比上年增长11%，地方财政收入增长10.5%；物价上涨幅度控制在10%以内。',
      ''
    ].join('\n')
    const marked = paragraphs(classified(text)).filter((paragraph) => paragraph.role === 'targets')
    expect(marked.map((paragraph) => toString(paragraph).slice(0, 5))).toEqual(['各位代表，'])
    const [summary] = extractTargets(parseReport(text))
    expect(summary?.gdp).toMatchObject({value: 11, firmness: 'bare', text: '国内生产总值比上年增长11%'})
  })

  it('reads paragraphs from the input when given it, with the same result as from the tree', () => {
    const tree = parseReport(report)
    const fromInput = tree.children.find((child): child is Document => child.type === 'document')
    if (!fromInput) throw new Error('no document')
    // parseReport classified it from the input; now from the tree alone.
    const labels = sections(fromInput).map((section) => [section.label, section.confidence, section.alsoContains])
    const roles = paragraphs(fromInput).map((paragraph) => paragraph.role)
    classifyDocument(fromInput)
    expect(sections(fromInput).map((section) => [section.label, section.confidence, section.alsoContains])).toEqual(labels)
    expect(paragraphs(fromInput).map((paragraph) => paragraph.role)).toEqual(roles)
    expect(roles.filter((role) => role === 'targets')).toHaveLength(1)
    classifyDocument(fromInput, report)
    expect(paragraphs(fromInput).map((paragraph) => paragraph.role)).toEqual(roles)
  })

  it('is idempotent', () => {
    const before = JSON.stringify(document)
    classifyDocument(document)
    expect(JSON.stringify(document)).toBe(before)
  })

  it('uses position as a prior for a first section whose heading says little', () => {
    const doc = classified('一、砥砺奋进\n\n我们顶住压力。\n\n二、乘势而上\n\n各位代表。\n')
    const [first, second] = sections(doc)
    expect(first?.label).toBe('review')
    expect(first?.cues).toContain('position:first')
    expect(first?.confidence).toBeLessThan(0.5)
    expect(second?.label).toBe('other')
    expect(second?.confidence).toBeLessThanOrEqual(0.2)
  })

  it('gives the position prior to the first section not titled like a report', () => {
    const doc = classified('一、关于全省工作的报告\n\n各位代表。\n\n二、砥砺奋进\n\n我们顶住压力。\n')
    const [title, first] = sections(doc)
    expect(title?.cues).not.toContain('position:first')
    expect(first?.label).toBe('review')
    expect(first?.cues).toContain('position:first')
  })

  it('scores a section the same with its heading words given or read', () => {
    const doc = classified('一、2022年政府工作任务\n\n（一）扩大内需。\n\n今年要抓好。\n')
    const [top] = sections(doc)
    if (!top) throw new Error('no section')
    const read = scoreSection(top)
    expect(scoreSection(top, toString, headingText(top))).toEqual(read)
    expect(read.get('tasks')?.score).toBeGreaterThan(0)
    // Words given win over the heading's own (the caller vouches for them).
    expect(scoreSection(top, toString, '工作回顾').has('review')).toBe(true)
  })

  it('labels a section its neighbours enclose: between tasks a task, between reviews a review, after the last tasks none', () => {
    const doc = classified(
      '一、2021年工作回顾\n\n过去一年。\n\n二、标本兼治\n\n我们做了。\n\n三、2021年工作回顾的经验\n\n我们体会到。\n\n四、2022年重点工作\n\n今年要抓好。\n\n五、积极扩大内需\n\n要扩大。\n\n六、2022年重点任务\n\n要推进。\n\n七、汇聚强大力量\n\n让我们。\n'
    )
    const top = doc.children.filter((child): child is Section => child.type === 'section')
    expect(top.map((section) => section.label)).toEqual(['review', 'review', 'review', 'tasks', 'tasks', 'tasks', 'other'])
    expect(top[1]).toMatchObject({confidence: 0.3, cues: ['position:between']})
    expect(top[4]).toMatchObject({confidence: 0.3, cues: ['position:between']})
  })

  it('reads a subsection of a targets section that opens with a task verb as a task', () => {
    const doc = classified('一、2023年工作回顾\n\n过去一年。\n\n二、2024年工作总体要求和目标任务\n\n今年主要预期目标是：地区生产总值增长5.5%左右。\n\n（一）着力扩大有效需求\n\n实施项目500个以上。\n\n（二）其他\n\n要做好。\n')
    const [, targets, task, rest] = sections(doc)
    expect(targets?.label).toBe('targets')
    expect(task).toMatchObject({label: 'tasks', cues: ['heading:taskVerb']})
    expect(task?.confidence).toBeLessThan(targets?.confidence ?? 0)
    expect(rest).toMatchObject({label: 'targets', cues: ['inherited']})
  })

  it('reads a `今年` heading of a December speech as the review, and of a spring report as tasks', () => {
    const body = '一、关于今年经济工作\n\n全年预计增长5%左右。\n\n二、关于明年经济工作\n\n明年要抓好。\n'
    const december = classified('在全市经济工作会议上的讲话\n\n（2023年12月20日）\n\n同志们：\n\n' + body)
    expect(sections(december).map((section) => section.label)).toEqual(['review', 'tasks'])
    expect(sections(december)[0]?.cues).toContain('year:late')
    const spring = classified('政府工作报告\n\n（2023年1月10日）\n\n各位代表：\n\n一、过去一年工作回顾\n\n过去一年。\n\n二、关于今年工作\n\n今年要抓好。\n')
    expect(sections(spring).map((section) => section.label)).toEqual(['review', 'tasks'])
  })

  it('reads `建设…政府` and `政府工作的…水平` headings as the government section', () => {
    const doc = classified('一、2021年工作回顾\n\n过去一年。\n\n二、建设廉洁高效政府\n\n我们要。\n\n三、全面提高政府工作的科学化水平\n\n我们要。\n')
    expect(sections(doc).map((section) => section.label)).toEqual(['review', 'government', 'government'])
  })

  it('reads a heading that opens with a verb of doing (`改善…`, `切实加强…`) as a task, not `other`', () => {
    const doc = classified('一、2022年工作回顾\n\n过去一年。\n\n二、2023年工作安排\n\n今年要。\n\n三、改善基层医疗卫生服务\n\n我们要。\n\n四、切实加强民族团结\n\n我们要。\n')
    expect(sections(doc).map((section) => section.label)).toEqual(['review', 'tasks', 'tasks', 'tasks'])
    const more = classified('一、2022年工作回顾\n\n过去一年。\n\n二、2023年工作安排\n\n今年要。\n\n三、努力构建社会主义和谐社会\n\n我们要。\n\n四、继续营造良好发展环境\n\n我们要。\n')
    expect(sections(more).map((section) => section.label)).toEqual(['review', 'tasks', 'tasks', 'tasks'])
  })

  it('labels the glossary `notes` with all its entries, whatever they name', () => {
    const doc = classified('一、2022年工作回顾\n\n过去一年。\n\n二、2023年工作安排\n\n今年要。\n\n**名词解释和说明**\n\n1.稳增长“18条”：是指省政府印发的政策措施。\n\n2.问题清单：是指存在的困难和问题。\n')
    expect(sections(doc).map((section) => [section.depth, section.label, section.cues?.[0]])).toEqual([
      [1, 'review', expect.any(String)],
      [1, 'tasks', expect.any(String)],
      [1, 'notes', 'heading:notes'],
      [2, 'notes', 'inherited'],
      [2, 'notes', 'inherited']
    ])
  })

  it('reads `建设…的政府。`, integrity (`廉洁行政`, `反腐倡廉`) and `政绩观` headings as the government section', () => {
    const doc = classified(
      '一、2021年工作回顾\n\n过去一年。\n\n二、努力建设“廉洁、勤政、务实、高效”的政府。\n\n我们要。\n\n三、切实廉洁行政。\n\n我们要。\n\n四、加强反腐倡廉。\n\n我们要。\n\n五、树立和践行正确政绩观\n\n我们要。\n'
    )
    expect(sections(doc).map((section) => section.label)).toEqual(['review', 'government', 'government', 'government', 'government'])
  })

  it('reads the earlier of two years as the review', () => {
    const doc = classified('一、2021年主要工作\n\n全省上下。\n\n二、2022年主要工作\n\n全省上下。\n')
    expect(sections(doc).map((section) => section.label)).toEqual(['review', 'tasks'])
  })

  it('lists labels of subsections in alsoContains', () => {
    const doc = classified(
      '一、关于今年工作情况\n\n（一）充分肯定今年工作的成绩\n\n全年增长。\n\n（二）正视面临的突出问题\n\n压力较大。\n\n（三）全力抓好年内重点工作\n\n要抓好。\n'
    )
    const [top] = sections(doc)
    expect(top?.label).toBe('review')
    expect(top?.alsoContains).toEqual(['tasks', 'problems'])
  })

  it('does not mark an external forecast', () => {
    const doc = classified('二、要正视经济运行中的困难挑战\n\n国际货币基金组织（IMF）再次下调今年全球经济增长预期至 4.4% 以下，全球经济增速下滑到2%左右，外需增长5%以下。\n')
    expect(paragraphs(doc).some((paragraph) => paragraph.role === 'targets')).toBe(false)
  })

  it('handles a document without sections', () => {
    const doc = classified('各位代表：\n\n今年经济社会发展主要预期目标是：国内生产总值增长5.5%左右，城镇新增就业1100万人以上。\n')
    expect(sections(doc)).toEqual([])
    expect(paragraphs(doc).filter((paragraph) => paragraph.role === 'targets').length).toBe(1)
  })
})
