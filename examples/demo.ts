/**
 * The quick-start demo: parse the bundled excerpt of the 2022 national
 * government work report and print what baogao read.
 *
 * Run: `npm run demo` (or `npm run demo -- path/to/report.txt`).
 */

import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {extractTargets, parseReport, toString, type Heading, type Root, type Section} from '../src/index.js'

const file = process.argv[2] ?? fileURLToPath(new URL('gwr-2022-excerpt.txt', import.meta.url))
const text = readFileSync(file, 'utf8')
const tree: Root = parseReport(text)

console.log(`baogao demo: ${file.replace(/^.*\/(examples\/)/, '$1')} (${text.length} characters)\n`)
for (const document of tree.children) {
  if (document.type !== 'document') continue
  const {title, kind, date, venue, speaker, region} = document.meta
  console.log(`Document: ${title ?? '(untitled)'} [${kind}]`)
  console.log(`  date ${date ?? '?'}, region ${region ?? '?'}, speaker ${speaker ? `${speaker.role ?? ''} ${speaker.name ?? ''}`.trim() : '?'}`)
  console.log(`  venue ${venue ?? '?'}\n`)
  console.log('Outline (depth, heading, [label confidence], paragraphs / sentences under it):')
  for (const child of document.children) if (child.type === 'section') printSection(child, '  ')
}

for (const {document, gdp, records} of extractTargets(tree)) {
  console.log(`\nTargets of ${document.title ?? '(untitled)'}:`)
  if (gdp && 'firmness' in gdp) console.log(`  GDP growth target: ${gdp.value}% ${gdp.qualifierText ?? ''} (${gdp.firmness})`)
  else if (gdp && 'relative' in gdp) console.log(`  GDP growth target: ${gdp.relation} ${gdp.reference}`)
  for (const record of records) console.log(`  ${record.indicator.normalized.padEnd(10, '　')} ${record.quantity.value}`)
}

console.log(`\nLossless: toString(tree) === input is ${String(toString(tree) === text)}`)
const messages = tree.data.messages
console.log(`Diagnostics: ${messages.length === 0 ? 'none' : ''}`)
for (const message of messages) console.log(`  ${message.place.start.line}:${message.place.start.column} ${message.reason} [${message.ruleId}]`)

/**
 * @param section
 *   A section.
 * @param indent
 *   Indentation.
 */
function printSection(section: Section, indent: string): void {
  const heading = section.children[0] as Heading
  const paragraphs = section.children.filter((child) => child.type === 'paragraph')
  const sentences = paragraphs.reduce((sum, paragraph) => sum + paragraph.children.filter((child) => child.type === 'sentence' || child.type === 'item').length, 0)
  const title = toString(heading).replace(/\s+/g, ' ')
  const label = section.label ? ` [${section.label} ${section.confidence?.toFixed(2)}]` : ''
  console.log(`${indent}${section.depth} ${title}${label}  (${paragraphs.length} / ${sentences})`)
  for (const child of section.children) if (child.type === 'section') printSection(child, indent + '  ')
}
