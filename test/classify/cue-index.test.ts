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
  // [pattern source, its first characters sorted, or `unknown`]
  const cases: Array<[string, Array<[string, string]>]> = [
    [
      'reads literals, alternation and groups',
      [
        ['回顾', '回'],
        ['总结|盘点', '总盘'],
        ['(?:经济|主要)(?:数据|指标)', '主经'],
        ['(?<name>甲)乙', '甲']
      ]
    ],
    [
      'skips lookaround, anchors and optional terms',
      [
        ['(?<!提高|提升)(?:成效|成绩)|亮点', '亮成'],
        ['今年(?!以来)', '今'],
        ['^保障$', '保'],
        ['甲?乙', '乙甲'],
        ['甲{0,2}乙', '乙甲'],
        ['甲*乙', '乙甲'],
        ['甲+乙', '甲'],
        ['甲{2}乙', '甲'],
        ['\\*{0,2}目', '*目']
      ]
    ],
    [
      'reads classes and ranges',
      [
        ['[0-3X]{4}年', '0123X'],
        ['[%％]', '%％'],
        ['[\\-a]', '-a'],
        ['[a\\-c]', '-ac'],
        ['[+\\-*]', '*+-'],
        ['[a-c-]', '-abc']
      ]
    ],
    [
      'gives up on what it does not know',
      [
        ['\\s+甲', 'unknown'],
        ['.甲', 'unknown'],
        ['[^，。]甲', 'unknown'],
        ['[\\d]甲', 'unknown'],
        ['甲?', 'unknown'],
        ['(?:)', 'unknown'],
        ['😀?甲', 'unknown'],
        ['(甲', 'unknown'],
        ['甲)', 'unknown'],
        ['(?i:甲)', 'unknown'],
        ['[😀]', 'unknown']
      ]
    ]
  ]

  it.each(cases)('%s', (_, pairs) => {
    expect(pairs.map(([source]) => [source, first(source)])).toEqual(pairs)
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
    const stateful: ReadonlyArray<Cue> = [{label: 'review', pattern: /回顾/gu, weight: 3, sample: '回顾'}]
    expect([...candidateCues(stateful, '无关')]).toEqual([1])
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
