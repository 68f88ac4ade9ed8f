/**
 * Child process of `npm run bench`: parse one input and report memory, so
 * the parent's own heap does not blur the figures.
 *
 * Usage: `node --expose-gc memory-child.mjs <bundle> <mode> [megabytes]` where
 * mode is `largest` (the largest corpus file) or `scale` (the corpus repeated
 * until it reaches `megabytes` MB of UTF-8). Prints one JSON line.
 */

import {readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

const [bundle, mode, target = '100'] = process.argv.slice(2)
const corpusRoot = process.env.BAOGAO_CORPUS ?? ''
const {parseReport} = await import(pathToFileURL(bundle).href)

const files = []
const walk = (folder) => {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) walk(path)
    else if (/\.(?:txt|md)$/.test(name) && path !== join(corpusRoot, 'README.md')) files.push(path)
  }
}

walk(corpusRoot)
files.sort()

let text
if (mode === 'largest') {
  // Read only that file: other texts in the heap would lift the baseline.
  const largest = files.reduce((a, b) => (statSync(b).size > statSync(a).size ? b : a))
  text = readFileSync(largest, 'utf8')
} else {
  const texts = files.map((file) => readFileSync(file, 'utf8'))
  const parts = []
  let bytes = 0
  for (let index = 0; bytes < Number(target) * 1e6; index++) {
    const part = texts[index % texts.length]
    parts.push(part)
    bytes += Buffer.byteLength(part) + 2
  }

  text = parts.join('\n\n')
}

const bytes = Buffer.byteLength(text)
// Warm up on a small input so code, not the first run's compilation, is measured.
parseReport('一、2021年工作回顾\n\n国内生产总值增长8.1%。')
globalThis.gc()
const rssBefore = process.memoryUsage().rss
const heapBefore = process.memoryUsage().heapUsed
const start = performance.now()
const tree = parseReport(text)
const ms = performance.now() - start
const peakRss = process.resourceUsage().maxRSS * 1024
globalThis.gc()
const retained = process.memoryUsage().heapUsed - heapBefore
console.log(
  JSON.stringify({
    megabytes: bytes / 1e6,
    ms,
    peakRssPerMegabyte: (peakRss - rssBefore) / bytes,
    retainedHeapPerMegabyte: retained / bytes,
    children: tree.children.length
  })
)
