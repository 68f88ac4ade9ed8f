/**
 * `baogao/io`: decode report bytes in any supported encoding.
 * Run: `npx tsx examples/io.ts`.
 */

import {decodeText} from '../src/io/index.js'

// `政府工作报告` in GB18030.
const gb = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6])
const utf16 = new Uint8Array([0xff, 0xfe, 0x3f, 0x65, 0x9c, 0x5e])

for (const bytes of [gb, utf16, new TextEncoder().encode('各位代表：')]) {
  const {text, encoding, messages} = decodeText(bytes)
  console.log(encoding, text, messages.length)
}
