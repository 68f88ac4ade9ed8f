/**
 * An index of a cue table by the characters a match can begin with, so a
 * text is tried only against the cues it can match.
 *
 * A section heading is scored against some forty cue patterns; most of them
 * cannot match (a heading without `形` cannot match `/形势/`). Reading the text
 * once and looking each character up finds the few cues worth running:
 * the same scores as running all of them, in the same order.
 *
 * The characters a pattern can begin with are read from its source by a small
 * reader of the regular-expression shapes cue tables use (literals,
 * alternation, groups, classes, lookaround, quantifiers). Anything it does not
 * know (`.`, `\s`, a negated class first, a pattern that can match the empty
 * string, any flag but `u`) makes the cue one that is always run, so an
 * unusual pattern costs time, never a missed match (and a `g` or `y` pattern,
 * whose `exec` keeps state, still runs on every text).
 *
 * @module
 */

import {codeSet, hasCode, type CodeSet} from '../code-set.js'
import type {CueTable} from './cues.js'

/** The characters (UTF-16 code units) a match can begin with; `undefined`: unknown. */
type First = Set<number> | undefined

/** What a part of a pattern can begin with, and whether it can match nothing. */
interface Start {
  first: First
  nullable: boolean
}

/** A cue table's index. */
interface CueIndex {
  /** Per code unit, the cues a match can begin with it, in table order. */
  byCharacter: Map<number, Array<number>>
  /** The keys of `byCharacter`. */
  firsts: CodeSet
  /** Per cue, 1 when it must always be run. */
  always: Uint8Array
  /** Scratch marks, one per cue (cleared after each use). */
  marks: Uint8Array
}

/** Indexes made so far, per table. */
const indexes = new WeakMap<CueTable, CueIndex>()

/**
 * Find which cues of `table` can match `text`.
 *
 * @param table
 *   A cue table.
 * @param text
 *   The text to score.
 * @returns
 *   Per cue (by position in `table`), 1 when it must be run on `text`, 0 when
 *   it cannot match. The array is reused: read it before the next call.
 */
export function candidateCues(table: CueTable, text: string): Uint8Array {
  let index = indexes.get(table)
  if (!index) {
    index = buildIndex(table)
    indexes.set(table, index)
  }

  const {byCharacter, firsts, always, marks} = index
  marks.set(always)
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    // Most characters begin no cue: a bit answers them without the `Map`.
    if (!hasCode(firsts, code)) continue
    const cues = byCharacter.get(code)
    if (cues) for (const cue of cues) marks[cue] = 1
  }

  return marks
}

/**
 * @param table
 *   A cue table.
 * @returns
 *   Its index.
 */
function buildIndex(table: CueTable): CueIndex {
  const byCharacter = new Map<number, Array<number>>()
  const always = new Uint8Array(table.length)
  for (const [position, cue] of table.entries()) {
    const first = /^u?$/.test(cue.pattern.flags) ? firstCharacters(cue.pattern.source) : undefined
    if (!first) {
      always[position] = 1
      continue
    }

    for (const code of first) {
      const cues = byCharacter.get(code)
      if (cues) cues.push(position)
      else byCharacter.set(code, [position])
    }
  }

  return {byCharacter, firsts: codeSet(byCharacter.keys()), always, marks: new Uint8Array(table.length)}
}

/**
 * The characters every match of a pattern begins with.
 *
 * @param source
 *   A pattern's source (`/u` syntax).
 * @returns
 *   The set of first code units, or `undefined` when not known (the pattern
 *   uses a shape this reader does not handle, or can match the empty string).
 *
 * @example
 * ```ts
 * firstCharacters('(?<!提高)(?:成效|成绩)|亮点') // Set {成, 亮} (as code units)
 * firstCharacters('\\s+') // undefined
 * ```
 */
export function firstCharacters(source: string): First {
  const reader = new Reader(source)
  const start = reader.alternation()
  if (reader.at !== source.length || start.nullable) return undefined
  return start.first
}

/** A forward reader of a pattern source. */
class Reader {
  /** Offset of the next character to read. */
  at = 0
  readonly source: string

  /**
   * @param source
   *   A pattern's source.
   */
  constructor(source: string) {
    this.source = source
  }

  /**
   * Read alternatives up to a `)` or the end.
   *
   * @returns
   *   What the alternation can begin with.
   */
  alternation(): Start {
    let result = this.sequence()
    while (this.source[this.at] === '|') {
      this.at++
      const next = this.sequence()
      result = {first: union(result.first, next.first), nullable: result.nullable || next.nullable}
    }

    return result
  }

