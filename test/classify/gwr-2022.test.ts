/**
 * The "done when" of issue 5: every top-level section of the 16 reports in
 * `gwr-2022-part1.txt` has the label a careful reader gives it, and every
 * report's targets paragraph is found.
 *
 * The table was written by hand from the file: line of each `一、` heading,
 * the label read from the heading and the section under it, and the line of
 * the paragraph that states the year's targets. Each report is cut out of the
 * file at its numbered title line (`2.北京市政府工作报告`), so the test does not
 * depend on the document splitter.
 */

import {describe, expect, it} from 'vitest'
import type {SectionLabel} from '../../src/types.js'
import {hasCorpus, readCorpus} from '../util/corpus.js'
import {classifyLines, targetLines, topSections} from './util.js'

interface Report {
  title: string
  /** `[line, label, alsoContains targets?]` of each top-level section. */
  sections: Array<[number, SectionLabel]>
  /** Line of the targets paragraph. */
  targets: number
  /** Line of the section holding it. */
  targetsIn: number
}

const reports: Array<Report> = [
  {title: '1.政府工作报告', sections: [[11, 'review'], [57, 'targets'], [75, 'tasks']], targets: 63, targetsIn: 57},
  {title: '2.北京市政府工作报告', sections: [[209, 'review'], [263, 'tasks'], [375, 'government']], targets: 267, targetsIn: 263},
  {title: '3.天津市政府工作报告', sections: [[397, 'review'], [427, 'tasks'], [529, 'government']], targets: 431, targetsIn: 427},
  // `二、2022年主要目标任务` opens with the targets, then ten tasks subsections.
  {title: '4.河北省政府工作报告', sections: [[555, 'review'], [587, 'tasks']], targets: 593, targetsIn: 587},
  // Hard case: the targets paragraph (710) has no cue phrase.
  {title: '5.山西省政府工作报告', sections: [[695, 'review'], [706, 'tasks'], [773, 'government']], targets: 710, targetsIn: 706},
  {title: '6.内蒙古自治区政府工作报告', sections: [[791, 'review'], [819, 'targets'], [829, 'tasks'], [899, 'government']], targets: 823, targetsIn: 819},
  {title: '7.辽宁省政府工作报告', sections: [[920, 'review'], [948, 'tasks'], [1062, 'government']], targets: 954, targetsIn: 948},
  {title: '8.吉林省政府工作报告', sections: [[1085, 'review'], [1100, 'tasks']], targets: 1102, targetsIn: 1100},
  {title: '9.黑龙江省政府工作报告', sections: [[1171, 'review'], [1203, 'tasks'], [1323, 'government']], targets: 1207, targetsIn: 1203},
  {title: '10.上海市政府工作报告', sections: [[1349, 'review'], [1377, 'tasks'], [1491, 'government']], targets: 1383, targetsIn: 1377},
  {title: '11.江苏省政府工作报告', sections: [[1517, 'review'], [1543, 'targets'], [1553, 'tasks']], targets: 1549, targetsIn: 1543},
  {title: '12.浙江省政府工作报告', sections: [[1595, 'review'], [1647, 'tasks'], [1773, 'government']], targets: 1651, targetsIn: 1647},
  {title: '13.安徽省政府工作报告', sections: [[1799, 'review'], [1847, 'tasks'], [1967, 'government']], targets: 1853, targetsIn: 1847},
  {title: '14.福建省政府工作报告', sections: [[1994, 'review'], [2052, 'tasks'], [2128, 'government']], targets: 2056, targetsIn: 2052},
  {title: '15.江西省政府工作报告', sections: [[2152, 'review'], [2190, 'tasks']], targets: 2194, targetsIn: 2190},
  // Hard case: `二、2022年经济社会发展` + `总体要求和主要目标` is one heading.
  {title: '16.山东省政府工作报告', sections: [[2290, 'review'], [2330, 'targets'], [2344, 'tasks']], targets: 2340, targetsIn: 2330}
]

/** A numbered report title on its own line: ` 1.政府工作报告`, `8.吉林省政府工作报告 `. */
const titleLine = /^\s*\d{1,2}\.\S*政府工作报告\s*$/u

/**
 * @param text
 *   The file.
 * @returns
 *   `[first, last]` lines (1-based) of each report.
 */
function cut(text: string): Array<[number, number]> {
  const lines = text.split('\n')
  const starts: Array<number> = []
  for (const [index, line] of lines.entries()) if (titleLine.test(line)) starts.push(index + 1)
  return starts.map((start, index) => [start, (starts[index + 1] ?? lines.length + 1) - 1])
}

describe.skipIf(!hasCorpus)('gwr-2022-part1.txt: 16 reports', () => {
  const text = hasCorpus ? readCorpus('gwr-2022-part1.txt') : ''
  const slices = hasCorpus ? cut(text) : []

  it('is cut into 16 reports at their title lines', () => {
    expect(slices.map(([start]) => text.split('\n')[start - 1]?.trim())).toEqual(reports.map((report) => report.title))
  })

  const results = reports.map((report, index) => {
    const [from, to] = slices[index] ?? [1, 0]
    const classified = classifyLines(text, from, to)
    return {report, sections: topSections(classified), targets: targetLines(classified)}
  })

  it.each(results.map((result) => [result.report.title, result] as const))('%s: top-level labels', (_, result) => {
    const seen = result.sections.map((section) => [section.line, section.label])
    expect(seen).toEqual(result.report.sections)
  })

  it.each(results.map((result) => [result.report.title, result] as const))('%s: targets paragraph', (_, result) => {
    expect(result.targets).toEqual([result.report.targets])
    const holder = result.sections.find((section) => section.line === result.report.targetsIn)
    if (holder?.label === 'targets') expect(holder.alsoContains ?? []).not.toContain('targets')
    else expect(holder?.alsoContains).toContain('targets')
  })

  it('reports accuracy and calibration', () => {
    let right = 0
    let total = 0
    let sumRight = 0
    let sumWrong = 0
    for (const result of results) {
      for (const [line, label] of result.report.sections) {
        const section = result.sections.find((seen) => seen.line === line)
        total++
        if (section?.label === label) {
          right++
          sumRight += section.confidence ?? 0
        } else {
          sumWrong += section?.confidence ?? 0
        }
      }
    }

    const found = results.filter((result) => result.targets.includes(result.report.targets)).length
    const wrong = total - right
    console.log(
      `gwr-2022 top-level labels: ${right}/${total} (${((right / total) * 100).toFixed(1)}%); ` +
        `mean confidence right ${(sumRight / Math.max(right, 1)).toFixed(2)}, wrong ${wrong ? (sumWrong / wrong).toFixed(2) : '–'}; ` +
        `targets paragraphs found ${found}/${results.length}`
    )
    expect(right).toBe(total)
    expect(found).toBe(results.length)
  })
})
