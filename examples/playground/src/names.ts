/**
 * Names that look like numbers. The number layer refuses them (they are not
 * quantities), so the page finds them itself to show them struck through.
 * Each entry is a name as reports write it.
 */
export const numericNames: ReadonlyArray<string> = [
  // Five-year plans: `“十四五”实现良好开局`
  '十二五',
  '十三五',
  '十四五',
  '十五五',
  // Policy slogans: `扎实做好“六稳”、“六保”工作`
  '六稳',
  '六保',
  '三高四新',
  '一带一路',
  '三去一降一补',
  '两新一重',
  '四风',
  '三农',
  '三孩',
  // Latin names with digits: `细颗粒物（PM2.5）平均浓度`, `5G基站`
  'PM2.5',
  'PM10',
  '5G',
  '4G'
]

/** A name found in the text, as UTF-16 offsets. */
export interface NameSpan {
  /** Offset of its first character. */
  start: number
  /** Offset after its last character. */
  end: number
  /** The name. */
  name: string
}

const escape = (name: string): string => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// Longest first, so `PM2.5` wins over `5G`-style overlaps; Latin names must
// not be part of a longer Latin word or number (`15G`, `PM2.50`).
const namePattern = new RegExp(
  [...numericNames]
    .sort((a, b) => b.length - a.length)
    .map((name) => (/^[\p{Script=Han}]+$/u.test(name) ? escape(name) : `(?<![A-Za-z0-9.])${escape(name)}(?![A-Za-z0-9])`))
    .join('|'),
  'gu'
)

/**
 * Find the known numeric-looking names in `text`.
 *
 * @param text
 *   The text.
 * @returns
 *   The names in text order.
 */
export function findNames(text: string): Array<NameSpan> {
  const spans: Array<NameSpan> = []
  for (const match of text.matchAll(namePattern)) {
    spans.push({start: match.index, end: match.index + match[0].length, name: match[0]})
  }

  return spans
}
