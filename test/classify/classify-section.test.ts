import {describe, expect, it} from 'vitest'
import {classifySection} from '../../src/classify/index.js'
import {parseReport} from '../../src/index.js'
import type {Section, SectionLabel} from '../../src/types.js'

/**
 * Real headings (reports of the 1980s–2020s, speeches at economic meetings,
 * a city plenary) and the label a careful reader gives each, worked out by
 * reading the heading and, where unsure, the section under it.
 */
const headings: Array<[string, SectionLabel]> = [
  // National and provincial reports, 2022 (gwr-2022-part1.txt).
  ['一、2021年工作回顾', 'review'],
  ['二、2022年经济社会发展总体要求和政策取向', 'targets'],
  ['三、2022年政府工作任务', 'tasks'],
  ['二、2022年主要任务', 'tasks'],
  ['三、努力提升政府治理效能和服务水平', 'government'],
  ['一、过去一年工作回顾', 'review'],
  ['二、全力做好2022年重点工作', 'tasks'],
  ['三、努力提升政府工作效能和水平', 'government'],
  ['二、2022年工作安排', 'tasks'],
  ['三、大力提升政府治理体系和治理能力现代化水平', 'government'],
  ['一、“十四五”开局起步之年的工作回顾', 'review'],
  ['二、2022年经济社会发展的目标要求', 'targets'],
  ['三、今年政府工作的主要任务', 'tasks'],
  ['四、全面提升政府治理能力和水平', 'government'],
  ['三、全面加强政府自身建设', 'government'],
  // Clean-government headings of provincial reports (山东 2013, 甘肃 2002, 西藏 2012, 海南 1998).
  ['**四、建设为民务实清廉政府**', 'government'],
  ['**一、加强政风建设**', 'government'],
  ['四、坚持秉公用权，切实做到廉洁从政。', 'government'],
  ['一、解放思想，勤政务实，建立一个充满希望的政府', 'government'],
  ['**四、切实提高政府履职能力和水平**', 'government'],
  ['一、2021年主要工作回顾', 'review'],
  ['二、2022年工作总体要求和目标任务', 'targets'],
  ['三、2022年重点工作', 'tasks'],
  ['一、2021年主要工作和成效', 'review'],
  ['二、2022年目标任务和重点工作', 'tasks'],
  ['三、切实增强政府公信力和执行力', 'government'],
  ['三、坚持党的全面领导，切实加强政府自身建设', 'government'],
  ['二、2022年经济社会发展总体要求和主要目标', 'targets'],
  // Provincial reports, 1979–2026 (provincial/*/*.md).
  ['**一、2022年和过去五年工作回顾**', 'review'],
  ['## 二、2023年工作总体要求', 'targets'],
  ['过去五年工作回顾', 'review'],
  ['今后五年的目标任务', 'targets'],
  ['建设人民满意的服务型政府', 'government'],
  ['“十四五”时期和2025年工作回顾', 'review'],
  ['2024年重点工作任务', 'tasks'],
  ['2019年工作的总体要求和主要目标', 'targets'],
  ['进一步加强政府自身建设', 'government'],
  ['坚持依法行政', 'government'],
  ['转变政府职能', 'government'],
  ['加快建设服务型政府', 'government'],
  ['2008年工作简要回顾', 'review'],
  ['“十二五”时期经济社会发展回顾', 'review'],
  ['今年经济社会发展的总体要求和预期目标', 'targets'],
  ['2016年主要工作建议', 'tasks'],
  ['2020年工作总体部署', 'tasks'],
  ['切实改进工作作风', 'requirements'],
  ['认真解决“三农”问题', 'tasks'],
  ['着力解决涉及群众切身利益的问题', 'tasks'],
  ['坚持和加强党的全面领导', 'requirements'],
  ['2021年经济社会发展的重点工作', 'tasks'],
  ['深化改革扩大开放', 'tasks'],
  ['加快发展社会事业', 'tasks'],
  ['“十五”时期国民经济和社会发展回顾', 'review'],
  ['二、2009年政府工作的总体要求和主要任务', 'tasks'],
  // Speeches (speeches-collection.txt, city-economic-work-2023.txt).
  ['一、上半年经济工作值得充分肯定', 'review'],
  ['二、辩证看待经济运行中的困难和问题', 'problems'],
  ['三、努力保持经济稳定恢复的良好势头', 'tasks'],
  ['一、客观估价 20XX 年经济工作', 'review'],
  ['五、切实加强党对经济工作的领导', 'requirements'],
  ['加强党对经济工作的全面领导', 'requirements'],
  ['一、主要经济指标情况及上半年预计', 'review'],
  ['二、经济运行中的亮点', 'review'],
  ['三、下一步工作打算', 'tasks'],
  ['下一步工作', 'tasks'],
  ['一、全面盘点总结，准确掌握上半年经济运行态势', 'review'],
  ['二、清醒认识问题，抢抓发展机遇', 'problems'],
  ['三、围绕全年目标任务，扎实做好下半年各项经济工作', 'tasks'],
  ['一、前三季度经济形势分析', 'situation'],
  ['二、全市主要经济数据分析', 'review'],
  ['三、第四季度重点工作', 'tasks'],
  ['关于当前经济形势', 'situation'],
  ['一、对一季度工作和当前形势“怎么看”', 'situation'],
  ['二、下一步工作“怎么干”', 'tasks'],
  ['三、统筹兼顾，确保各项工作落到实处', 'requirements'],
  ['一、认清形势不懈怠，以更高要求增强责任感和紧迫感', 'situation'],
  ['二、咬定目标不动摇,以更加有力的举措对标对标促进经济指标“双过半”', 'tasks'],
  ['一、我省当前经济运行当中的喜与忧。', 'situation'],
  ['二、对明年我省将面临的经济形势要做一个研判。', 'situation'],
  ['三、对经济稳增长的几点建议。', 'tasks'],
  ['一、认清形势、科学研判，坚定发展的信心和决心', 'situation'],
  ['二、全力以赴抓好四季度工作', 'tasks'],
  ['三、以过硬作风推动工作落实', 'requirements'],
  ['一、辩证分析一季度经济运行情况', 'review'],
  ['四、坚定信心转作风抓落实', 'requirements'],
  ['一、客观评价一季度经济运行情况', 'review'],
  ['二、全力做好当前重点工作', 'tasks'],
  ['四、务实担当推动各项任务落实', 'requirements'],
  ['一、关于当前我市面临的经济形势', 'situation'],
  ['四、关于狠抓落实', 'requirements'],
  ['二、全力以赴抓好重点工作。', 'tasks'],
  ['三、不折不扣落实会议精神。', 'requirements'],
  ['一、关于今年工作情况', 'review'],
  ['二、关于明年工作安排', 'tasks'],
  ['（一）充分肯定今年工作的成绩', 'review'],
  ['（二）正视面临的突出问题', 'problems'],
  ['（三）全力抓好年内重点工作', 'tasks'],
  ['（一）明确明年经济工作目标。', 'targets'],
  ['一、工业经济指标完成情况', 'review'],
  ['三、下步工作打算', 'tasks'],
  ['四、工作建议', 'tasks'],
  ['一、保持定力，全力以赴冲刺全年预期目标', 'tasks'],
  ['三、未雨绸缪，认真谋划好明年经济工作', 'tasks'],
  ['二、主动作为，扎实推进下阶段各项工作', 'tasks'],
  ['二、紧盯既定目标全力赶超', 'tasks'],
  ['三、担当有为抓落实', 'requirements'],
  ['一、回顾过去、总结成绩，经济社会各项事业稳步发展', 'review'],
  ['二、多角度分析，经济发展中的堵点难点问题不容忽视', 'problems'],
  ['三、高效能推进，全力以赴抓好四季度各项重点任务落实', 'tasks'],
  ['一、上半年成绩值得充分肯定', 'review'],
  ['二、要正视经济运行中的困难挑战，积极应对和化解突出矛盾。', 'problems'],
  ['一、要肯定来之不易的发展成绩，切实增强实现全年目标的信心和决心。', 'review'],
  ['二、准确把握形势，清醒认识面临的机遇挑战', 'situation'],
  ['三、突出工作重点，奋力开创**现代化事业发展新局面', 'tasks'],
  ['一、准确把握今年以来经济发展态势', 'situation'],
  ['（五）加强作风建设（工作作风）', 'requirements'],
  ['二、分析形势，乘势而上，突出抓好 20XX 年各项工作', 'tasks'],
  ['（二）、加快推进申规入统，强化项目调度。', 'tasks'],
  // The issue's own samples.
  ['一、客观估价20XX年经济工作', 'review'],
  ['着力抓好2022年重大任务', 'tasks'],
  ['关于明年经济工作主要目标任务', 'targets'],
  ['问题和不足', 'problems'],
  ['当前经济形势', 'situation'],
  ['取得的成绩', 'review'],
  ['建设人民满意的政府', 'government'],
  ['政府自身建设', 'government'],
  ['干部队伍建设', 'requirements'],
  ['与先进地区相比的差距', 'problems']
]

