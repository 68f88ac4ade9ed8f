/**
 * Reading fields back: attributes typed by `bg:types`, entries of the parsed
 * document, key order from `bg:order` (value elements: `read-value.ts`).
 *
 * @module
 */

import {resolveReferences, unescapeCodeUnits} from './escape.js'
import {forbiddenNames, xmlError} from './format.js'

/** One entry of fast-xml-parser's `preserveOrder` output. */
export type Entry = Record<string, unknown>

/** Fields read so far, in the order the reader found them. */
export interface Collected {
  /** Keys in reading order. */
  keys: Array<string>
  /** Values by key. */
  values: Map<string, unknown>
}

/** Codes `bg:types` may give an attribute. */
export const scalarCodes: ReadonlySet<string> = new Set(['number', 'boolean', 'null', 'escaped'])


/**
 * @param entry
 *   An element entry.
 * @returns
 *   Its name.
 */
export function tagOf(entry: Entry): string {
  for (const key in entry) if (key !== ':@') return key
  return ''
}

/**
 * @param entry
 *   An element entry.
 * @returns
 *   Its attributes, references resolved, in document order.
 */
export function attributesOf(entry: Entry): Array<[string, string]> {
  const raw = (entry[':@'] ?? {}) as Record<string, string>
  return Object.keys(raw).map((name) => {
    const value = resolveReferences(raw[name] as string)
    if (value === undefined) throw xmlError(`fromXml(): unknown entity or stray \`&\` in attribute \`${name}\``)
    return [name, value]
  })
}

/**
 * @param entry
 *   A `#text` or `#cdata` entry.
 * @returns
 *   Its text, or `undefined` when `entry` is an element.
 */
export function textOf(entry: Entry): string | undefined {
  if ('#text' in entry) {
    const text = resolveReferences(String(entry['#text']))
    if (text === undefined) throw xmlError('fromXml(): unknown entity or stray `&` in text')
    return text
  }

  if ('#cdata' in entry) {
    return (entry['#cdata'] as Array<Entry>).map((part) => String(part['#text'] ?? '')).join('')
  }

  return undefined
}

/**
 * Add a field, refusing duplicates and dangerous keys.
 *
 * @param collected
 *   Fields so far.
 * @param key
 *   Key.
 * @param value
 *   Value.
 * @returns
 *   Nothing.
 */
export function addKey(collected: Collected, key: string, value: unknown): void {
  if (forbiddenNames.has(key)) throw xmlError(`fromXml(): refusing the key \`${key}\``)
  if (collected.values.has(key)) throw xmlError(`fromXml(): duplicate key \`${key}\``)
  collected.keys.push(key)
  collected.values.set(key, value)
}

/**
 * @param text
 *   Value of `bg:types` (`depth:number masked:boolean`).
 * @returns
 *   Codes by key.
 */
export function parseTypes(text: string | undefined): Map<string, string> {
  const types = new Map<string, string>()
  if (text === undefined) return types
  for (const entry of text.split(' ')) {
    const colon = entry.indexOf(':')
    const key = entry.slice(0, colon)
    const code = entry.slice(colon + 1)
    if (colon < 1 || !scalarCodes.has(code) || types.has(key)) throw xmlError(`fromXml(): invalid \`bg:types\` entry \`${entry}\``)
    types.set(key, code)
  }

  return types
}

/**
 * @param text
 *   An attribute value.
 * @param code
 *   Its code from `bg:types`, if any.
 * @returns
 *   The value with its JavaScript type.
 */
export function readScalar(text: string, code: string | undefined): unknown {
  switch (code) {
    case undefined:
      return text
    case 'escaped':
      return unescape(text)
    case 'number':
      return readNumber(text)
    case 'boolean':
      if (text === 'true' || text === 'false') return text === 'true'
      throw xmlError(`fromXml(): expected \`true\` or \`false\`, got \`${text}\``)
    default:
      if (text === '') return null
      throw xmlError(`fromXml(): expected an empty value for \`null\`, got \`${text}\``)
  }
}

/**
 * Build the object in its original key order.
 *
 * @param collected
 *   Fields in reading order.
 * @param order
 *   Value of `bg:order`, if any: for each original key, its index in reading order.
 * @returns
 *   The object.
 */
export function ordered(collected: Collected, order: string | undefined): Record<string, unknown> {
  let keys = collected.keys
  if (order !== undefined) {
    const indices = order.split(' ').map(Number)
    keys = indices.map((index) => collected.keys[index] as string)
    if (keys.length !== collected.keys.length || new Set(indices).size !== keys.length || keys.includes(undefined as never)) {
      throw xmlError(`fromXml(): invalid \`bg:order\` \`${order}\``)
    }
  }

  const result: Record<string, unknown> = {}
  for (const key of keys) result[key] = collected.values.get(key)
  return result
}

/**
 * @param text
 *   Text in escaped form.
 * @returns
 *   The string.
 */
export function unescape(text: string): string {
  const value = unescapeCodeUnits(text)
  if (value === undefined) throw xmlError(`fromXml(): stray backslash in escaped string \`${text.slice(0, 40)}\``)
  return value
}

/**
 * @param text
 *   Text written by `String(number)` (or `-0`).
 * @returns
 *   The number.
 */
function readNumber(text: string): number {
  const number = text === 'NaN' ? Number.NaN : /^-?(?:Infinity|\d+(?:\.\d+)?(?:e[+-]\d+)?)$/.test(text) ? Number(text) : undefined
  if (number === undefined) throw xmlError(`fromXml(): expected a number, got \`${text}\``)
  return number
}
