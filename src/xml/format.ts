/**
 * The names of the baogao XML format, shared by the writer and the reader.
 *
 * A tree is written as one element per node, named by its `type`, in the
 * namespace {@link treeNamespace}. Everything the format adds to say how to
 * read a node back (types of attribute values, key order, positions, object
 * fields) lives in the `bg:` namespace ({@link formatNamespace}), so it never
 * collides with a field of a node:
 *
 * ```xml
 * <root xmlns="urn:baogao:tree" xmlns:bg="urn:baogao:xml" bg:version="1">
 *   <section depth="1" label="review" bg:types="depth:number">…</section>
 * </root>
 * ```
 *
 * @module
 */

import {BaogaoError} from '../tree/error.js'

/** Namespace of node elements (the default namespace of a document). */
export const treeNamespace = 'urn:baogao:tree'

/** Namespace of the format's own attributes and elements (prefix `bg`). */
export const formatNamespace = 'urn:baogao:xml'

/** Version of the format, in `bg:version` on the root element. */
export const formatVersion = '1'

/** The XML declaration `toXml` starts with. */
export const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/**
 * Names that would reach `Object.prototype` if used as keys: refused as
 * element names, attribute names and keys, both ways.
 */
export const forbiddenNames: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Local names of `bg:` elements that are not field names: a field with one of
 * these keys is written as `<bg:field bg:key="…">` instead.
 */
export const reservedElementNames: ReadonlySet<string> = new Set(['field', 'node', 'i'])

/**
 * A name usable as an element or attribute name without a prefix: ASCII
 * letters, digits, `_`, `-` and `.`, not starting with a digit, `-`, `.` or
 * `xml` (reserved by XML). `tocEntry`, `qualifierText`, `depth`.
 */
const plainName = /^(?!xml)[A-Za-z_][\w.-]*$/i

/**
 * @param name
 *   A node type or a key.
 * @returns
 *   Whether it can be written as an XML name as it is.
 */
export function isPlainName(name: string): boolean {
  return plainName.test(name) && !forbiddenNames.has(name)
}

/** Scalar type codes used in `bg:types` and `bg:type`. */
export type ScalarCode = 'number' | 'boolean' | 'null' | 'escaped'

/** Type codes of value elements (`bg:type`). */
export type ValueCode = ScalarCode | 'string' | 'object' | 'array' | 'undefined'

/**
 * Make the error `fromXml` and `toXml` throw for XML they cannot read or
 * trees they cannot write.
 *
 * @param message
 *   Text starting with the API name (`fromXml(): …`).
 * @returns
 *   A `BaogaoError` with code `'invalid-xml'`.
 */
export function xmlError(message: string): BaogaoError {
  return new BaogaoError(message, 'invalid-xml')
}

/**
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a plain object (`{}` or `Object.create(null)`).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/**
 * @param value
 *   Anything.
 * @returns
 *   Whether it is a unist node: a plain object with a string `type`.
 */
export function isNode(value: unknown): value is Record<string, unknown> & {type: string} {
  return isPlainObject(value) && typeof value.type === 'string'
}

/**
 * @param value
 *   Anything.
 * @returns
 *   A short description of its type for error messages.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value !== 'object') return typeof value
  const name = (value as {constructor?: {name?: unknown}}).constructor?.name
  return typeof name === 'string' && name ? `an instance of ${name}` : 'an object'
}