/** Headings that say nothing a cue knows: `other`, with low confidence. */
const unknown = ['一、今天的会议时间节点特殊、意义重大', '附件', '各位代表', '谢谢大家', '']

describe('classifySection (heading strings)', () => {
  it('has a large table', () => {
    expect(headings.length).toBeGreaterThanOrEqual(80)
  })

  it.each(headings)('%s → %s', (heading, label) => {
    const result = classifySection(heading)
    expect(result.label).toBe(label)
    expect(result.confidence).toBeGreaterThan(0.2)
    expect(result.confidence).toBeLessThanOrEqual(1)
    expect(result.cues.length).toBeGreaterThan(0)
  })

  it.each(unknown)('%j → other, low confidence', (heading) => {
    const result = classifySection(heading)
    expect(result).toEqual({label: 'other', confidence: 0.2, cues: []})
  })

  it('is calibrated on the table: right labels are surer than wrong ones', () => {
    let right = 0
    let sumRight = 0
    let sumWrong = 0
    for (const [heading, label] of headings) {
      const result = classifySection(heading)
      if (result.label === label) {
        right++
        sumRight += result.confidence
      } else {
        sumWrong += result.confidence
      }
    }

    const wrong = headings.length - right
    console.log(
      `heading table: ${right}/${headings.length} right; mean confidence right ${(sumRight / Math.max(right, 1)).toFixed(2)}, wrong ${wrong ? (sumWrong / wrong).toFixed(2) : '–'}`
    )
    expect(right).toBe(headings.length)
  })

  it('names the cue words that decided', () => {
    expect(classifySection('一、2021年工作回顾').cues).toContain('回顾')
    expect(classifySection('三、全面加强政府自身建设').cues).toContain('政府自身建设')
  })

  it('reads a good start still to make as tasks, one made as review', () => {
    expect(classifySection('三、全面加大今年各项工作力度，实现“十一五”发展良好开局').label).toBe('tasks')
    expect(classifySection('三、努力实现“十四五”良好开局').label).toBe('tasks')
    expect(classifySection('三、以高质量发展为“十四五”开好局').label).toBe('tasks')
    expect(classifySection('一、“十三五”实现良好开局').label).toBe('review')
    expect(classifySection('一、2021年各项工作取得显著成效').label).toBe('review')
  })

  it('lets 政府自身建设 outweigh 党的全面领导', () => {
    const result = classifySection('三、坚持党的全面领导，切实加强政府自身建设')
    expect(result.label).toBe('government')
    expect(result.confidence).toBeLessThan(classifySection('三、全面加强政府自身建设').confidence)
  })

  it('throws on a value that is neither a string nor a section', () => {
    expect(() => classifySection(42 as unknown as string)).toThrow(/^classifySection\(\): /)
    expect(() => classifySection({type: 'paragraph', children: []} as unknown as Section)).toThrow(/^classifySection\(\): /)
  })
})

