/**
 * Where sentences and lines end.
 *
 * @module
 */

/** Characters that end a sentence. */
const terminators = new Set(['。', '！', '？', '；', '!', '?', ';'])
/** Characters that end a line that is complete (terminators plus `：`). */
const lineTerminators = new Set([...terminators, '：', ':', '…'])
/** Characters that end a heading that opens a paragraph. */
const headingTerminators = new Set(['。', '！', '？', '!', '?'])
/** Closing quotes and brackets that stay with the sentence before them. */
const closers = new Set(['”', '’', '」', '』', '）', ')', '】', '》', '〉', '"', "'"])
/** Opening brackets matched against a closing bracket at a line end. */
const openers: Record<string, string> = {'）': '（', ')': '(', '】': '【', '》': '《', '〉': '〈'}

/** Flag of a code unit that ends a sentence (`。！？；!?;`). */
export const TERMINATOR = 1
/** Flag of a closing quote or bracket. */
export const CLOSER = 2
/** Flag of `…`. */
export const ELLIPSIS = 4
/** Flag of a colon (`：`, `:`). */
export const COLON = 8
/** Flag of `*` (Markdown strong, in pairs). */
export const ASTERISK = 16

/**
 * What each BMP code unit means to the sentence splitter: a bit set of
 * `TERMINATOR`, `CLOSER`, `ELLIPSIS`, `COLON`, `ASTERISK` (0 for most
 * characters, so the splitter skips them with one lookup).
 */
export const sentenceFlags: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (const character of terminators) table[character.charCodeAt(0)] = TERMINATOR
  for (const character of closers) table[character.charCodeAt(0)] = CLOSER
  table['…'.charCodeAt(0)] = ELLIPSIS
  table['：'.charCodeAt(0)] = COLON
  table[':'.charCodeAt(0)] = COLON
  table['*'.charCodeAt(0)] = ASTERISK
  return table
})()

/** 1 for each code unit of `headingTerminators`. */
const headingTerminatorFlags: Uint8Array = (() => {
  const table = new Uint8Array(0x10000)
  for (const character of headingTerminators) table[character.charCodeAt(0)] = 1
  return table
})()

/**
 * Whether the text in `[start, end)` ends a paragraph: its last character,
 * before closing quotes and a closing `**`, is one of `。！？；：…`. A line that
 * ends in a parenthetical after a terminator (`…发生。（未讲）`) is complete too.
 *
 * @param text
 *   The input.
 * @param start
 *   Start of the line's content.
 * @param end
 *   End of the line's content.
 * @returns
 *   Whether it is complete.
 */
export function isTerminated(text: string, start: number, end: number): boolean {
  let at = end
  if (at - 2 >= start && text.charCodeAt(at - 1) === 42 && text.charCodeAt(at - 2) === 42) at -= 2
  while (at > start) {
    const character = text.charAt(at - 1)
    const opener = openers[character]
    if (opener !== undefined) {
      const open = text.lastIndexOf(opener, at - 2)
      if (open > start && lineTerminators.has(text.charAt(open - 1))) return true
    }

    if (!closers.has(character)) break
    at--
  }

  return at > start && lineTerminators.has(text.charAt(at - 1))
}

/**
 * Find where a heading that opens a paragraph ends: after its first `。！？`,
 * the closing quotes after it and a closing `**`.
 *
 * ```
 * > | **（一）全面提升产业体系现代化水平。**产业强则经济强…
 *                                     ^ end
 * ```
 *
 * @param text
 *   The input.
 * @param from
 *   Offset after the marker.
 * @param end
 *   End of the line's content.
 * @returns
 *   Offset after the heading, or -1 when the line has no terminator.
 */
export function headingEnd(text: string, from: number, end: number): number {
  for (let at = from; at < end; at++) {
    // A table read, not a one-character string per character (a heading
    // candidate is often a whole paragraph).
    if (headingTerminatorFlags[text.charCodeAt(at)] === 0) continue
    let after = at + 1
    while (after < end && sentenceFlags[text.charCodeAt(after)] === CLOSER) after++
    if (after + 1 < end && text.charCodeAt(after) === 42 && text.charCodeAt(after + 1) === 42) after += 2
    return after
  }

  return -1
}
