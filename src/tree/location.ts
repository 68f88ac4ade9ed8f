/**
 * One location index per input: UTF-16 offsets to unist points.
 *
 * @module
 */

import type {Point, Position} from '../types.js'

/**
 * Maps UTF-16 offsets of one input to 1-based lines and columns.
 *
 * Lines end at `\n`; a `\r\n` pair ends one line, and a lone `\r` is a
 * character of its line (it does not start a new one).
 */
export class LocationIndex {
  readonly #starts: Array<number>
  readonly #length: number

  /**
   * @param text
   *   The input all offsets refer to.
   */
  constructor(text: string) {
    const starts = [0]
    let at = text.indexOf('\n')
    while (at !== -1) {
      starts.push(at + 1)
      at = text.indexOf('\n', at + 1)
    }

    this.#starts = starts
    this.#length = text.length
  }

  /**
   * @param offset
   *   UTF-16 offset in `[0, text.length]`.
   * @returns
   *   The point at `offset`.
   */
  point(offset: number): Point {
    const starts = this.#starts
    let low = 0
    let high = starts.length - 1
    // Find the last line start `<= offset`.
    while (low < high) {
      const middle = (low + high + 1) >>> 1
      if ((starts[middle] as number) <= offset) low = middle
      else high = middle - 1
    }

    return {line: low + 1, column: offset - (starts[low] as number) + 1, offset}
  }

  /**
   * @param start
   *   Offset of the first character.
   * @param end
   *   Offset after the last character.
   * @returns
   *   The position spanning `[start, end)`.
   */
  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }

  /** Length of the input. */
  get length(): number {
    return this.#length
  }
}
