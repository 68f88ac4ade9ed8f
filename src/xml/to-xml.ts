/**
 * `toXml`: a baogao tree as XML.
 *
 * @module
 */

import {BaogaoError} from '../tree/error.js'
import type {Position, Root} from '../types.js'
import {escapeCodeUnits, escapeText, needsEscape} from './escape.js'
import {declaration, describeValue, formatNamespace, formatVersion, isNode, isPlainName, treeNamespace} from './format.js'
import {advanceCursor, createCursor, cursorPoint, isCompact, isImplied, writePosition, type Cursor} from './position.js'
import {addField, createFields, formatAttributes} from './write-fields.js'

/**
 * Write a tree as XML: one element per node, named by its `type`, with its
 * fields as attributes (objects and arrays as `bg:` child elements) and its
 * `value` as text.
 *
 * The writer is generic: it knows no node type, so fields added by later
 * layers or by plugins are kept with their JavaScript types (string, number,
 * boolean, `null`, arrays, nested objects). `fromXml(toXml(tree))` deep-equals
 * `tree`, positions, diagnostics and key order included, for any tree made of
 * plain objects, arrays and such values. Strings holding code units XML 1.0
 * cannot hold (NUL, lone surrogates, U+FFFE, U+FFFF) are written in an escaped
 * form and flagged (see `escape.ts` in the source).
 *
 * Positions that follow from the text (all of them, in a tree from
 * `parseReport`) are left out and computed back by `fromXml`; set
 * `options.positions` to `'explicit'` to write them all, for XML tools that
 * need offsets. The output is not indented: white space inside a literal's
 * element is part of its value.
 *
 * @param tree
 *   A tree from `parseReport` (or any tree whose root has `type: 'root'`).
 * @param options
 *   Options.
 * @returns
 *   The XML document.
 * @throws {BaogaoError}
 *   When `tree` is not a root node, holds a cycle, a value that is not
 *   JSON-like (a function, a class instance…), or a `__proto__`,
 *   `constructor` or `prototype` key (`code: 'invalid-argument'`).
 *
 * @example
 * ```ts
 * import {parseReport} from 'baogao'
 * import {toXml} from 'baogao/xml'
 *
 * toXml(parseReport('各位代表：'))
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<root xmlns="urn:baogao:tree" …'
 * ```
 */
export function toXml(tree: Root, options?: ToXmlOptions | null): string {
  if (!isNode(tree) || tree.type !== 'root') {
    throw new BaogaoError(`toXml(): expected a baogao tree (a \`root\` node), got ${describeValue(tree)}`, 'invalid-argument')
  }

  const head = ` xmlns="${treeNamespace}" xmlns:bg="${formatNamespace}" bg:version="${formatVersion}"`
  const context: Context = {cursor: createCursor(), ancestors: new Set(), explicit: options?.positions === 'explicit'}
  return declaration + writeNode(tree, head, context)
}

/** Options of {@link toXml}. */
export interface ToXmlOptions {
  /**
   * `'implied'` (default) leaves out positions that follow from the text;
   * `'explicit'` writes `bg:position` on every node.
   */
  positions?: 'implied' | 'explicit' | undefined
}

/** State of one `toXml` call. */
interface Context {
  /** Where the text written so far ends. */
  cursor: Cursor
  /** Objects being written, to refuse cycles. */
  ancestors: Set<object>
  /** Whether to write every position. */
  explicit: boolean
}

/**
 * @param node
 *   A node.
 * @param head
 *   Attribute text to write first (namespaces on the root).
 * @param context
 *   State of the call.
 * @returns
 *   Its element.
 */
function writeNode(node: Record<string, unknown> & {type: string}, head: string, context: Context): string {
  const {ancestors, cursor} = context
  const start = cursorPoint(cursor)
  if (ancestors.has(node)) throw new BaogaoError('toXml(): refusing a tree with a cycle', 'invalid-argument')
  ancestors.add(node)

  const named = isPlainName(node.type)
  const tag = named ? node.type : 'bg:node'
  const children = node.children
  const content =
    Array.isArray(children) && children.every((child) => isNode(child))
      ? 'children'
      : typeof node.value === 'string'
        ? 'value'
        : undefined

  const fields = createFields()
  const actual: Array<string> = []
  let position: Position | undefined
  let hasPosition = false

  for (const key of Object.keys(node)) {
    const value = node[key]
    if (value === undefined) continue
    actual.push(key)
    if ((key === 'type' && named) || key === content) continue
    if (key === 'position') {
      hasPosition = true
      if (isCompact(value)) {
        position = value
        continue
      }
    }

    addField(fields, key, value, ancestors)
  }

  const natural = [...fields.attributeKeys, ...fields.elementKeys]
  if (named) natural.unshift('type')
  if (content) natural.push(content)
  if (position !== undefined) natural.push('position')

  let body = fields.elements
  let flags = ''

  if (content === 'children') {
    for (const child of children as Array<Record<string, unknown> & {type: string}>) {
      body += writeNode(child, '', context)
    }

    if ((children as Array<unknown>).length === 0) flags = ' bg:content="children"'
  } else if (content === 'value') {
    const value = node.value as string
    if (needsEscape(value)) {
      fields.types.push('value:escaped')
      body += escapeText(escapeCodeUnits(value))
    } else {
      body += escapeText(value)
    }

    if (value === '') flags = ' bg:content="value"'
    advanceCursor(cursor, value)
  }

  // The position attribute: nothing when implied, `none` when absent.
  let positionAttribute = ''
  if (!hasPosition) positionAttribute = ' bg:position="none"'
  else if (position !== undefined && (context.explicit || !isImplied(position, start, cursorPoint(cursor)))) {
    positionAttribute = ` bg:position="${writePosition(position)}"`
  }

  ancestors.delete(node)
  const attributes =
    head +
    fields.attributes +
    formatAttributes(fields, natural, actual) +
    flags +
    positionAttribute
  return body === '' ? `<${tag}${attributes}/>` : `<${tag}${attributes}>${body}</${tag}>`
}
