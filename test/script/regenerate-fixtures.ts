/**
 * Rewrite `test/fixtures/<case>/tree.json` from `input.txt` with the current
 * parser. Run `npm run fixtures`, then read the JSON diff before committing.
 */

import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseReport} from '../../src/index.js'

const root = fileURLToPath(new URL('../fixtures', import.meta.url))

for (const name of readdirSync(root).sort()) {
  const input = readFileSync(join(root, name, 'input.txt'), 'utf8')
  const tree = parseReport(input)
  writeFileSync(join(root, name, 'tree.json'), JSON.stringify(tree, null, 2) + '\n')
  console.log(`${name}: ${tree.data.messages.length} message(s)`)
}
