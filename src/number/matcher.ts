/**
 * Longest-match lookup over a table of written forms.
 *
 * Tables (units, scales, qualifiers, names) are plain arrays of entries with a
 * `text`; a matcher indexes them by first code unit so a lookup costs one bit
 * read for most offsets, else one `Map` read and a few `startsWith` calls.
 *
 * @module
 */

import {codeSet, hasCode} from '../code-set.js'

/** Anything with a written form. */
export interface Written {
  /** The written form to match. */
  readonly text: string
}

/**
 * Find the longest entry written at `index`.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   The entry, or `undefined`.
 */
export type Matcher<Entry extends Written> = (text: string, index: number) => Entry | undefined

/**
 * Build a longest-match lookup for a table.
 *
 * @param entries
 *   Table entries.
 * @returns
 *   A matcher.
 * @example
 *   const match = createMatcher([{text: '亿'}, {text: '万亿'}, {text: '万'}])
 *   match('1.37万亿斤', 4) // {text: '万亿'}
 */
export function createMatcher<Entry extends Written>(
  entries: readonly Entry[]
): Matcher<Entry> {
  const byFirst = groupLongestFirst(entries, (text) => text.charCodeAt(0))
  const firsts = codeSet(byFirst.keys())

  return function (text, index) {
    const code = text.charCodeAt(index)
    // Most offsets hold no entry's first character: a bit answers them.
    if (!hasCode(firsts, code)) return undefined
    const list = byFirst.get(code)
    if (!list) return undefined
    for (const entry of list) {
      if (text.startsWith(entry.text, index)) return entry
    }

    return undefined
  }
}

/**
 * Build a longest-match lookup for entries written right before an offset
 * (prefix qualifiers such as `超过` in `超过40万亿元`).
 *
 * @param entries
 *   Table entries.
 * @returns
 *   A function `(text, end, floor)` giving the longest entry ending at `end`
 *   and starting at or after `floor`.
 * @example
 *   const before = createBackwardMatcher([{text: '近'}, {text: '接近'}])
 *   before('接近20个亿', 2, 0) // {text: '接近'}
 */
export function createBackwardMatcher<Entry extends Written>(
  entries: readonly Entry[]
): (text: string, end: number, floor: number) => Entry | undefined {
  const byLast = groupLongestFirst(entries, (text) => text.charCodeAt(text.length - 1))
  const lasts = codeSet(byLast.keys())

  return function (text, end, floor) {
    if (end <= floor) return undefined
    const code = text.charCodeAt(end - 1)
    if (!hasCode(lasts, code)) return undefined
    const list = byLast.get(code)
    if (!list) return undefined
    for (const entry of list) {
      const start = end - entry.text.length
      if (start >= floor && text.startsWith(entry.text, start)) return entry
    }

    return undefined
  }
}

/**
 * Group entries by a code unit of their text, each group longest first, so a
 * lookup tries the longest candidate before its prefixes.
 *
 * @param entries
 *   Table entries.
 * @param key
 *   The code unit an entry is filed under (its first or last).
 * @returns
 *   Entries by code unit.
 */
function groupLongestFirst<Entry extends Written>(
  entries: readonly Entry[],
  key: (text: string) => number
): Map<number, Entry[]> {
  const groups = new Map<number, Entry[]>()
  for (const entry of entries) {
    const code = key(entry.text)
    const group = groups.get(code)
    if (group) group.push(entry)
    else groups.set(code, [entry])
  }

  for (const group of groups.values()) group.sort((a, b) => b.text.length - a.text.length)
  return groups
}
