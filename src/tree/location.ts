/**
 * One location index per input: UTF-16 offsets to unist points.
 *
 * @module
 */

import type {Point, Position} from '../types.js'
import {point, position} from './plain.js'

/**
 * Maps UTF-16 offsets of one input to 1-based lines and columns.
 *
 * Consecutive requests for the same offset return the same point object, so
 * adjacent nodes share the point between them: copy a position before
 * changing it in place.
 *
 * Lines end at `\n`; a `\r\n` pair ends one line, and a lone `\r` is a
 * character of its line (it does not start a new one).
 */
export class LocationIndex {
  readonly #starts: Array<number>
  readonly #length: number
  /** The last point made: nodes are built in order, so the next start is often the last end. */
  #last: Point | undefined
  /** Line index of the last point, where the next lookup starts. */
  #line = 0

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
    const last = this.#last
    // The end of a node is the start of the next: both share one point object
    // (a quarter of the tree's objects fewer). Points are read-only.
    if (last !== undefined && last.offset === offset) return last
    const starts = this.#starts
    let line = this.#line
    // Offsets mostly grow: try the current line and the next before searching.
    if (!((starts[line] as number) <= offset && (line + 1 === starts.length || (starts[line + 1] as number) > offset))) {
      if (line + 2 < starts.length && (starts[line + 1] as number) <= offset && (starts[line + 2] as number) > offset) line++
      else {
        let low = 0
        let high = starts.length - 1
        // Find the last line start `<= offset`.
        while (low < high) {
          const middle = (low + high + 1) >>> 1
          if ((starts[middle] as number) <= offset) low = middle
          else high = middle - 1
        }

        line = low
      }
    }

    this.#line = line
    const made = point(line + 1, offset - (starts[line] as number) + 1, offset)
    this.#last = made
    return made
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
    return position(this.point(start), this.point(end))
  }

  /**
   * The position of a parent spanning `[start, end)`: its first child's start
   * point and its last child's end point when they sit at those offsets (they
   * do for every parent of a lossless tree), so a parent adds no points.
   *
   * @param children
   *   The parent's children, in order.
   * @param start
   *   Offset of the parent's first character.
   * @param end
   *   Offset after its last character.
   * @returns
   *   The position spanning `[start, end)`.
   */
  enclose(children: ReadonlyArray<{position: Position}>, start: number, end: number): Position {
    const first = children[0]?.position.start
    const last = children[children.length - 1]?.position.end
    return position(
      first !== undefined && first.offset === start ? first : this.point(start),
      last !== undefined && last.offset === end ? last : this.point(end)
    )
  }

  /** Length of the input. */
  get length(): number {
    return this.#length
  }
}
