/**
 * The provincial Markdown corpus (`provincial/*\/*.md`): the share of reports
 * since 2000 whose GDP growth target `extractTargets` finds, printed as a
 * summary with the misses. Every miss is explained in `docs/targets.md`; a
 * new miss fails the test.
 */

import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/parse/parse-report.js'
import {extractTargets} from '../../src/indicators/extract-targets.js'
import {corpusFiles, hasCorpus, readCorpus} from '../util/corpus.js'

/** Reports without a GDP growth target for the year, read by hand (see docs/targets.md). */
const explainedMisses = new Set([
  'provincial/山西省/2006.md', // a 十一五 plan report: only five-year averages
  'provincial/西藏自治区/2007.md' // no growth target stated
])

/** Reports that set GDP growth only against the country's: `{relative: true}`. */
const relative = new Map([
  ['provincial/云南省/2020.md', '地区生产总值增速高于全国平均水平'],
  ['provincial/四川省/2019.md', '地区生产总值增速比全国高2个百分点左右'], // the file holds the 2020 report
  ['provincial/四川省/2020.md', '地区生产总值增速比全国高2个百分点左右'],
  ['provincial/河南省/2011.md', '生产总值增速高于全国平均水平1到2个百分点'],
  ['provincial/辽宁省/2019.md', '地区生产总值增长与全国保持同步']
])

describe.skipIf(!hasCorpus)('provincial corpus: GDP targets since 2000', () => {
  it('finds the GDP target of nearly every report', () => {
    const files = corpusFiles().filter((path) => /^provincial\/[^/]+\/(\d{4})\.md$/.test(path) && Number(/(\d{4})\.md$/.exec(path)?.[1]) >= 2000)
    const misses: Array<string> = []
    const relatives = new Map<string, string>()
    let found = 0
    for (const path of files) {
      const summaries = extractTargets(parseReport(readCorpus(path)))
      const gdp = summaries.find((summary) => summary.gdp && !('absent' in summary.gdp))?.gdp
      if (gdp && 'relative' in gdp) relatives.set(path, gdp.text)
      else if (gdp) found++
      else misses.push(path)
    }

    expect(relatives).toEqual(relative)

    const share = found / files.length
    console.log(
      `GDP target found in ${String(found)} of ${String(files.length)} provincial reports since 2000 (${(share * 100).toFixed(1)}%); misses:\n  ${misses.join('\n  ')}`
    )
    expect(files.length).toBeGreaterThan(600)
    expect(share).toBeGreaterThan(0.97)
    expect(misses.filter((path) => !explainedMisses.has(path))).toEqual([])
  })
})
