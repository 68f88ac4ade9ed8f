/**
 * Invariants every tree must hold, as one function tests can call.
 */

import {toString, type Root} from '../../src/index.js'

/** A node as the checker sees it. */
interface AnyNode {
  type: string
  value?: unknown
  children?: Array<AnyNode>
  position?: {start: {line: number; column: number; offset?: number}; end: {line: number; column: number; offset?: number}}
}

/**
 * Check a tree against its input; returns the first broken invariant, or
 * `undefined` when all hold.
 *
 * - `toString(tree) === input`;
 * - every node has a position whose offsets slice exactly its own text, and
 *   whose line/column agree with the offsets;
 * - children are ordered, contiguous (no gap, no overlap) and inside their parent;
 * - parents are never empty, literals never empty.
 *
 * @param tree
 *   The tree.
 * @param input
 *   What was parsed.
 * @returns
 *   A description of the first problem, or `undefined`.
 */
export function checkTree(tree: Root, input: string): string | undefined {
  if (toString(tree) !== input) return 'toString(tree) !== input'
  const lineStarts = [0]
  for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1)) lineStarts.push(at + 1)
  return checkNode(tree as unknown as AnyNode, input, lineStarts, 'root')
}

function checkNode(node: AnyNode, input: string, lineStarts: Array<number>, path: string): string | undefined {
  const position = node.position
  if (!position) return `${path}: no position`
  const start = position.start.offset
  const end = position.end.offset
  if (typeof start !== 'number' || typeof end !== 'number') return `${path}: no offsets`
  for (const point of [position.start, position.end]) {
    const offset = point.offset as number
    const line = lineOf(lineStarts, offset)
    if (point.line !== line + 1 || point.column !== offset - (lineStarts[line] as number) + 1) {
      return `${path}: point ${JSON.stringify(point)} disagrees with its offset`
    }
  }

  const text = toString(node as never)
  if (input.slice(start, end) !== text) {
    return `${path} (${node.type}): position slices ${JSON.stringify(input.slice(start, end).slice(0, 40))}, node holds ${JSON.stringify(text.slice(0, 40))}`
  }

  if (typeof node.value === 'string') {
    if (node.value.length === 0 && node.type !== 'root') return `${path}: empty literal`
    return undefined
  }

  const children = node.children
  if (!children) return `${path}: neither value nor children`
  if (children.length === 0 && node.type !== 'root') return `${path}: empty parent`
  let at = start
  for (const [index, child] of children.entries()) {
    const childStart = child.position?.start.offset
    if (childStart !== at) return `${path}.${index} (${child.type}): starts at ${String(childStart)}, expected ${at}`
    const problem = checkNode(child, input, lineStarts, `${path}.${index}`)
    if (problem) return problem
    at = child.position?.end.offset as number
  }

  if (children.length > 0 && at !== end) return `${path}: children end at ${at}, node at ${end}`
  return undefined
}

function lineOf(lineStarts: Array<number>, offset: number): number {
  let low = 0
  let high = lineStarts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >>> 1
    if ((lineStarts[middle] as number) <= offset) low = middle
    else high = middle - 1
  }

  return low
}
