/**
 * How plausible a reading of some bytes is as a Chinese report: the share
 * of its characters that such texts are made of.
 *
 * Two measures, because a wrong reading fails in different ways:
 *
 * - for UTF-8 and UTF-16 readings, the share of characters in blocks that
 *   reports use (ASCII, Latin-1, CJK ideographs and punctuation, full-width
 *   forms, enclosed numbers `①`/`㈠`, symbols such as `℃`, `■`, `──`). UTF-16
 *   read with the wrong byte order turns line feeds and digits into
 *   Gurmukhi, Bopomofo or private-use characters, and often into lone
 *   surrogates, which a fatal decoder refuses;
 * - for GB18030 readings, the share of characters that are ASCII or in the
 *   GB2312 area (lead byte `A1`–`F7`, trail byte `A1`–`FE`), measured on the
 *   bytes. Reports are almost all GB2312 characters, while UTF-8 bytes read
 *   as GB18030 fall mostly outside it (trail bytes `80`–`A0`, GBK extension
 *   and four-byte sequences), even though they decode to CJK ideographs.
 *
 * @module
 */

/** A reading is plausible at or above this share of expected characters. */
export const plausibleShare = 0.95

/**
 * Blocks of characters a report is made of (code point ranges, inclusive).
 *
 * Sample: `各位代表：2021年①（一）℃ ■ ──é`.
 */
const expected: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0xff], // Latin-1 Supplement: `é`, `·`, `×`
  [0x370, 0x3ff], // Greek: `α`, `β`
  [0x2000, 0x206f], // General Punctuation: `——`, `“”`, `…`
  [0x2100, 0x218f], // Letterlike, Number Forms: `℃`, `Ⅰ`
  [0x2190, 0x22ff], // Arrows, Mathematical Operators: `→`, `≥`
  [0x2460, 0x24ff], // Enclosed Alphanumerics: `①`, `⑴`
  [0x2500, 0x25ff], // Box Drawing, Geometric Shapes: `──`, `■`
  [0x3000, 0x303f], // CJK Symbols and Punctuation: `。`, `、`, `　`
  [0x3200, 0x32ff], // Enclosed CJK: `㈠`
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe30, 0xfe4f], // CJK Compatibility Forms: `︰`
  [0xfeff, 0xfeff], // zero-width no-break space (a stray BOM)
  [0xff00, 0xffef], // Half-width and Full-width Forms: `，`, `％`, `１`
  [0x20000, 0x3134f] // CJK Extensions B–G
]

/**
 * @param code
 *   A code point.
 * @returns
 *   Whether reports use it.
 */
function isExpected(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return true
  for (const [low, high] of expected) {
    if (code < low) return false
    if (code <= high) return true
  }

  return false
}

/**
 * @param text
 *   A reading.
 * @returns
 *   The share of its code points that reports use, in [0, 1] (1 for `''`).
 */
export function textPlausibility(text: string): number {
  let total = 0
  let good = 0
  for (const character of text) {
    total++
    if (isExpected(character.codePointAt(0) as number)) good++
  }

  return total === 0 ? 1 : good / total
}

/**
 * @param bytes
 *   Bytes to be read as GB18030.
 * @returns
 *   The share of characters that are ASCII text or in the GB2312 area, in
 *   [0, 1]; invalid sequences count as unexpected characters.
 */
export function gbPlausibility(bytes: Uint8Array): number {
  let total = 0
  let good = 0
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index] as number
    total++
    if (lead < 0x80) {
      if (isExpected(lead)) good++
      index++
      continue
    }

    const trail = bytes[index + 1] ?? 0
    if (lead >= 0x81 && lead <= 0xfe && trail >= 0x30 && trail <= 0x39) {
      index += 4 // Four-byte sequence: rare characters only.
    } else if (lead >= 0x81 && lead <= 0xfe && trail >= 0x40 && trail <= 0xfe && trail !== 0x7f) {
      if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1) good++
      index += 2
    } else {
      index++ // Invalid.
    }
  }

  return total === 0 ? 1 : good / total
}
