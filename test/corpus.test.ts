import {describe, expect, it} from 'vitest'
import {parseReport} from '../src/index.js'
import {corpusFiles, hasCorpus, readCorpus} from './util/corpus.js'
import {checkTree} from './util/invariants.js'

describe.skipIf(!hasCorpus)('corpus', () => {
  it('parses every file of ../shared/corpus losslessly, with exact positions', () => {
    const files = corpusFiles()
    // All four compilations and the 687 provincial Markdown reports.
    expect(files.length).toBe(691)
    const problems: Array<string> = []
    let slowest = {file: '', ms: 0}
    for (const file of files) {
      const text = readCorpus(file)
      const start = performance.now()
      const tree = parseReport(text)
      const ms = performance.now() - start
      if (ms > slowest.ms) slowest = {file, ms}
      const problem = checkTree(tree, text)
      if (problem) problems.push(`${file}: ${problem}`)
    }

    console.log(`slowest file: ${slowest.file} (${slowest.ms.toFixed(1)} ms)`)
    expect(problems).toEqual([])
  })
})
