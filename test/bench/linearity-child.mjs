/**
 * Child process of `npm run bench`: time one adversarial input at 100 KB and
 * at 1 MB characters, printing each time (ms) on its own line as soon as it
 * is known, so the parent can stop a super-linear run early.
 *
 * Usage: `node linearity-child.mjs <bundle folder> <parseReport|findQuantities|leaves> <unit as JSON>`.
 * Prints the 100 KB time, then `go` once the 1 MB input is ready, then the
 * 1 MB time.
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

const [folder, api, unitJson] = process.argv.slice(2)
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
  const nodes = []
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
 *   The unit repeated to that length, then one Han character.
 */
function adversarial(length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + '讲'
}

// Warm up on the small input first (untimed, so the 100 K timing is not of
// code still being compiled), then the best of at least five runs for each
// size, and of more (up to 50) while they add up to less than 200 ms: a run
// of a few milliseconds is at the mercy of one slow moment of the machine,
// so short runs are repeated more, whichever size they are. A slow input (a
// super-linear case) runs once.
const warm = adversarial(100_000)
if (api === 'leaves') readOffsets(warm)
for (let round = 0; round < 5; round++) run(warm)

for (const length of [100_000, 1_000_000]) {
  const text = length === 100_000 ? warm : adversarial(length)
  if (api === 'leaves') readOffsets(text)
  // The parent times the 1 MB rounds from here.
  if (length !== 100_000) writeSync(1, 'go\n')
  let best = Infinity
  let spent = 0
  for (let round = 0; (round < 5 || (spent < 200 && round < 50)) && (round === 0 || best < 5000); round++) {
    const start = performance.now()
    run(text)
    const time = performance.now() - start
    best = Math.min(best, time)
    spent += time
  }

  writeSync(1, `${best}\n`)
}
