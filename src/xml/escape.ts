/**
 * Escaping strings for XML text and attributes, and the format's escape for
 * code units XML 1.0 cannot hold at all.
 *
 * XML 1.0 has no way to write NUL, the other C0 controls but tab, LF and CR,
 * U+FFFE, U+FFFF or a lone surrogate, not even as a character reference. A
 * string holding one is written in *escaped form* and flagged as such
 * (`bg:types="value:escaped"`, `bg:type="escaped"`): each such code unit
 * becomes `\u{HEX}` (upper-case hex, e.g. `\u{0}`, `\u{D800}`) and each
 * backslash becomes `\\`. Strings without such code units are written as
 * they are, backslashes included, and never flagged.
 *
 * Markup characters use the five XML entities and character references:
 * `&` `<` `>` always (so `]]>` cannot occur), `\r` always (`&#13;`, which
 * survives XML line-end normalisation), and in attributes also `"`, tab and
 * LF (`&#9;`, `&#10;`, which survive attribute-value normalisation).
 *
 * @module
 */

/**
 * Code units outside XML 1.0's `Char` production.
 *   > | 甲\u0000乙\uD800丙
 *         ^^^^^^   ^^^^^^
 */
const unwritable = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A backslash, escaped or not, in the escaped form: `\\`, `\u{0}`, or a stray `\`. */
const escapeSequence = /\\(\\|u\{[\dA-F]{1,4}\})?/g

/** Characters to replace in text content. */
const textSpecial = /[&<>\r]/g

/** Characters to replace in attribute values. */
const attributeSpecial = /[&<>"\r\n\t]/g

/** Entity and character references, or a stray `&`. */
const reference = /&(?:(lt|gt|amp|quot|apos);|#(\d{1,7});|#x([\dA-Fa-f]{1,6});)?/g

/** Replacements of markup characters. */
const markup: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;'
}

/** Values of the five predefined entities. */
const entities: Readonly<Record<string, string>> = {lt: '<', gt: '>', amp: '&', quot: '"', apos: "'"}

/**
 * @param value
 *   Any string.
 * @returns
 *   Whether it holds a code unit XML 1.0 cannot hold.
 */
export function needsEscape(value: string): boolean {
  return value.search(unwritable) !== -1
}

/**
 * Write a string in escaped form (only call it when {@link needsEscape}).
 *
 * @param value
 *   Any string.
 * @returns
 *   The escaped form: `\u{0}` for NUL, `\\` for a backslash.
 */
export function escapeCodeUnits(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replace(unwritable, (unit) => `\\u{${unit.charCodeAt(0).toString(16).toUpperCase()}}`)
}

/**
 * Read a string written in escaped form.
 *
 * @param value
 *   The escaped form.
 * @returns
 *   The string, or `undefined` when `value` holds a stray backslash.
 */
export function unescapeCodeUnits(value: string): string | undefined {
  let valid = true
  const result = value.replace(escapeSequence, (_, body: string | undefined) => {
    if (body === undefined) valid = false
    else if (body === '\\') return '\\'
    else return String.fromCharCode(Number.parseInt(body.slice(2, -1), 16))
    return ''
  })
  return valid ? result : undefined
}

/**
 * @param value
 *   A string XML can hold.
 * @returns
 *   The string as element content.
 */
export function escapeText(value: string): string {
  return value.replace(textSpecial, replaceMarkup)
}

/**
 * @param value
 *   A string XML can hold.
 * @returns
 *   The string as an attribute value between double quotes.
 */
export function escapeAttribute(value: string): string {
  return value.replace(attributeSpecial, replaceMarkup)
}

/**
 * @param character
 *   A markup character.
 * @returns
 *   Its reference.
 */
function replaceMarkup(character: string): string {
  return markup[character] as string
}

/**
 * Resolve the predefined entities and character references of raw text or
 * an attribute value.
 *
 * @param raw
 *   Text as the XML parser gives it (references unresolved).
 * @returns
 *   The text, or `undefined` when it holds an unknown entity or a stray `&`.
 */
export function resolveReferences(raw: string): string | undefined {
  if (!raw.includes('&')) return raw
  let valid = true
  const result = raw.replace(
    reference,
    (_, name: string | undefined, decimal: string | undefined, hex: string | undefined) => {
      if (name !== undefined) return entities[name] as string
      const code = decimal === undefined ? (hex === undefined ? -1 : Number.parseInt(hex, 16)) : Number.parseInt(decimal, 10)
      if (code >= 0 && code <= 0x10_ff_ff) return String.fromCodePoint(code)
      valid = false
      return ''
    }
  )
  return valid ? result : undefined
}
