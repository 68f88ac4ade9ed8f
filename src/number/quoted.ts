/**
 * Numbers in a short quotation name a policy or a slogan (`“1310”具体部署`,
 * `“横琴金融30条”`, `“3个100%”`, `“211”工程`), unless the quotation states
 * a change or a bound (`提出“增长6%左右”的目标`).
 *
 * @module
 */

import type {Quantity} from './types.js'

/** Longest quotation, in code units between the marks, whose numbers are a name. */
const shortQuote = 8
const OPEN_QUOTE = '“'
const CLOSE_QUOTE = 0x201d // ”

/** Quote marks and the punctuation a quoted name never spans: 1 per code unit. */
const quoteStop = new Uint8Array(0x10000)
for (const character of '“”。，；：！？\n') quoteStop[character.charCodeAt(0)] = 1

/** Words that make a quotation a statement of values, not a name: `“增长6%左右”`. */
const statedValue = /增长|下降|提高|降低|达到|突破|超过|控制在|左右|以上|以内|以下/u

/**
 * Drop the quantities that sit in a short quotation naming something.
 *
 * Each `“` is looked at once and the quantities after it found by binary
 * search (they are sorted), so text with few quotes costs next to nothing
 * however many quantities it holds.
 *
 * @param text
 *   The searched text.
 * @param found
 *   Quantities, sorted by `start`, not overlapping.
 * @returns
 *   The quantities kept (`found` itself when none is dropped).
 */
export function dropQuoted(text: string, found: Array<Quantity>): Array<Quantity> {
  if (found.length === 0) return found
  let dropped: Set<Quantity> | undefined
  let low = 0
  for (let open = text.indexOf(OPEN_QUOTE); open !== -1; open = text.indexOf(OPEN_QUOTE, open + 1)) {
    // First quantity starting after the quote.
    let high = found.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((found[middle] as Quantity).start <= open) low = middle + 1
      else high = middle
    }

    if (low === found.length) break
    for (let index = low; index < found.length; index++) {
      const quantity = found[index] as Quantity
      if (quantity.start - open > shortQuote) break
      if (quoted(text, open, quantity.start, quantity.end)) (dropped ??= new Set()).add(quantity)
    }
  }

  return dropped ? found.filter((quantity) => !dropped.has(quantity)) : found
}

/**
 * @param text
 *   Text.
 * @param open
 *   Offset of `“`, at most {@link shortQuote} before `start`.
 * @param start
 *   Start of the quantity.
 * @param end
 *   End of the quantity.
 * @returns
 *   Whether `“` opens a quotation of at most {@link shortQuote} code units
 *   around `[start, end)` that names something.
 */
function quoted(text: string, open: number, start: number, end: number): boolean {
  for (let index = open + 1; index < start; index++) if (quoteStop[text.charCodeAt(index)] === 1) return false
  const limit = Math.min(text.length, open + shortQuote + 2)
  let close = end
  while (close < limit && quoteStop[text.charCodeAt(close)] === 0) close++
  return close < limit && text.charCodeAt(close) === CLOSE_QUOTE && !statedValue.test(text.slice(open + 1, close))
}
