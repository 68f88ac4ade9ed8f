import {describe, expect, it} from 'vitest'
import {classifySection, contentCues, headingCues, type Cue} from '../../src/classify/index.js'
import {targetsEvidence} from '../../src/classify/targets-paragraph.js'
import type {SectionLabel} from '../../src/types.js'

const tables: Array<[string, ReadonlyArray<Cue>]> = [
  ['headingCues', headingCues],
  ['contentCues', contentCues]
]

describe.each(tables)('%s', (_, table) => {
  it.each(table.map((cue) => [cue.sample, cue] as const))('matches its sample %s', (sample, cue) => {
    expect(cue.pattern.exec(sample)).not.toBeNull()
    expect(cue.pattern.flags).not.toMatch(/[gy]/)
    expect(cue.weight).toBeGreaterThan(0)
    expect(cue.weight).toBeLessThanOrEqual(4)
  })
})

describe('headingCues', () => {
  it('speaks for every label but `other`', () => {
    const labels = new Set<SectionLabel>(headingCues.map((cue) => cue.label))
    expect([...labels].sort()).toEqual(['government', 'problems', 'requirements', 'review', 'situation', 'targets', 'tasks'])
  })

  it('is linear-time on long adversarial input', () => {
    const inputs = ['关于'.repeat(20_000), '党对'.repeat(20_000), '解决'.repeat(20_000) + '问', '确保'.repeat(20_000), '一、'.repeat(20_000)]
    const start = performance.now()
    for (const input of inputs) {
      for (const cue of [...headingCues, ...contentCues]) cue.pattern.exec(input)
      classifySection(input)
      targetsEvidence(input)
      targetsEvidence('增长'.repeat(10_000) + '5%左右'.repeat(10_000))
    }

    expect(performance.now() - start).toBeLessThan(2000)
  })
})

describe('targetsEvidence', () => {
  it.each([
    ['今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。', 'stated'],
    ['经济增长预期目标为：地区生产总值 186 亿元，增长 8%，财政总收入突破 10 亿元，增长 7% 左右。', 'stated'],
    ['全市经济社会发展的主要预期目标是：地区生产总值增长*.*％以上，规上工业增加值增长*.*％以上。', 'stated'],
    ['经济社会发展的主要预期目标建议为：地区生产总值增长6%左右，规模以上工业增加值增长9%左右。', 'stated'],
    ['今年经济社会发展的**主要预期目标**是：地区生产总值增长4.5%左右。', 'stated'],
    [
      '综合考虑各方面因素，今年全省地区生产总值增长6.5%左右，在实际工作中尽可能争取更好结果；固定资产投资增长8%，社会消费品零售总额增长7%，一般公共预算收入增长6%。',
      'unstated'
    ],
    ['过去一年，全面完成年初确定的预期目标：地区生产总值增长6.5%，一般公共预算收入增长8%。', 'none'],
    ['去年几项主要经济指标与年初预期目标有差距，这既有疫情冲击等因素，也有我们工作上的不足。', 'none'],
    ['国际货币基金组织（IMF）再次下调今年全球经济增长预期至 4.4% 以下。', 'none'],
    ['上半年全市 GDP 增长 4.6%，前三季度增长 4.6%，与上半年持平，增速排全区第 4 位，全年增长 5%左右难度较大。', 'none'],
    ['经济增速预期目标的设定，主要考虑稳就业保民生防风险的需要。', 'none'],
    ['到位资金增长 10%以上，新签约项目 10 个以上，签约资金 32 亿元以上。', 'none'],
    // A qualifier or `百分点` cut by a line break still counts.
    ['主要预期目标是：城镇新增就业1100万人以\n上。', 'stated'],
    ['主要预期目标是：居民收入增速高于经济增速2个百\n分点。', 'stated'],
    ['今年发展的主要预期目标是：稳中求进，推动高质量发展。', 'none']
  ])('%s → %s', (text, kind) => {
    expect(targetsEvidence(text).kind).toBe(kind)
  })

  it('takes two growth rates as targets inside a targets section', () => {
    const text = '初步计划，一是 GDP 报告指标增长 8.5%，争取指标增长 8.5% 以上；二是财政收入报告指标增长 10%，争取指标增长 12%。'
    expect(targetsEvidence(text).kind).toBe('none')
    expect(targetsEvidence(text, true).kind).toBe('unstated')
  })
})
