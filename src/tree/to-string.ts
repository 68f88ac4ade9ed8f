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
  const value = (node as Node & {value?: unknown}).value
  if (typeof value === 'string') return value
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
  const value = (node as Node & {value?: unknown}).value
  if (typeof value === 'string') {
    parts.push(value)
    return
  }

  const children = (node as Node & {children?: unknown}).children
  if (Array.isArray(children)) {
    for (let index = 0; index < children.length; index++) collect(children[index] as Node, parts)
  }
}
