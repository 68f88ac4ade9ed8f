/**
 * `baogao/unified`: baogao as a unified parser; diagnostics become vfile
 * messages. Run: `npx tsx examples/unified.ts`.
 */

import {unified} from 'unified'
import {selectAll} from 'unist-util-select'
import {VFile} from 'vfile'
import type {Root} from '../src/index.js'
import {baogaoParse} from '../src/unified/index.js'

const file = new VFile('一、形势\n\n(二)、强化运行监测。\n\n(二)、深挖技改项目。')
const tree = unified().use(baogaoParse).parse(file) as Root

console.log(selectAll('heading', tree).length, 'headings')
for (const message of file.messages) console.log(message.line, message.column, message.ruleId, message.reason)
