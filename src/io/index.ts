/**
 * `baogao/io`: the bytes of a report, in the encodings reports are found in,
 * as text for `parseReport`. Runs in Node and browsers (only `TextDecoder`).
 *
 * ```ts
 * import {readFile} from 'node:fs/promises'
 * import {parseReport} from 'baogao'
 * import {decodeText} from 'baogao/io'
 *
 * const {text, encoding, messages} = decodeText(await readFile('report.txt'))
 * const tree = parseReport(text)
 * ```
 *
 * @packageDocumentation
 */

export {decodeText, type DecodedText, type TextEncoding} from './decode-text.js'
export {BaogaoError, type BaogaoErrorCode} from '../tree/error.js'
export type {Diagnostic} from '../types.js'
