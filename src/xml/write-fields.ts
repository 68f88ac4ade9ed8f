/**
 * Writing the fields of a node or object: scalars as attributes (typed by
 * `bg:types`), objects and arrays as `bg:` child elements.
 *
 * | value | written as |
 * | --- | --- |
 * | string | `label="review"` |
 * | number | `depth="1"` + `depth:number` in `bg:types` (`-0`, `1e-7`, `Infinity` kept) |
 * | boolean | `masked="false"` + `masked:boolean` |
 * | `null` | `unit=""` + `unit:null` |
 * | string XML cannot hold | escaped form + `title:escaped` |
 * | object | `<bg:meta …fields…>` |
 * | array | `<bg:cues bg:type="array"><bg:i>…</bg:i>…</bg:cues>` |
 * | key that is not a plain name | `<bg:field bg:key="a key" bg:type="…">` |
 *
 * `undefined` fields are left out, as in JSON. When the keys would read back
 * in another order (attributes first, then elements), `bg:order` gives the
 * permutation.
 *
 * @module
 */

import {BaogaoError} from '../tree/error.js'
import {escapeAttribute, escapeCodeUnits, escapeText, needsEscape} from './escape.js'
import {describeValue, forbiddenNames, isPlainName, isPlainObject, reservedElementNames, type ValueCode} from './format.js'

/** Fields of one node or object, ready to be written. */
export interface Fields {
  /** Attribute text, each with a leading space. */
  attributes: string
  /** Child elements of object and array fields. */
  elements: string
  /** Entries of `bg:types` (`depth:number`). */
  types: Array<string>
  /** Keys written as attributes, in order. */
  attributeKeys: Array<string>
  /** Keys written as elements, in order. */
  elementKeys: Array<string>
}

/**
 * @returns
 *   Empty fields.
 */
export function createFields(): Fields {
  return {attributes: '', elements: '', types: [], attributeKeys: [], elementKeys: []}
}

/**
 * Add one field.
 *
 * @param fields
 *   Fields so far.
 * @param key
 *   Its key.
 * @param value
 *   Its value (not `undefined`).
 * @param ancestors
 *   Objects being written, to refuse cycles.
 * @returns
 *   Nothing.
 */
export function addField(fields: Fields, key: string, value: unknown, ancestors: Set<object>): void {
  if (forbiddenNames.has(key)) throw new BaogaoError(`toXml(): refusing the key \`${key}\``, 'invalid-argument')
  if (isPlainName(key)) {
    const scalar = scalarAttribute(value)
    if (scalar) {
      fields.attributes += ` ${key}="${escapeAttribute(scalar.text)}"`
      if (scalar.code) fields.types.push(`${key}:${scalar.code}`)
      fields.attributeKeys.push(key)
      return
    }

    if (!reservedElementNames.has(key)) {
      fields.elements += writeValue(`bg:${key}`, '', value, 'object', ancestors)
      fields.elementKeys.push(key)
      return
    }
  }

  const keyAttribute = ` bg:key="${escapeAttribute(escapeCodeUnits(key))}"`
  fields.elements += writeValue('bg:field', keyAttribute, value, 'string', ancestors)
  fields.elementKeys.push(key)
}

/**
 * The `bg:types` and `bg:order` attributes of written fields.
 *
 * @param fields
 *   The fields.
 * @param natural
 *   Keys in the order a reader will find them.
 * @param actual
 *   Keys in their real order.
 * @returns
 *   Attribute text (possibly empty).
 */
export function formatAttributes(fields: Fields, natural: Array<string>, actual: Array<string>): string {
  let text = fields.types.length > 0 ? ` bg:types="${fields.types.join(' ')}"` : ''
  if (natural.some((key, index) => actual[index] !== key)) {
    text += ` bg:order="${actual.map((key) => natural.indexOf(key)).join(' ')}"`
  }

  return text
}

/**
 * @param value
 *   A field value.
 * @returns
 *   Its attribute text and type code, or `undefined` when it is not a scalar.
 */
function scalarAttribute(value: unknown): {text: string; code: ValueCode | undefined} | undefined {
  if (typeof value === 'string') {
    return needsEscape(value) ? {text: escapeCodeUnits(value), code: 'escaped'} : {text: value, code: undefined}
  }

  if (typeof value === 'number') return {text: formatNumber(value), code: 'number'}
  if (typeof value === 'boolean') return {text: String(value), code: 'boolean'}
  if (value === null) return {text: '', code: 'null'}
  return undefined
}

/**
 * @param value
 *   A number.
 * @returns
 *   Text that `Number()` reads back to the same number (`-0` included).
 */
function formatNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value)
}

/**
 * Write a value as an element: an object field, an array, or an item.
 *
 * @param tag
 *   Element name (`bg:meta`, `bg:i`, `bg:field`).
 * @param extra
 *   Attribute text to add (`bg:key`).
 * @param value
 *   The value.
 * @param implied
 *   The type a reader assumes without `bg:type`.
 * @param ancestors
 *   Objects being written, to refuse cycles.
 * @returns
 *   The element.
 */
function writeValue(tag: string, extra: string, value: unknown, implied: ValueCode, ancestors: Set<object>): string {
  let code: ValueCode
  let attributes = ''
  let content = ''

  if (typeof value === 'string') {
    code = needsEscape(value) ? 'escaped' : 'string'
    content = escapeText(code === 'escaped' ? escapeCodeUnits(value) : value)
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    code = typeof value === 'number' ? 'number' : 'boolean'
    content = typeof value === 'number' ? formatNumber(value) : String(value)
  } else if (value === null || value === undefined) {
    code = value === null ? 'null' : 'undefined'
  } else if (Array.isArray(value) || isPlainObject(value)) {
    if (ancestors.has(value)) throw new BaogaoError('toXml(): refusing a tree with a cycle', 'invalid-argument')
    ancestors.add(value)
    if (Array.isArray(value)) {
      code = 'array'
      for (const item of value as Array<unknown>) content += writeValue('bg:i', '', item, 'string', ancestors)
    } else {
      code = 'object'
      const fields = createFields()
      const actual: Array<string> = []
      for (const key of Object.keys(value)) {
        if (value[key] === undefined) continue
        actual.push(key)
        addField(fields, key, value[key], ancestors)
      }

      attributes = fields.attributes + formatAttributes(fields, [...fields.attributeKeys, ...fields.elementKeys], actual)
      content = fields.elements
    }

    ancestors.delete(value)
  } else {
    throw new BaogaoError(`toXml(): cannot write ${describeValue(value)} as a field value`, 'invalid-argument')
  }

  const start = `<${tag}${extra}${code === implied ? '' : ` bg:type="${code}"`}${attributes}`
  return content === '' ? `${start}/>` : `${start}>${content}</${tag}>`
}
