/**
 * Top-level labels of the first 20 speeches of `speeches-collection.txt`,
 * written by hand from the file: the line of each `一、` heading and the
 * label a careful reader gives the section (heading and body read).
 */

import {describe, expect, it} from 'vitest'
import type {SectionLabel} from '../../src/types.js'
import {hasCorpus, readCorpus} from '../util/corpus.js'
import {classifyLines, topSections} from './util.js'

const expected: Array<[number, SectionLabel]> = [
  // 1. 宋国权
  [66, 'review'], [70, 'problems'], [92, 'tasks'],
  // 2. 黄峥嵘: `二、科学谋划新时代的新开局` = 研判形势, 发展要求, 信心, 定力, 目标.
  [112, 'review'], [140, 'targets'], [172, 'tasks'], [208, 'tasks'], [240, 'requirements'],
  // 3. 县统计局
  [278, 'review'], [306, 'review'], [322, 'tasks'],
  // 4. 伏玉琼
  [344, 'review'], [360, 'problems'], [408, 'tasks'],
  // 5. 何良军 (monthly): five work areas.
  [546, 'tasks'], [552, 'tasks'], [558, 'tasks'], [564, 'tasks'], [570, 'tasks'],
  // 6. 何良军 (three quarters)
  [586, 'situation'], [598, 'review'], [616, 'tasks'],
  // 7. 艾方毅: 三 = 党的领导, 干部, 作风.
  [676, 'situation'], [716, 'tasks'], [760, 'requirements'],
  // 8. 陈坚: 一 is about the meeting itself.
  [788, 'other'], [802, 'review'], [810, 'tasks'],
  // 9. 张庆国
  [840, 'situation'], [884, 'tasks'],
  // 10. 陆广平 (first quarter)
  [922, 'tasks'], [928, 'tasks'], [936, 'requirements'],
  // 11. 陆广平 (second quarter)
  [968, 'situation'], [976, 'tasks'],
  // 12. 欧阳坚
  [1040, 'situation'], [1046, 'situation'], [1062, 'tasks'],
  // 13. 漆文忠
  [1092, 'tasks'], [1100, 'tasks'], [1116, 'tasks'],
  // 14. 王毅
  [1154, 'situation'], [1166, 'tasks'],
  // 15. 孙飏: 三 = statistics-fraud work (a task).
  [1210, 'tasks'], [1226, 'tasks'], [1248, 'tasks'],
  // 16. 王方太
  [1268, 'situation'], [1292, 'tasks'], [1332, 'requirements'],
  // 17. 丁巨胜 (standing meeting)
  [1348, 'review'], [1374, 'tasks'], [1394, 'tasks'], [1414, 'requirements'],
  // 18. 丁巨胜 (first quarter)
  [1436, 'review'], [1446, 'tasks'], [1472, 'tasks'], [1492, 'requirements'],
  // 19. 林小明
  [1504, 'situation'], [1532, 'tasks'], [1556, 'tasks'], [1572, 'requirements'],
  // 20. 刘凯
  [1600, 'situation'], [1606, 'tasks'], [1612, 'tasks'], [1620, 'tasks'], [1626, 'tasks'],
  [1634, 'tasks'], [1640, 'tasks'], [1646, 'tasks'], [1652, 'tasks']
]

describe.skipIf(!hasCorpus)('speeches-collection.txt: first 20 speeches', () => {
  it('labels ≥ 95 % of top-level sections as a careful reader does, surer when right', () => {
    const classified = classifyLines(readCorpus('speeches-collection.txt'), 1, 1660)
    const seen = new Map(topSections(classified).map((section) => [section.line, section]))
    let right = 0
    let sumRight = 0
    let sumWrong = 0
    const misses: Array<string> = []
    for (const [line, label] of expected) {
      const section = seen.get(line)
      if (section?.label === label) {
        right++
        sumRight += section.confidence ?? 0
      } else {
        sumWrong += section?.confidence ?? 0
        misses.push(`${line} ${section?.heading ?? '(missing)'}: ${section?.label} ${section?.confidence} (want ${label})`)
      }
    }

    const wrong = expected.length - right
    const meanRight = sumRight / Math.max(right, 1)
    const meanWrong = wrong ? sumWrong / wrong : 0
    console.log(
      `speeches 1–20 top-level labels: ${right}/${expected.length} (${((right / expected.length) * 100).toFixed(1)}%); ` +
        `mean confidence right ${meanRight.toFixed(2)}, wrong ${wrong ? meanWrong.toFixed(2) : '–'}\n  ` +
        misses.join('\n  ')
    )
    expect(right / expected.length).toBeGreaterThanOrEqual(0.95)
    if (wrong) expect(meanWrong).toBeLessThan(meanRight)
  })
})
