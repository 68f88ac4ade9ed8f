/**
 * `fromXml`: read back what `toXml` wrote.
 *
 * @module
 */

import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {assertString} from '../tree/error.js'
import type {Root} from '../types.js'
import {unescapeCodeUnits} from './escape.js'
import {formatNamespace, formatVersion, forbiddenNames, isPlainName, treeNamespace, xmlError} from './format.js'
import {advanceCursor, createCursor, cursorPoint, readPosition, type Cursor} from './position.js'
import {
  addKey,
  attributesOf,
  ordered,
  parseTypes,
  readScalar,
  tagOf,
  textOf,
  type Collected,
  type Entry
} from './read-fields.js'
import {readFieldElement} from './read-value.js'

/** Declarations XML uses for entity tricks (billion laughs, external entities). */
const declarations = /<!(?:DOCTYPE|ENTITY)/i

/** The parser: order kept, nothing trimmed, parsed or resolved behind our back. */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  removeNSPrefix: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 10_000,
  jPath: false,
  // Keep names such as `toString` as they are: attribute maps have no
  // prototype, and `__proto__`, `constructor`, `prototype` are refused.
  onDangerousProperty: (name: string) => name
})

/** `bg:` attributes a node element may carry. */
const nodeAttributes: ReadonlySet<string> = new Set(['bg:types', 'bg:order', 'bg:content', 'bg:position'])

/**
 * Read a tree written by {@link toXml}.
 *
 * Only baogao XML is accepted: the root element must be `root` in the
 * `urn:baogao:tree` namespace, with `xmlns:bg="urn:baogao:xml"` and
 * `bg:version="1"`. Malformed XML, a DOCTYPE or ENTITY declaration anywhere,
 * unknown entities, unknown `bg:` names and the names `__proto__`,
 * `constructor` and `prototype` are refused.
 *
 * @param xml
 *   The XML document.
 * @returns
 *   The tree, deep-equal to the one written.
 * @throws {BaogaoError}
 *   When `xml` is not a string (`code: 'invalid-argument'`) or not baogao XML
 *   (`code: 'invalid-xml'`).
 *
 * @example
 * ```ts
 * import {parseReport} from 'baogao'
 * import {fromXml, toXml} from 'baogao/xml'
 *
 * const tree = parseReport('一、总体要求\n\n国内生产总值增长5.5%左右。')
 * fromXml(toXml(tree)) // deep-equals `tree`
 * ```
 */
export function fromXml(xml: string): Root {
  assertString('fromXml', xml)
  const declaration = declarations.exec(xml)
  if (declaration) throw xmlError(`fromXml(): refusing XML with a \`${declaration[0]}\` declaration`)
  const valid = XMLValidator.validate(xml)
  if (valid !== true) {
    throw xmlError(`fromXml(): not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`)
  }

  let entries: Array<Entry>
  try {
    entries = parser.parse(xml) as Array<Entry>
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^\[SECURITY\] /, '') : String(error)
    throw xmlError(`fromXml(): refusing XML: ${reason}`)
  }

  const elements = entries.filter((entry) => textOf(entry) === undefined)
  const root = elements[0]
  if (elements.length !== 1 || !root) throw xmlError('fromXml(): expected one root element')
  const tag = tagOf(root)
  const attributes = attributesOf(root)
  const value = (name: string): string | undefined => attributes.find(([key]) => key === name)?.[1]
  if (tag !== 'root' || value('xmlns') !== treeNamespace || value('xmlns:bg') !== formatNamespace) {
    throw xmlError(`fromXml(): expected a \`<root xmlns="${treeNamespace}" xmlns:bg="${formatNamespace}">\` element, got \`${tag}\``)
  }

  if (value('bg:version') !== formatVersion) {
    throw xmlError(`fromXml(): unsupported format version \`${String(value('bg:version'))}\`, expected \`${formatVersion}\``)
  }

  const rootHead = new Set(['xmlns', 'xmlns:bg', 'bg:version'])
  return readNode(root, tag, createCursor(), rootHead) as unknown as Root
}

/**
 * @param entry
 *   A node element.
 * @param tag
 *   Its name.
 * @param cursor
 *   Where the text read so far ends.
 * @param skip
 *   Attributes already checked (namespaces on the root).
 * @returns
 *   The node.
 */
function readNode(entry: Entry, tag: string, cursor: Cursor, skip?: ReadonlySet<string>): Record<string, unknown> {
  const start = cursorPoint(cursor)
  const collected: Collected = {keys: [], values: new Map()}
  const reserved = new Map<string, string>()
  const attributes = attributesOf(entry)
  const types = parseTypes(attributes.find(([name]) => name === 'bg:types')?.[1])

  if (tag !== 'bg:node') addKey(collected, 'type', tag)

  for (const [name, value] of attributes) {
    if (skip?.has(name)) continue
    if (nodeAttributes.has(name)) reserved.set(name, value)
    else if (isPlainName(name)) addKey(collected, name, readScalar(value, types.get(name)))
    else throw xmlError(`fromXml(): unexpected attribute \`${name}\` on \`${tag}\``)
  }

  for (const key of types.keys()) {
    if (!collected.values.has(key) && key !== 'value') {
      throw xmlError(`fromXml(): \`bg:types\` names \`${key}\`, which is not an attribute of \`${tag}\``)
    }
  }

  const children: Array<Record<string, unknown>> = []
  let text = ''
  for (const child of entry[tag] as Array<Entry>) {
    const piece = textOf(child)
    if (piece !== undefined) {
      text += piece
      continue
    }

    const childTag = tagOf(child)
    if (readFieldElement(child, childTag, collected)) continue
    if (childTag !== 'bg:node' && (!isPlainName(childTag) || forbiddenNames.has(childTag))) {
      throw xmlError(`fromXml(): unexpected element \`${childTag}\` in \`${tag}\``)
    }

    children.push(readNode(child, childTag, cursor))
  }

  const flag = reserved.get('bg:content')
  if (flag !== undefined && (flag !== 'value' && flag !== 'children' || children.length > 0 || text !== '')) {
    throw xmlError(`fromXml(): invalid \`bg:content\` on \`${tag}\``)
  }

  if (children.length > 0 || flag === 'children') {
    if (text.trim() !== '') throw xmlError(`fromXml(): unexpected text between the children of \`${tag}\``)
    addKey(collected, 'children', children)
  } else if (text !== '' || flag === 'value') {
    const escaped = types.get('value')
    const value = escaped === undefined ? text : escaped === 'escaped' ? unescapeCodeUnits(text) : undefined
    if (value === undefined) throw xmlError(`fromXml(): invalid escaped value in \`${tag}\``)
    addKey(collected, 'value', value)
    advanceCursor(cursor, value)
  }

  // No attribute: the position the text implies, unless a field gave one.
  const position = reserved.get('bg:position')
  if (position !== 'none' && (position !== undefined || !collected.values.has('position'))) {
    const read = position === undefined ? {start, end: cursorPoint(cursor)} : readPosition(position)
    if (!read) throw xmlError(`fromXml(): invalid \`bg:position\` \`${String(position)}\` on \`${tag}\``)
    addKey(collected, 'position', read)
  }

  const node = ordered(collected, reserved.get('bg:order'))
  if (typeof node.type !== 'string') throw xmlError('fromXml(): `bg:node` without a string `type`')
  return node
}
