/**
 * Small helpers to pick nodes out of a tree in tests.
 */

import {toString, type Root} from '../../src/index.js'

/** A node as tests see it. */
export interface Loose {
  type: string
  value?: string
  children?: Array<Loose>
  [key: string]: unknown
}

/**
 * @param tree
 *   A tree.
 * @param type
 *   Node type.
 * @returns
 *   Every node of that type, in document order.
 */
export function all(tree: Root | Loose, type: string): Array<Loose> {
  const found: Array<Loose> = []
  const visit = (node: Loose): void => {
    if (node.type === type) found.push(node)
    for (const child of node.children ?? []) visit(child)
  }

  visit(tree as unknown as Loose)
  return found
}

/**
 * @param node
 *   A node.
 * @returns
 *   Its text.
 */
export function text(node: Loose): string {
  return toString(node as never)
}

/**
 * The outline of a tree: one line per section, indented by depth, with the
 * heading text (breaks shown as `⏎`).
 *
 * @param tree
 *   A tree.
 * @returns
 *   Lines such as `  2 （一）稳字当头。`.
 */
export function outline(tree: Root): Array<string> {
  return all(tree, 'section').map((section) => {
    const heading = (section.children ?? [])[0] as Loose
    return `${'  '.repeat((section.depth as number) - 1)}${String(section.depth)} ${text(heading).replace(/\r?\n/g, '⏎')}`
  })
}
