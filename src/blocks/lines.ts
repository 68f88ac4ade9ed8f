/**
 * Split the input into lines, keeping every offset.
 *
 * @module
 */

/** One line of the input. */
export interface Line {
  /** Offset of the first character of the line. */
  start: number
  /** Offset of the line ending (`\r\n` or `\n`), or the input length. */
  end: number
  /** Offset of the first character that is not white space. */
  contentStart: number
  /** Offset after the last character that is not white space. */
  contentEnd: number
  /** Offset of the next line's start (after the line ending). */
  next: number
}

/**
 * @param code
 *   A UTF-16 code unit.
 * @returns
 *   Whether it is white space inside a line (space, tab, `\u3000`, NBSP, BOM,
 *   other Unicode spaces; not `\n`).
 */
export function isInlineSpace(code: number): boolean {
  // Han text, then everything past the last space but the BOM: two tests.
  if (code > 0x3000) return code === 0xfeff
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  )
}

/**
 * Split `text` into lines. A lone `\r` is white space, not a line ending.
 *
 * @param text
 *   The input.
 * @returns
 *   Lines in order; an empty input gives no lines.
 */
export function splitLines(text: string): Array<Line> {
  const lines: Array<Line> = []
  let start = 0
  while (start < text.length) {
    let newline = text.indexOf('\n', start)
    if (newline === -1) newline = text.length
    const end = newline > start && text.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline
    let contentStart = start
    while (contentStart < end && isInlineSpace(text.charCodeAt(contentStart))) contentStart++
    let contentEnd = end
    while (contentEnd > contentStart && isInlineSpace(text.charCodeAt(contentEnd - 1))) contentEnd--
    const next = newline < text.length ? newline + 1 : newline
    lines.push({start, end, contentStart, contentEnd, next})
    start = next
  }

  return lines
}

/**
 * @param line
 *   A line.
 * @returns
 *   Whether it holds nothing but white space.
 */
export function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd
}
