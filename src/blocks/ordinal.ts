/**
 * Read the number of a marker (`三` → 3, `十二` → 12, `１２` → 12).
 *
 * @module
 */

const hanDigits: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

/**
 * Parse a marker ordinal: 1–3 Arabic digits (ASCII or full-width) or a Han
 * numeral below one hundred (`一`, `十`, `十二`, `二十`, `二十一`).
 *
 * @param value
 *   The ordinal as written.
 * @returns
 *   Its number, or `undefined` when it is not a well-formed ordinal
 *   (`十一五` is a name, not an ordinal).
 */
export function parseOrdinal(value: string): number | undefined {
  if (/^[0-9０-９]{1,3}$/.test(value)) {
    let result = 0
    for (const character of value) {
      const code = character.charCodeAt(0)
      result = result * 10 + (code >= 0xff10 ? code - 0xff10 : code - 48)
    }

    return result
  }

  const ten = value.indexOf('十')
  if (ten === -1) return value.length === 1 ? hanDigits[value] : undefined
  if (value.indexOf('十', ten + 1) !== -1) return undefined
  const before = value.slice(0, ten)
  const after = value.slice(ten + 1)
  const tens = before === '' ? 1 : before.length === 1 ? hanDigits[before] : undefined
  const units = after === '' ? 0 : after.length === 1 ? hanDigits[after] : undefined
  if (tens === undefined || units === undefined) return undefined
  return tens * 10 + units
}