  /**
   * Read terms up to a `|`, a `)` or the end.
   *
   * @returns
   *   What the sequence can begin with.
   */
  sequence(): Start {
    let first: First = new Set()
    // Whether every term so far can match nothing (then the next term's
    // first characters can begin the sequence too).
    let nullable = true
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const term = this.term()
      if (nullable) first = union(first, term.first)
      nullable &&= term.nullable
    }

    return {first, nullable}
  }

  /**
   * Read one atom and its quantifier.
   *
   * @returns
   *   What the term can begin with.
   */
  term(): Start {
    const atom = this.atom()
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(this.source.slice(this.at))
    if (!quantifier) return atom
    this.at += quantifier[0].length
    const minimum = quantifier[1] === undefined ? (quantifier[0][0] === '+' ? 1 : 0) : Number(quantifier[1])
    return {first: atom.first, nullable: atom.nullable || minimum === 0}
  }

  /**
   * @returns
   *   What the atom at the reader can begin with.
   */
  atom(): Start {
    const character = this.source[this.at] as string
    if (character === '(') return this.group()
    if (character === '[') return this.characterClass()
    if (character === '^' || character === '$') {
      this.at++
      return {first: new Set(), nullable: true}
    }

    if (character === '\\') {
      const escaped = this.source[this.at + 1] ?? ''
      this.at += 2
      if (escaped === 'b' || escaped === 'B') return {first: new Set(), nullable: true}
      // Classes (`\s`, `\d`, `\p{…}`), references and code escapes: unknown.
      if (/[\dA-Za-z]/.test(escaped)) return {first: undefined, nullable: false}
      return literal(escaped)
    }

    // A character outside the BMP is two code units a quantifier treats as
    // one; a quantifier or bracket here is syntax this reader does not know
    // (`(?i:…)`).
    const code = character.charCodeAt(0)
    if ((code >= 0xd800 && code <= 0xdfff) || '?*+{}]'.includes(character)) return this.unknown()
    this.at++
    if (character === '.') return {first: undefined, nullable: false}
    return literal(character)
  }

  /**
   * @returns
   *   What the group at the reader can begin with (nothing, for lookaround).
   */
  group(): Start {
    const opener = /^\((?:\?(?:[:=!]|<[=!]|<[A-Za-z]\w*>))?/.exec(this.source.slice(this.at))?.[0] ?? '('
    this.at += opener.length
    const inner = this.alternation()
    if (this.source[this.at] !== ')') return this.unknown()
    this.at++
    const lookaround = opener === '(?=' || opener === '(?!' || opener === '(?<=' || opener === '(?<!'
    return lookaround ? {first: new Set(), nullable: true} : inner
  }

  /**
   * @returns
   *   The characters of the class at the reader (unknown when negated or
   *   holding escapes of classes).
   */
  characterClass(): Start {
    const match = /^\[(\^?)((?:\\.|[^\\\]])*)\]/.exec(this.source.slice(this.at))
    if (!match) return this.unknown()
    this.at += match[0].length
    const body = match[2] as string
    if (match[1] || /\\[\dA-Za-z]|[\uD800-\uDFFF]/.test(body)) return {first: undefined, nullable: false}
    // Each member as a code unit, and whether it was escaped (an escaped `-`
    // is a member, never a range).
    const members: Array<{code: number; escaped: boolean}> = []
    for (let index = 0; index < body.length; index++) {
      const escaped = body[index] === '\\'
      if (escaped) index++
      members.push({code: body.charCodeAt(index), escaped})
    }

    const first = new Set<number>()
    for (let index = 0; index < members.length; index++) {
      const low = members[index] as {code: number; escaped: boolean}
      const dash = members[index + 1]
      const high = members[index + 2]
      if (dash !== undefined && !dash.escaped && dash.code === 0x2d && high !== undefined) {
        for (let code = low.code; code <= high.code; code++) first.add(code)
        index += 2
      } else {
        first.add(low.code)
      }
    }

    return {first, nullable: false}
  }

  /**
   * Give up on the rest of the pattern.
   *
   * @returns
   *   Unknown.
   */
  unknown(): Start {
    this.at = this.source.length + 1
    return {first: undefined, nullable: false}
  }
}

/**
 * @param character
 *   One BMP character of a pattern, matched as itself.
 * @returns
 *   What it begins with.
 */
function literal(character: string): Start {
  return {first: new Set([character.charCodeAt(0)]), nullable: false}
}

/**
 * @param left
 *   A set, or unknown.
 * @param right
 *   A set, or unknown.
 * @returns
 *   Their union (unknown when either is).
 */
function union(left: First, right: First): First {
  if (!left || !right) return undefined
  return new Set([...left, ...right])
}
