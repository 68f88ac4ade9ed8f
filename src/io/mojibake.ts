/**
 * Finding mojibake in decoded text: the traces of an earlier wrong decoding,
 * which no choice of encoding now can undo.
 *
 * | ruleId | what | sample |
 * | --- | --- | --- |
 * | `replacement-character` | a run of U+FFFD: bytes that could not be decoded | `政府��报告` |
 * | `mojibake-kunjinkao` | `锟斤拷`: U+FFFD written as UTF-8, then read as GBK | `锟斤拷锟斤拷` |
 * | `mojibake-latin1` | UTF-8 read as Latin-1 or Windows-1252 | `æ”¿åºœå·¥ä½œ` (`政府工作`) |
 *
 * @module
 */

import {LocationIndex} from '../tree/location.js'
import type {Diagnostic} from '../types.js'

/** One kind of mojibake. */
interface Rule {
  /** Stable rule name. */
  ruleId: string
  /** The pattern (global, linear-time). */
  pattern: RegExp
  /**
   * @param match
   *   The matched text.
   * @returns
   *   The diagnostic's reason.
   */
  reason: (match: string) => string
}

/**
 * Characters a UTF-8 continuation byte (`80`–`BF`) becomes when read as
 * Latin-1 or Windows-1252: C1 controls, `NBSP`–`¿`, and the Windows-1252
 * letters and punctuation at `80`–`9F` (`€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ`).
 */
const continuation = '[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]'

/** The rules, in the order their diagnostics are reported at one place. */
const rules: ReadonlyArray<Rule> = [
  {
    ruleId: 'replacement-character',
    /** `��`: one or more U+FFFD. */
    pattern: /\uFFFD+/g,
    reason: (match) =>
      `Unexpected ${match.length} replacement character${match.length === 1 ? '' : 's'} (U+FFFD): bytes that could not be decoded`
  },
  {
    ruleId: 'mojibake-kunjinkao',
    /** `锟斤拷`, possibly repeated, possibly cut (`锟斤`, `斤拷`). */
    pattern: /(?:锟斤拷)+(?:锟斤?)?|锟斤|斤拷/g,
    reason: (match) => `Unexpected \`${match}\`: replacement characters written as UTF-8 and read back as GBK (mojibake)`
  },
  {
    ruleId: 'mojibake-latin1',
    /**
     * Two or more three-byte UTF-8 sequences read as Latin-1: a lead `ä`–`é`
     * (bytes `E4`–`E9`, where CJK ideographs start) and two continuation
     * characters. `æ”¿åºœ` is `政府`.
     */
    pattern: new RegExp(`(?:[\\u00E4-\\u00E9]${continuation}{2}){2,}`, 'g'),
    reason: (match) => `Unexpected \`${match.slice(0, 24)}\`: UTF-8 read as Latin-1 or Windows-1252 (mojibake)`
  }
]

/**
 * Find mojibake in a decoded text.
 *
 * @param text
 *   The decoded text.
 * @returns
 *   Diagnostics in text order, `severity: 'warning'`, with places in `text`.
 */
export function findMojibake(text: string): Array<Diagnostic> {
  const found: Array<{start: number; end: number; ruleId: string; reason: string}> = []
  for (const rule of rules) {
    rule.pattern.lastIndex = 0
    for (const match of text.matchAll(rule.pattern)) {
      found.push({start: match.index, end: match.index + match[0].length, ruleId: rule.ruleId, reason: rule.reason(match[0])})
    }
  }

  if (found.length === 0) return []
  const index = new LocationIndex(text)
  return found
    .sort((a, b) => a.start - b.start)
    .map(({start, end, ruleId, reason}) => ({reason, ruleId, source: 'baogao', severity: 'warning', place: index.position(start, end)}))
}
