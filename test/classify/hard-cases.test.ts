/**
 * Hard cases of HARD-CASES.md, "Headings and sections", for the classifier.
 */

import {describe, expect, it} from 'vitest'
import {hasCorpus, readCorpus} from '../util/corpus.js'
import {classifyLines, paragraphAt, targetLines, topSections} from './util.js'

describe.skipIf(!hasCorpus)('hard cases: targets paragraphs', () => {
  it('gwr-2022-part1.txt:710: targets without a cue phrase inside `二、2022年工作安排`', () => {
    const classified = classifyLines(readCorpus('gwr-2022-part1.txt'), 687, 780)
    const found = paragraphAt(classified, 710)
    expect(found?.paragraph.role).toBe('targets')
    const section = found?.sections[0]
    expect(section?.label).toBe('tasks')
    expect(section?.alsoContains).toContain('targets')
    // The review paragraph just before the section (`一年来…`) is not one.
    expect(targetLines(classified)).toEqual([710])
  })

  it('gwr-2022-part1.txt:946: a review of last year’s targets is not a targets paragraph', () => {
    const classified = classifyLines(readCorpus('gwr-2022-part1.txt'), 913, 1077)
    expect(paragraphAt(classified, 946)?.paragraph.role).toBeUndefined()
    expect(targetLines(classified)).toEqual([954])
  })

  it('speeches-collection.txt:678: targets inside a situation section', () => {
    const classified = classifyLines(readCorpus('speeches-collection.txt'), 666, 787)
    const found = paragraphAt(classified, 678)
    expect(found?.paragraph.role).toBe('targets')
    const section = found?.sections.at(-1)
    expect(section?.label).toBe('situation')
    expect(section?.alsoContains).toContain('targets')
  })

  it('city-economic-work-2023.txt:21: masked targets inside a tasks section', () => {
    const classified = classifyLines(readCorpus('city-economic-work-2023.txt'))
    const found = paragraphAt(classified, 21)
    expect(found?.paragraph.role).toBe('targets')
    const section = found?.sections.at(-1)
    expect(section?.label).toBe('tasks')
    expect(section?.alsoContains).toContain('targets')
    expect(targetLines(classified)).toEqual([21])
    expect(topSections(classified).map((seen) => [seen.line, seen.label])).toEqual([
      [4, 'review'],
      [12, 'situation'],
      [19, 'tasks']
    ])
  })

  it('speeches-collection.txt:3355: an IMF forecast is not a targets paragraph', () => {
    const classified = classifyLines(readCorpus('speeches-collection.txt'), 3320, 3394)
    const found = paragraphAt(classified, 3355)
    expect(found).toBeDefined()
    expect(found?.paragraph.role).toBeUndefined()
    expect(found?.sections[0]?.label).toBe('problems')
  })

  it('speeches-collection.txt: targets found in the whole compilation are real statements', () => {
    const classified = classifyLines(readCorpus('speeches-collection.txt'))
    const lines = targetLines(classified)
    // 170: `今年经济增长预期目标是：…` (doc 2); 678 (doc 7); 2062: eight
    // indicator targets under `（一）明确明年经济工作目标。` (doc 26).
    expect(lines).toEqual(expect.arrayContaining([170, 678, 2062]))
    expect(lines).not.toContain(3355)
    // 594: a review of growth this year (`上半年全市 GDP 增长 4.6%，前三季度…`).
    expect(lines).not.toContain(594)
  })
})
