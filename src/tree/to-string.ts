/**
 * The lossless text of any node.
 *
 * @module
 */

import type {Node} from 'unist'

/**
 * Get the source text of a node: the `value`s of its literals joined in order.
 * For the root, this is the input of `parseReport`, character for character.
 *
 * @param node
 *   Any baogao node (or any unist node with `value`s on its leaves).
 * @returns
 *   Its text.
 *
 * @example
 * ```ts
 * import {parseReport, toString} from 'baogao'
 *
 * const tree = parseReport('一、2021年工作回顾\n\n过去一年…')
 * toString(tree) // '一、2021年工作回顾\n\n过去一年…'
 * ```
 */
export function toString(node: Node): string {
  const parts: Array<string> = []
  collect(node, parts)
  return parts.join('')
}

/**
 * @param node
 *   Node to read.
 * @param parts
 *   Where to push literal values, in order.
 * @returns
 *   Nothing.
 */
function collect(node: Node, parts: Array<string>): void {
  if ('value' in node && typeof node.value === 'string') {
    parts.push(node.value)
    return
  }

  if ('children' in node && Array.isArray(node.children)) {
    for (const child of node.children as Array<Node>) collect(child, parts)
  }
}
