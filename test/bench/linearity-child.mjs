/**
 * Child process of `npm run bench`: time one adversarial input at 100 KB and
 * at 1 MB characters, printing each time (ms) on its own line as soon as it
 * is known, so the parent can stop a super-linear run early.
 *
 * Usage: `node linearity-child.mjs <bundle folder> <parseReport|findQuantities> <unit as JSON>`.
 */

import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {writeSync} from 'node:fs'

const [folder, api, unitJson] = process.argv.slice(2)
const module_ = await import(pathToFileURL(join(folder, api === 'parseReport' ? 'index.js' : 'number.js')).href)
const run = module_[api]
const unit = JSON.parse(unitJson)

/**
 * @param length
 *   Length in UTF-16 units.
 * @returns
 *   The unit repeated to that length, then one Han character.
 */
function adversarial(length) {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + '讲'
}

// Best of three rounds (the first compiles), but a slow input (a
// super-linear case) runs once.
for (const length of [100_000, 1_000_000]) {
  const text = adversarial(length)
  let best = Infinity
  for (let round = 0; round < 3 && (round === 0 || best < 5000); round++) {
    const start = performance.now()
    run(text)
    best = Math.min(best, performance.now() - start)
  }

  writeSync(1, `${best}\n`)
}
