/**
 * Reading value elements back: object fields (`<bg:meta …>`), arrays
 * (`<bg:cues bg:type="array">`), items (`<bg:i>`) and fields whose key is not
 * a plain name (`<bg:field bg:key="…">`). The inverse of `writeValue` in
 * `write-fields.ts`.
 *
 * @module
 */

import {isPlainName, reservedElementNames, xmlError, type ValueCode} from './format.js'
import {
  addKey,
  attributesOf,
  ordered,
  parseTypes,
  readScalar,
  scalarCodes,
  tagOf,
  textOf,
  unescape,
  type Collected,
  type Entry
} from './read-fields.js'

/** Codes `bg:type` may give a value element. */
const valueCodes: ReadonlySet<string> = new Set([...scalarCodes, 'string', 'object', 'array', 'undefined'])

/**
 * Read a field element (`<bg:meta>`, `<bg:field bg:key="…">`) into
 * `collected`.
 *
 * @param entry
 *   The element.
 * @param tag
 *   Its name.
 * @param collected
 *   Fields so far.
 * @returns
 *   Whether `entry` was a field element.
 */
export function readFieldElement(entry: Entry, tag: string, collected: Collected): boolean {
  if (!tag.startsWith('bg:')) return false
  const local = tag.slice(3)
  if (local === 'field') {
    const key = attributesOf(entry).find(([name]) => name === 'bg:key')?.[1]
    const decoded = key === undefined ? undefined : unescape(key)
    if (decoded === undefined) throw xmlError('fromXml(): `bg:field` without `bg:key`')
    addKey(collected, decoded, readValue(entry, 'string'))
    return true
  }

  if (reservedElementNames.has(local) || !isPlainName(local)) return false
  addKey(collected, local, readValue(entry, 'object'))
  return true
}

/**
 * Read a value element: an object field, an array or an item.
 *
 * @param entry
 *   The element.
 * @param implied
 *   Its type when it has no `bg:type`.
 * @returns
 *   The value.
 */
export function readValue(entry: Entry, implied: ValueCode): unknown {
  const tag = tagOf(entry)
  const attributes = attributesOf(entry)
  const code = attributes.find(([name]) => name === 'bg:type')?.[1] ?? implied
  if (!valueCodes.has(code)) throw xmlError(`fromXml(): unknown \`bg:type\` \`${code}\` on \`${tag}\``)
  const content = entry[tag] as Array<Entry>

  if (code === 'object') {
    const collected: Collected = {keys: [], values: new Map()}
    const reserved = new Map<string, string>()
    const types = parseTypes(attributes.find(([name]) => name === 'bg:types')?.[1])
    for (const [name, value] of attributes) {
      if (name.startsWith('bg:')) reserved.set(name, value)
      else if (isPlainName(name)) addKey(collected, name, readScalar(value, types.get(name)))
      else throw xmlError(`fromXml(): unexpected attribute \`${name}\` on \`${tag}\``)
    }

    checkReserved(reserved, tag, types, collected)
    for (const child of content) {
      const text = textOf(child)
      if (text === undefined) {
        if (!readFieldElement(child, tagOf(child), collected)) throw xmlError(`fromXml(): unexpected \`${tagOf(child)}\` in \`${tag}\``)
      } else if (text.trim() !== '') {
        throw xmlError(`fromXml(): unexpected text in \`${tag}\``)
      }
    }

    return ordered(collected, reserved.get('bg:order'))
  }

  if (attributes.some(([name]) => name !== 'bg:type' && name !== 'bg:key')) {
    throw xmlError(`fromXml(): unexpected attribute on \`${tag}\` of type \`${code}\``)
  }

  if (code === 'array') {
    const items: Array<unknown> = []
    for (const child of content) {
      const text = textOf(child)
      if (text === undefined && tagOf(child) === 'bg:i') items.push(readValue(child, 'string'))
      else if (text === undefined || text.trim() !== '') throw xmlError(`fromXml(): unexpected content in array \`${tag}\``)
    }

    return items
  }

  const pieces = content.map((child) => {
    const text = textOf(child)
    if (text === undefined) throw xmlError(`fromXml(): unexpected \`${tagOf(child)}\` in \`${tag}\``)
    return text
  })
  const text = pieces.join('')
  if (code === 'undefined') {
    if (text !== '') throw xmlError(`fromXml(): unexpected text in \`${tag}\` of type \`undefined\``)
    return undefined
  }

  return code === 'string' ? text : readScalar(text, code)
}

/**
 * Check the reserved attributes of an object element.
 *
 * @param reserved
 *   `bg:` attributes by name.
 * @param tag
 *   Element name.
 * @param types
 *   Parsed `bg:types`.
 * @param collected
 *   Fields read from attributes.
 * @returns
 *   Nothing.
 */
function checkReserved(reserved: Map<string, string>, tag: string, types: Map<string, string>, collected: Collected): void {
  for (const name of reserved.keys()) {
    if (name !== 'bg:type' && name !== 'bg:key' && name !== 'bg:types' && name !== 'bg:order') {
      throw xmlError(`fromXml(): unexpected attribute \`${name}\` on \`${tag}\``)
    }
  }

  for (const key of types.keys()) {
    if (!collected.values.has(key)) throw xmlError(`fromXml(): \`bg:types\` names \`${key}\`, which is not an attribute of \`${tag}\``)
  }
}