/**
 * @param text
 *   Report text.
 * @returns
 *   Its top-level sections.
 */
function sections(text: string): Array<Section> {
  const found: Array<Section> = []
  for (const document of parseReport(text).children) {
    if (document.type !== 'document') continue
    for (const child of document.children) if (child.type === 'section') found.push(child)
  }

  return found
}

describe('classifySection (sections)', () => {
  it('reads the heading of a section', () => {
    const [section] = sections('一、2021年工作回顾\n\n国内生产总值增长8.1%。\n')
    expect(section && classifySection(section).label).toBe('review')
  })

  it('falls back on the opening words of the body when the heading says nothing', () => {
    const [back, ahead] = sections(
      '一、砥砺奋进\n\n过去一年，我们顶住压力，全年实现地区生产总值增长6.5%，取得了来之不易的成绩。\n\n' +
        '二、乘势而上\n\n今年要坚持稳中求进，着力抓好以下几项工作。\n'
    )
    const review = back && classifySection(back)
    const tasks = ahead && classifySection(ahead)
    expect(review?.label).toBe('review')
    expect(review?.cues.some((cue) => cue.startsWith('content:'))).toBe(true)
    expect(tasks?.label).toBe('tasks')
    // Content alone is weak evidence.
    expect(review?.confidence).toBeLessThan(0.7)
  })

  it('reads a 目标任务 section over many subsections as tasks', () => {
    const [section] = sections(
      '二、2022年主要目标任务\n\n今年全省经济社会发展主要预期目标是：生产总值增长6.5%，外贸进出口增长5%左右。\n\n' +
        '（一）着力实施重大国家战略。\n\n（二）着力实施项目带动战略。\n\n（三）着力新旧动能转换。\n'
    )
    const result = section && classifySection(section)
    expect(result?.label).toBe('tasks')
    expect(result?.cues).toContain('subsections')
    expect(classifySection('二、2022年主要目标任务').label).toBe('targets')
  })
})
