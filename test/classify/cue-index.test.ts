import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {candidateCues, firstCharacters} from '../../src/classify/cue-index.js'
import {contentCues, headingCues, type Cue} from '../../src/classify/index.js'
import {scoreText} from '../../src/classify/score.js'

/**
 * @param source
 *   A pattern source.
 * @returns
 *   Its first characters as a sorted string, or `unknown`.
 */
function first(source: string): string {
  const found = firstCharacters(source)
  return found ? [...found].map((code) => String.fromCharCode(code)).sort().join('') : 'unknown'
}

describe('firstCharacters', () => {
  it('reads literals, alternation and groups', () => {
    expect(first('回顾')).toBe('回')
    expect(first('总结|盘点')).toBe('总盘')
    expect(first('(?:经济|主要)(?:数据|指标)')).toBe('主经')
    expect(first('(?<name>甲)乙')).toBe('甲')
  })

  it('skips lookaround, anchors and optional terms', () => {
    expect(first('(?<!提高|提升)(?:成效|成绩)|亮点')).toBe('亮成')
    expect(first('今年(?!以来)')).toBe('今')
    expect(first('^保障$')).toBe('保')
    expect(first('甲?乙')).toBe('乙甲')
    expect(first('甲{0,2}乙')).toBe('乙甲')
    expect(first('甲*乙')).toBe('乙甲')
    expect(first('甲+乙')).toBe('甲')
    expect(first('甲{2}乙')).toBe('甲')
    expect(first('\\*{0,2}目')).toBe('*目')
  })

  it('reads classes and ranges', () => {
    expect(first('[0-3X]{4}年')).toBe('0123X')
    expect(first('[%％]')).toBe('%％')
    expect(first('[\\-a]')).toBe('-a')
  })

  it('gives up on what it does not know', () => {
    expect(first('\\s+甲')).toBe('unknown')
    expect(first('.甲')).toBe('unknown')
    expect(first('[^，。]甲')).toBe('unknown')
    expect(first('[\\d]甲')).toBe('unknown')
    expect(first('甲?')).toBe('unknown')
    expect(first('(?:)')).toBe('unknown')
    expect(first('😀?甲')).toBe('unknown')
    expect(first('(甲')).toBe('unknown')
    expect(first('甲)')).toBe('unknown')
  })
})

describe('candidateCues', () => {
  const tables: Array<[string, ReadonlyArray<Cue>]> = [
    ['headingCues', headingCues],
    ['contentCues', contentCues]
  ]

  it.each(tables)('indexes every cue of %s by its first characters', (_, table) => {
    for (const cue of table) expect(firstCharacters(cue.pattern.source), cue.pattern.source).toBeInstanceOf(Set)
  })

  it('runs a cue with an unknown start on every text', () => {
    const table: ReadonlyArray<Cue> = [
      {label: 'review', pattern: /\s回顾/u, weight: 3, sample: ' 回顾'},
      {label: 'tasks', pattern: /任务/iu, weight: 2, sample: '任务'}
    ]
    expect([...candidateCues(table, '无关')]).toEqual([1, 1])
    expect([...candidateCues(headingCues, '')].every((mark) => mark === 0)).toBe(true)
  })

  it.each(tables)('never leaves out a cue that matches (%s)', (_, table) => {
    // Text made of the cues' own words and characters, so cues match often.
    const words = [...new Set(table.flatMap((cue) => [cue.sample, ...cue.sample]))]
    const text = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({maxLength: 3})), {maxLength: 12}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        const candidates = [...candidateCues(table, value)]
        for (const [position, cue] of table.entries()) {
          if (cue.pattern.test(value)) expect(candidates[position], `${cue.pattern.source} on ${value}`).toBe(1)
        }
      }),
      {seed: 20_261_123, numRuns: 2000}
    )
  })

  it('scores as running every cue would', () => {
    const heading = '2022年经济社会发展总体要求和主要目标任务'
    expect(Object.fromEntries(scoreText(heading, headingCues))).toEqual({
      targets: {score: 9, cues: ['总体要求', '主要目标', '目标任务']},
      tasks: {score: 2, cues: ['任务']}
    })

    for (const text of ['一、2021年工作回顾', '（三）着力扩大有效需求', '政府自身建设', '当前经济形势和问题', '']) {
      const every = new Map<string, {score: number; cues: Array<string>}>()
      for (const cue of headingCues) {
        const match = cue.pattern.exec(text)
        if (!match) continue
        const found = every.get(cue.label) ?? {score: 0, cues: []}
        found.score += cue.weight
        found.cues.push(match[0])
        every.set(cue.label, found)
      }

      expect(scoreText(text, headingCues)).toEqual(every)
    }
  })
})
