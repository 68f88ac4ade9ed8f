/**
 * Qualifiers and signs around a quantity: `约3000`, `近千亿`, `上千万元`, `超过40万亿元`,
 * `5.5%左右`, `1100万人以上`, `-18.7%`, `负增长 11.5%`.
 *
 * Prefix and suffix qualifiers are part of the quantity's `value`
 * (`约3000`, `5.5%左右`); `qualifierText` is their source text. A sign next to
 * the digits is part of `value` too; `负增长` before the number is not (it is
 * the verb), but it negates `amount` and is recorded in `signText`.
 *
 * @module
 */

import {ARABIC, MASK, charClass, followedBy, isLatin, isMinus, isSpace, skipSpaces} from './chars.js'
import type {QualifierEntry} from './tables.js'
import {matchPrefixQualifier, matchSuffixQualifier} from './tables.js'

/** A qualifier found next to a quantity. */
export interface FoundQualifier {
  /** The table entry. */
  entry: QualifierEntry
  /** Offset of the qualifier's first character (prefix) or after its last (suffix). */
  edge: number
}

/** A sign found before a quantity. */
export interface FoundSign {
  /** New start of the value (the sign's offset, or the numeral's for `负增长`). */
  start: number
  /** The word giving the sign when it is outside the value (`负增长`). */
  signText: string | undefined
}

const FU = 0x8d1f // 负
/** Characters after which a dash is a range or a hyphen, not a minus. */
const notBeforeMinus = new Set([...'%％)）'].map((c) => c.charCodeAt(0)))

/**
 * Find a qualifier written after a quantity (spaces allowed: `增长 7% 左右`).
 *
 *   > | 国内生产总值增长5.5%左右
 *                         ^^^^
 *
 * @param text
 *   Text.
 * @param end
 *   Offset after the quantity.
 * @param range
 *   Whether the quantity is a range (`之间` follows ranges only).
 * @returns
 *   The qualifier, or `undefined`.
 * @example
 *   suffixQualifier('5.5%左右', 4)?.entry.qualifier // 'about'
 */
export function suffixQualifier(text: string, end: number, range = false): FoundQualifier | undefined {
  const at = skipSpaces(text, end, 2)
  const entry = matchSuffixQualifier(text, at)
  if (!entry || (entry.rangeOnly && !range)) return undefined
  const after = at + entry.text.length
  if (followedBy(text, after, entry.notNear)) return undefined
  return {entry, edge: after}
}

/**
 * Find a qualifier written before a quantity (`约 3000`, `超过40万亿元`).
 *
 *   > | 超过40万亿元
 *       ^^ ends at `start`
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of the quantity.
 * @param floor
 *   Offset the qualifier may not start before (end of the previous quantity).
 * @returns
 *   The qualifier, or `undefined`.
 * @example
 *   prefixQualifier('近千亿', 1, 0)?.entry.qualifier // 'near'
 */
export function prefixQualifier(text: string, start: number, floor: number): FoundQualifier | undefined {
  let end = start
  while (end > floor && end > start - 2 && isSpace(text.charCodeAt(end - 1))) end--
  const entry = matchPrefixQualifier(text, end, floor)
  if (!entry) return undefined
  const edge = end - entry.text.length
  if (edge > 0 && followedBy(text, edge - 1, entry.notNear)) return undefined
  if (entry.onlyBefore !== undefined && (end !== start || !entry.onlyBefore.includes(text.charAt(start)))) return undefined
  return {entry, edge}
}

/**
 * Find a sign before a numeral: a minus or `负` next to the digits, or the
 * word `负增长` before them.
 *
 *   > | 增长 -18.7%
 *          ^ minus, part of the value
 *   > | 负增长 11.5%
 *       ^^^ sign word, outside the value
 *
 * @param text
 *   Text.
 * @param start
 *   Offset of the numeral.
 * @param floor
 *   Offset the sign may not start before.
 * @returns
 *   The sign, or `undefined`.
 * @example
 *   findSign('（-30%）', 2, 0) // {start: 1, signText: undefined}
 */
export function findSign(text: string, start: number, floor: number): FoundSign | undefined {
  if (start - 1 < floor) return undefined
  const previous = text.charCodeAt(start - 1)
  if (isMinus(previous)) {
    const before = start - 2 >= 0 ? text.charCodeAt(start - 2) : -1
    const klass = before === -1 ? 0 : charClass[before]
    if (klass === ARABIC || klass === MASK || isLatin(before) || isMinus(before) || notBeforeMinus.has(before)) {
      return undefined
    }

    return {start: start - 1, signText: undefined}
  }

  if (previous === FU) return {start: start - 1, signText: undefined}
  let end = start
  while (end > floor && end > start - 2 && isSpace(text.charCodeAt(end - 1))) end--
  if (end - 3 >= floor && text.startsWith('负增长', end - 3)) return {start, signText: '负增长'}
  return undefined
}
