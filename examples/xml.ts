/**
 * `baogao/xml`: a lossless XML round trip. Run: `npx tsx examples/xml.ts`.
 */

import {parseReport} from '../src/index.js'
import {fromXml, toXml} from '../src/xml/index.js'

const tree = parseReport('一、2021年工作回顾\n\n国内生产总值增长8.1%。')
const xml = toXml(tree)
console.log(xml.slice(0, 200))
console.log(JSON.stringify(fromXml(xml)) === JSON.stringify(tree))
