/**
 * Positions in XML: implied by the text, or written in compact form.
 *
 * A node's position is usually *implied*: reading the elements in order, the
 * text of the literals so far gives the offset, and the line feeds in it the
 * line and column (lines end at `\n`, as in `parseReport`). `toXml` leaves
 * out every position that equals its implied one, so a tree from
 * `parseReport` carries no position attribute at all, and `fromXml` computes
 * them back. Any other position is written in compact form,
 * `bg:position="1:1:0 3:5:20"` (`line:column:offset` of the start, a space,
 * the same for the end); a node without `position` has `bg:position="none"`.
 *
 * Only a position of exactly `{start: {line, column, offset}, end: {line,
 * column, offset}}` (keys in that order, safe integers) is written this way;
 * any other `position` value (no offsets, extra fields such as unist's
 * `indent`, `null`) is written like any other object field, so it still
 * reads back deep-equal.
 *
 * @module
 */

import type {Point, Position} from '../types.js'
import {isPlainObject} from './format.js'

/** `line:column:offset line:column:offset` with optional minus signs. */
const compact = /^(-?\d{1,16}):(-?\d{1,16}):(-?\d{1,16}) (-?\d{1,16}):(-?\d{1,16}):(-?\d{1,16})$/

/** Where the reader or writer is in the text of the tree. */
export interface Cursor {
  /** UTF-16 offset. */
  offset: number
  /** 1-based line. */
  line: number
  /** Offset where the line starts. */
  lineStart: number
}

/**
 * @returns
 *   A cursor at the start of the text.
 */
export function createCursor(): Cursor {
  return {offset: 0, line: 1, lineStart: 0}
}

/**
 * @param cursor
 *   A cursor.
 * @returns
 *   Its point.
 */
export function cursorPoint(cursor: Cursor): Point {
  return {line: cursor.line, column: cursor.offset - cursor.lineStart + 1, offset: cursor.offset}
}

/**
 * @param value
 *   A node's `position`.
 * @param start
 *   The implied start.
 * @param end
 *   The implied end.
 * @returns
 *   Whether `value` is exactly `{start, end}` (same keys in the same order).
 */
export function isImplied(value: unknown, start: Point, end: Point): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && samePoint(value.start, start) && samePoint(value.end, end)
}

/**
 * @param value
 *   A point of a node's `position`.
 * @param point
 *   An implied point.
 * @returns
 *   Whether they are the same.
 */
function samePoint(value: unknown, point: Point): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return (
    keys.length === 3 &&
    keys[0] === 'line' &&
    keys[1] === 'column' &&
    keys[2] === 'offset' &&
    Object.is(value.line, point.line) &&
    Object.is(value.column, point.column) &&
    Object.is(value.offset, point.offset)
  )
}

/**
 * Move a cursor over a literal's text.
 *
 * @param cursor
 *   The cursor.
 * @param value
 *   The text.
 * @returns
 *   Nothing.
 */
export function advanceCursor(cursor: Cursor, value: string): void {
  let at = value.indexOf('\n')
  while (at !== -1) {
    cursor.line++
    cursor.lineStart = cursor.offset + at + 1
    at = value.indexOf('\n', at + 1)
  }

  cursor.offset += value.length
}

/** Keys of a point, in order. */
const pointKeys = ['line', 'column', 'offset'] as const

/**
 * @param value
 *   A node's `position`.
 * @returns
 *   Whether it has the usual shape, so that it can be implied or written in
 *   compact form.
 */
export function isCompact(value: unknown): value is Position {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  return keys.length === 2 && keys[0] === 'start' && keys[1] === 'end' && isCompactPoint(value.start) && isCompactPoint(value.end)
}

/**
 * @param value
 *   A point.
 * @returns
 *   Whether it is `{line, column, offset}` with safe integers (not `-0`).
 */
function isCompactPoint(value: unknown): boolean {
  if (!isPlainObject(value)) return false
  const keys = Object.keys(value)
  if (keys.length !== 3) return false
  for (const [index, name] of pointKeys.entries()) {
    const number = value[name]
    if (keys[index] !== name || !Number.isSafeInteger(number) || Object.is(number, -0)) return false
  }

  return true
}

/**
 * @param position
 *   A position of the usual shape (see {@link isCompact}).
 * @returns
 *   Its compact form.
 */
export function writePosition(position: Position): string {
  const {start, end} = position
  return `${start.line}:${start.column}:${String(start.offset)} ${end.line}:${end.column}:${String(end.offset)}`
}

/**
 * @param value
 *   The value of `bg:position`.
 * @returns
 *   The position, or `undefined` when `value` is not in compact form.
 */
export function readPosition(value: string): Position | undefined {
  const match = compact.exec(value)
  if (!match) return undefined
  const numbers = match.slice(1).map(Number)
  if (!numbers.every((number) => Number.isSafeInteger(number) && !Object.is(number, -0))) return undefined
  const [line, column, offset, endLine, endColumn, endOffset] = numbers as [number, number, number, number, number, number]
  const start: Point = {line, column, offset}
  const end: Point = {line: endLine, column: endColumn, offset: endOffset}
  return {start, end}
}
