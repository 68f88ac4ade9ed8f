/**
 * `npm run bench`: throughput of baogao over the corpus, each figure printed as
 * a ratio to a bare regex scan of the same text measured in the same run, so
 * the numbers compare across machines. Not a test: it asserts nothing.
 */

import {parseReport} from '../../src/index.js'
import {findQuantities} from '../../src/number/index.js'
import {corpusFiles, hasCorpus, readCorpus} from '../util/corpus.js'

const baselinePattern = /[0-9０-９.．]+[%％万亿]?/gu

if (!hasCorpus) {
  console.log('bench skipped: ../shared/corpus not found')
  process.exit(0)
}

const texts = corpusFiles().map((file) => readCorpus(file))
const characters = texts.reduce((sum, text) => sum + text.length, 0)
const megabytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6

/**
 * @param name
 *   Label.
 * @param run
 *   Work over one text.
 * @param rounds
 *   Repetitions; the best round counts.
 * @returns
 *   Best time in ms.
 */
function measure(name: string, run: (text: string) => unknown, rounds: number): number {
  let best = Infinity
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    for (const text of texts) run(text)
    best = Math.min(best, performance.now() - start)
  }

  console.log(`${name.padEnd(28)} ${(megabytes / (best / 1000)).toFixed(1).padStart(8)} MB/s  (${best.toFixed(0)} ms)`)
  return best
}

console.log(`corpus: ${texts.length} files, ${megabytes.toFixed(1)} MB UTF-8, ${characters} UTF-16 units\n`)

const baseline = measure('regex scan (baseline)', (text) => {
  let count = 0
  baselinePattern.lastIndex = 0
  while (baselinePattern.exec(text)) count++
  return count
}, 3)

const quantities = measure('findQuantities', (text) => findQuantities(text), 3)
const parse = measure('parseReport', (text) => parseReport(text), 2)

global.gc?.()
const before = process.memoryUsage().heapUsed
let peak = before
for (const text of texts) {
  const tree = parseReport(text)
  peak = Math.max(peak, process.memoryUsage().heapUsed)
  if (tree.children.length < 0) console.log(tree)
}

console.log(`\nfindQuantities / regex scan: ${(baseline / quantities).toFixed(3)} (target ≥ 0.2)`)
console.log(`parseReport / regex scan: ${(baseline / parse).toFixed(3)} (target ≥ 0.05)`)
const largest = Math.max(...texts.map((text) => Buffer.byteLength(text)))
console.log(`heap growth while parsing: ${((peak - before) / 1e6).toFixed(1)} MB (${((peak - before) / largest).toFixed(1)} × the largest input)`)
