/**
 * Child process of `npm run bench`: time one adversarial input at 100 KB and
 * at 1 MB characters, printing each time (ms) on its own line as soon as it
 * is known, so the parent can stop a super-linear run early.
 *
 * Usage: `node linearity-child.mjs <bundle folder> <parseReport|findQuantities|leaves> <unit as JSON> <ms>`,
 * `<ms>` being how long the 1 MB runs may add up to before rounds beyond the
 * fifth stop (the parent allows for it in its stop timer).
 * Prints one 100 KB time (after a warm-up), then `go` once the 1 MB input is
 * ready, then the best 100 KB time, the best 1 MB time and, for
 * information, the best time of a lone 100 KB run whose result is dropped.
 *
 * A 100 KB time is a tenth of ten runs, over ten copies of the input, whose
 * results are all kept until the tenth ends: the same volume of live results
 * and of input read as one 1 MB run, so both sizes pay the garbage collector
 * and the processor's cache alike. A lone 100 KB run whose tree fits V8's
 * young generation and dies there is never copied, while a 1 MB tree that
 * outgrows it is copied twice: their ratio measures that step, not whether
 * the parser's work grows linearly (docs/performance.md).
 *
 * `leaves` is a floor, not an API: it builds only the leaves `parseReport`
 * makes for the input (their offsets read from a parse beforehand, untimed)
 * — per leaf one node, its position and its end point, the value sliced from
 * the input, all in one array — with no analysis at all. What it costs is
 * what any code building that tree pays, mostly to the garbage collector.
 */

import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {writeSync} from 'node:fs'

const [folder, api, unitJson, budgetText] = process.argv.slice(2)
const budget = Number(budgetText)
if (!(budget >= 0)) throw new Error('linearity-child: expected a time budget in ms, got `' + budgetText + '`')
const module_ = await import(pathToFileURL(join(folder, api === 'findQuantities' ? 'number.js' : 'index.js')).href)
const unit = JSON.parse(unitJson)

/**
 * @param line
 *   Line.
 * @param column
 *   Column.
 * @param offset
 *   Offset.
 * @returns
 *   Nothing (a constructor of plain points, as the parser makes them).
 */
function Point(line, column, offset) {
  this.line = line
  this.column = column
  this.offset = offset
}

Point.prototype = Object.prototype

/**
 * @param start
 *   Start point.
 * @param end
 *   End point.
 * @returns
 *   Nothing (a constructor of plain positions).
 */
function Position(start, end) {
  this.start = start
  this.end = end
}

Position.prototype = Object.prototype

/**
 * @param type
 *   Node type.
 * @param value
 *   Source text.
 * @param position
 *   Position.
 * @returns
 *   Nothing (a constructor of plain leaves).
 */
function Leaf(type, value, position) {
  this.type = type
  this.value = value
  this.position = position
}

Leaf.prototype = Object.prototype

/** An empty array, never changed. */
const empty = []

/** Leaf offsets (start, end pairs) of each input, read from a parse. */
const offsets = new Map()

/**
 * @param text
 *   An input.
 * @returns
 *   The leaves of its tree, rebuilt from their offsets.
 */
function leaves(text) {
  const pairs = offsets.get(text)
  // Copied from an empty array, as the parser makes its lists (`list()` in
  // src/tree/plain.ts): V8 does not pretenure a copy, while an array literal
  // that once held a large tree would grow in the old generation.
  const nodes = empty.slice()
  let line = 1
  let lineStart = 0
  let newline = text.indexOf('\n')
  let last = new Point(1, 1, 0)
  for (let index = 0; index < pairs.length; index += 2) {
    const start = pairs[index]
    const end = pairs[index + 1]
    // Lines that end inside this leaf (line feeds, breaks).
    while (newline !== -1 && newline < end) {
      line += 1
      lineStart = newline + 1
      newline = text.indexOf('\n', lineStart)
    }

    const point = new Point(line, end - lineStart + 1, end)
    nodes.push(new Leaf('text', text.slice(start, end), new Position(last, point)))
    last = point
  }

  return nodes
}

