/**
 * `extractTargets` and `toCsv`: what each report promised, how firmly.
 * Run: `npx tsx examples/extract-targets.ts [file]`.
 */

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {extractTargets, parseReport, toCsv} from '../src/index.js'

const file = process.argv[2] ?? fileURLToPath(new URL('gwr-2022-excerpt.txt', import.meta.url))
const summaries = extractTargets(parseReport(readFileSync(file, 'utf8')))

for (const {document, gdp, records} of summaries) {
  if (gdp === null) console.log(document.title, 'no GDP target')
  else if ('absent' in gdp) console.log(document.title, 'sets no GDP target:', gdp.text)
  else if ('relative' in gdp) console.log(document.title, 'GDP growth', gdp.relation, gdp.reference, gdp.margin)
  else console.log(document.title, document.region, gdp.value, gdp.qualifierText, gdp.firmness, `(${records.length} target records)`)
}

process.stdout.write(toCsv(summaries.flatMap((summary) => summary.records)))
