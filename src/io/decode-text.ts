/**
 * `decodeText`: bytes of a report in any encoding it is found in, as text.
 *
 * @module
 */

import {BaogaoError} from '../tree/error.js'
import type {Diagnostic} from '../types.js'
import {findMojibake} from './mojibake.js'
import {gbPlausibility, plausibleShare, textPlausibility} from './plausibility.js'

/** Encodings {@link decodeText} reads. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'

/** What {@link decodeText} returns. */
export interface DecodedText {
  /** The text, without its byte order mark. */
  text: string
  /** The encoding it was read in. */
  encoding: TextEncoding
  /** Whether the bytes started with a byte order mark. */
  bom: boolean
  /**
   * Mojibake found in `text` (`replacement-character`, `mojibake-kunjinkao`,
   * `mojibake-latin1`), with places in `text`.
   */
  messages: Array<Diagnostic>
}

/** One way to read the bytes. */
interface Reading {
  /** Its encoding. */
  encoding: TextEncoding
  /** Whether the bytes are valid in `encoding`. */
  valid: boolean
  /** The text (with replacement characters where the bytes are not valid). */
  text: string
  /** Share of expected characters, in [0, 1]. */
  share: number
}

/**
 * Valid UTF-8 with at least this many non-ASCII characters is taken as UTF-8
 * even when it also reads as plausible GB18030: a GB18030 character is valid
 * UTF-8 by chance about one time in ten, so eight of them in a row about one
 * time in a hundred million.
 */
const utf8Evidence = 8

/** Human names of the encodings, for messages. */
const names: Readonly<Record<TextEncoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  gb18030: 'GB18030'
}

/**
 * Decode the bytes of a report: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (with a BOM, or without one when NUL bytes show it), or GB18030 (which
 * includes GBK and GB2312).
 *
 * Without a BOM, every reading the bytes allow is scored by the share of
 * characters reports are made of (CJK ideographs and punctuation, ASCII,
 * full-width forms…; for GB18030, GB2312 characters). One plausible reading
 * is taken; when two readings differ and both are plausible (short inputs:
 * `C3 A9` is `é` in UTF-8 and `茅` in GB18030), `decodeText` refuses to guess
 * (valid UTF-8 with eight or more non-ASCII characters is not ambiguous:
 * GB18030 text is almost never valid UTF-8);
 * when none is, the best valid reading is taken, or else the best reading,
 * with its replacement characters reported. Mojibake left by an earlier wrong decoding (U+FFFD runs,
 * `锟斤拷`, `æ”¿åºœ`) is reported in `messages`. Runs in Node and browsers
 * (only `TextDecoder`).
 *
 * @param bytes
 *   The bytes (a `Uint8Array`, such as a Node `Buffer`).
 * @returns
 *   The text, its encoding, whether it had a BOM, and diagnostics.
 * @throws {BaogaoError}
 *   When `bytes` is not a `Uint8Array` (`code: 'invalid-argument'`), or when
 *   two readings are plausible (`code: 'ambiguous-encoding'`; the message
 *   names both).
 *
 * @example
 * ```ts
 * import {decodeText} from 'baogao/io'
 *
 * const gbk = new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xa4, 0xd7, 0xf7, 0xb1, 0xa8, 0xb8, 0xe6])
 * decodeText(gbk) // {text: '政府工作报告', encoding: 'gb18030', bom: false, messages: []}
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  assertBytes(bytes)
  const bom = bomOf(bytes)
  if (bom) {
    const text = new TextDecoder(bom).decode(bytes)
    return {text, encoding: bom, bom: true, messages: findMojibake(text)}
  }

  if (bytes.length === 0) return {text: '', encoding: 'utf-8', bom: false, messages: []}
  if (bytes.every((byte) => byte < 0x80 && byte !== 0)) {
    const text = new TextDecoder('utf-8').decode(bytes)
    return {text, encoding: 'utf-8', bom: false, messages: findMojibake(text)}
  }

  const readings: Array<Reading> = [read(bytes, 'utf-8'), read(bytes, 'gb18030')]
  if (bytes.length % 2 === 0 && bytes.includes(0)) readings.push(read(bytes, 'utf-16le'), read(bytes, 'utf-16be'))
  let plausible = readings.filter((reading) => reading.valid && reading.share >= plausibleShare)
  // Valid UTF-8 with many multi-byte sequences is not GB18030 by chance.
  if (plausible[0]?.encoding === 'utf-8' && nonAscii(plausible[0].text) >= utf8Evidence) {
    plausible = plausible.filter((reading) => reading.encoding !== 'gb18030')
  }

  const distinct = plausible.filter((reading, index) => plausible.findIndex((other) => other.text === reading.text) === index)

  if (distinct.length > 1) {
    const [first, second] = distinct as [Reading, Reading]
    throw new BaogaoError(
      `decodeText(): the bytes read as ${names[first.encoding]} (\`${sample(first.text, second.text)}\`) and as ${names[second.encoding]} (\`${sample(second.text, first.text)}\`); refusing to guess, decode them with \`new TextDecoder(encoding)\``,
      'ambiguous-encoding'
    )
  }

  // One plausible reading, or else the best valid one, or else the best one
  // with its replacement characters.
  const best =
    distinct[0] ?? [...readings].sort((a, b) => Number(b.valid) - Number(a.valid) || b.share - a.share)[0] ?? read(bytes, 'utf-8')
  return {text: best.text, encoding: best.encoding, bom: false, messages: findMojibake(best.text)}
}

/**
 * @param value
 *   What the caller passed.
 * @returns
 *   Nothing; narrows `value` to `Uint8Array`.
 */
function assertBytes(value: unknown): asserts value is Uint8Array {
  if (value instanceof Uint8Array) return
  let got: string
  if (value === null) got = 'null'
  else if (typeof value !== 'object') got = typeof value
  else {
    const name = (value as {constructor?: {name?: unknown}}).constructor?.name
    got = typeof name === 'string' && name ? `an instance of ${name}` : 'an object'
  }

  throw new BaogaoError(`decodeText(): expected a Uint8Array, got ${got}`, 'invalid-argument')
}

/**
 * @param bytes
 *   The bytes.
 * @returns
 *   The encoding its byte order mark names, if any.
 */
function bomOf(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/**
 * @param bytes
 *   The bytes (no BOM).
 * @param encoding
 *   An encoding.
 * @returns
 *   The reading: whether the bytes are valid in `encoding`, the text, and its
 *   share of expected characters.
 */
function read(bytes: Uint8Array, encoding: TextEncoding): Reading {
  let valid = true
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(bytes)
  } catch {
    valid = false
    text = new TextDecoder(encoding, {ignoreBOM: true}).decode(bytes)
  }

  return {encoding, valid, text, share: encoding === 'gb18030' ? gbPlausibility(bytes) : textPlausibility(text)}
}

/**
 * @param text
 *   A text.
 * @returns
 *   How many of its code points are not ASCII.
 */
function nonAscii(text: string): number {
  let count = 0
  for (const character of text) if (character.charCodeAt(0) >= 0x80) count++
  return count
}

/**
 * @param text
 *   One reading.
 * @param other
 *   Another reading.
 * @returns
 *   Up to 16 characters of `text` from where the readings differ.
 */
function sample(text: string, other: string): string {
  let start = 0
  while (start < text.length && text[start] === other[start]) start++
  return [...text.slice(Math.max(0, start - 4))].slice(0, 16).join('')
}