/**
 * @param text
 *   An input.
 * @returns
 *   Nothing: its leaf offsets are stored in `offsets`.
 */
function readOffsets(text) {
  const pairs = []
  const visit = (node) => {
    if (typeof node.value === 'string') pairs.push(node.position.start.offset, node.position.end.offset)
    else for (const child of node.children ?? []) visit(child)
  }

  visit(module_.parseReport(text))
  offsets.set(text, Int32Array.from(pairs))
}

const run = api === 'leaves' ? leaves : module_[api]

/**
 * @param length
 *   Length in UTF-16 units.
 * @returns
 *   The unit repeated to that length, then one Han character, as one flat
 *   string (as a file read gives it: `repeat`, `slice` and `+` make a tree of
 *   string pieces, which V8 reads more slowly the larger it is — ×14.6 for
 *   `三千二百亿` under `findQuantities`, ×10.0 once flat).
 */
function adversarial(length) {
  return flat(unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + '讲')
}

/**
 * @param text
 *   A string.
 * @returns
 *   A flat copy of it, its own string.
 */
function flat(text) {
  return Buffer.from(text, 'utf16le').toString('utf16le')
}

// Warm up on the small input first (untimed, so the 100 K timing is not of
// code still being compiled) and time it once: the parent's reference for
// stopping a super-linear child. Then alternate the two sizes, so both meet
// the machine in the same moods (a slow moment of this shared machine would
// otherwise fall on one size only), at least five rounds, and more (up to
// 50) while the 1 MB runs add up to less than `budget` (a second, from the
// parent); each size's best run counts (a best of five was at the mercy of
// one slow moment for a family whose 1 MB run takes ≈ 100 ms: `****` gave
// ×8.8 and ×15.1 in two runs of the same code). A 1 MB run over 5 s (a super-linear case) is not repeated.
const small = adversarial(100_000)
// Ten copies of the small input, each its own string: ten runs over them read
// as much memory as one run over the large input, so neither size has its
// input in the processor's cache the other lacks (one 100 KB input, 200 KB
// of UTF-16, stays in a 512 KB cache over ten runs; a 1 MB one cannot).
const smalls = Array.from({length: 10}, () => flat(small))
if (api === 'leaves') for (const text of [small, ...smalls]) readOffsets(text)
for (let round = 0; round < 5; round++) run(small)
let bestSmall = timeKept(smalls)
writeSync(1, `${bestSmall}\n`)

const large = adversarial(1_000_000)
if (api === 'leaves') readOffsets(large)
// The parent's stop timer starts here.
writeSync(1, 'go\n')
let bestLarge = Infinity
let bestLone = Infinity
let spent = 0
for (let round = 0; (round < 5 || (spent < budget && round < 50)) && (round === 0 || bestLarge < 5000); round++) {
  bestSmall = Math.min(bestSmall, timeKept(smalls))
  const took = time(large)
  bestLarge = Math.min(bestLarge, took)
  bestLone = Math.min(bestLone, time(small))
  spent += took
}

writeSync(1, `${bestSmall}\n${bestLarge}\n${bestLone}\n`)

/**
 * @param text
 *   An input.
 * @returns
 *   Time of one run over it, in ms (its result dropped at once).
 */
function time(text) {
  const start = performance.now()
  run(text)
  return performance.now() - start
}

/**
 * @param texts
 *   Ten copies of the 100 KB input.
 * @returns
 *   A tenth of the time of one run over each whose results are all kept
 *   until the last ends (as much live result, and as much input read, as
 *   one 1 MB run), in ms.
 */
function timeKept(texts) {
  const kept = []
  const start = performance.now()
  for (const text of texts) kept.push(run(text))
  return (performance.now() - start) / texts.length
}
