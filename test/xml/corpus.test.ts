import {describe, expect, it} from 'vitest'
import {parseReport} from '../../src/index.js'
import {fromXml, toXml} from '../../src/xml/index.js'
import {corpusFiles, hasCorpus, readCorpus} from '../util/corpus.js'
import {deepEqual} from './equal.js'

describe.skipIf(!hasCorpus)('XML round trip over the corpus', () => {
  it('fromXml(toXml(tree)) deep-equals the tree for every corpus file', () => {
    const files = corpusFiles()
    expect(files.length).toBe(691)
    const failures: Array<string> = []
    let textBytes = 0
    let xmlBytes = 0
    let ms = 0
    const encoder = new TextEncoder()

    for (const file of files) {
      const text = readCorpus(file)
      const tree = parseReport(text)
      const start = performance.now()
      const xml = toXml(tree)
      const back = fromXml(xml)
      ms += performance.now() - start
      textBytes += encoder.encode(text).length
      xmlBytes += encoder.encode(xml).length
      if (!deepEqual(back, tree)) {
        failures.push(file)
        // The diff of the first failure.
        if (failures.length === 1) expect(back).toEqual(tree)
      }
    }

    console.log(
      `XML round trip of ${files.length} files: ${(ms / 1000).toFixed(1)} s, ` +
        `${(xmlBytes / 1e6).toFixed(1)} MB of XML for ${(textBytes / 1e6).toFixed(1)} MB of text (×${(xmlBytes / textBytes).toFixed(2)})`
    )
    expect(failures).toEqual([])
  })
})
