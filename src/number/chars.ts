/**
 * Character classes of the number layer, as lookup tables by UTF-16 code unit.
 *
 * Every scanner step asks “what is this character?” many millions of times over
 * a large report, so the answer is one typed-array read instead of a regex or a
 * `Map` lookup. The tables are filled once at module load from the small lists
 * below; extend a list to teach the scanner a new character.
 *
 * @module
 */

/** Not a numeral character. */
export const NONE = 0
/** Arabic digit, half or full width: `0`–`9`, `０`–`９`. */
export const ARABIC = 1
/** Han digit, plain or financial: `零〇一二两三…九`, `壹贰叁…玖`. */
export const HAN_DIGIT = 2
/** Small unit inside a section: `十拾` (10), `百佰` (100), `千仟` (1000). */
export const SMALL_UNIT = 3
/** Big unit closing a section: `万萬` (1e4), `亿億` (1e8). */
export const BIG_UNIT = 4
/** A tens word standing for digit and `十` at once: `廿` (20), `卅` (30), `卌` (40). */
export const TENS = 5
/** Decimal point written as a word: `点`, `點`. */
export const POINT = 6
/** Placeholder digit of vague numerals: `几` (`十几万`). */
export const JI = 7
/** Anonymised digit: `*`, `＊`, `X`, `x`, `Ｘ`. */
export const MASK = 8

/** Class of each code unit (one of the constants above). */
export const charClass = new Uint8Array(65_536)

/**
 * Value of each code unit: the digit for `ARABIC`/`HAN_DIGIT`, the power of ten
 * for `SMALL_UNIT`/`BIG_UNIT`, the multiple of ten for `TENS`.
 */
export const charValue = new Int8Array(65_536)

/** Han digits by value; each string lists the characters for that digit. */
const hanDigits: readonly string[] = [
  '零〇', // 0: 三千零五, 二〇二二
  '一壹弌', // 1
  '二两贰貳兩', // 2: 两 is the counting form (两万亿)
  '三叁參', // 3
  '四肆', // 4
  '五伍', // 5
  '六陆陸', // 6
  '七柒', // 7
  '八捌', // 8
  '九玖' // 9
]

/** Small and big units with their power of ten. */
const units: ReadonlyArray<readonly [chars: string, klass: number, exponent: number]> = [
  ['十拾', SMALL_UNIT, 1], // 二十, 拾
  ['百佰', SMALL_UNIT, 2], // 三百
  ['千仟', SMALL_UNIT, 3], // 五千
  ['万萬', BIG_UNIT, 4], // 五万
  ['亿億', BIG_UNIT, 8] // 两亿
]

for (let code = 0x30; code <= 0x39; code++) {
  charClass[code] = ARABIC
  charValue[code] = code - 0x30
  charClass[code + 0xff10 - 0x30] = ARABIC
  charValue[code + 0xff10 - 0x30] = code - 0x30
}

for (const [digit, chars] of hanDigits.entries()) {
  for (const char of chars) {
    charClass[char.charCodeAt(0)] = HAN_DIGIT
    charValue[char.charCodeAt(0)] = digit
  }
}

for (const [chars, klass, exponent] of units) {
  for (const char of chars) {
    charClass[char.charCodeAt(0)] = klass
    charValue[char.charCodeAt(0)] = exponent
  }
}

for (const [char, tens] of [['廿', 2], ['卅', 3], ['卌', 4]] as const) {
  charClass[char.charCodeAt(0)] = TENS
  charValue[char.charCodeAt(0)] = tens
}

for (const char of '点點') charClass[char.charCodeAt(0)] = POINT
charClass['几'.charCodeAt(0)] = JI
for (const char of '*＊XxＸ') charClass[char.charCodeAt(0)] = MASK

/**
 * Spaces that PDF exports put inside quantities (`684 平方公里`).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isSpace(0x20) // true
 */
export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0
}

/**
 * Line feed or carriage return.
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isLineBreak(0x0a) // true
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d
}

/**
 * ASCII or full-width Latin letter (`5G`, `PM2.5`, `ＧＤＰ`).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isLatin('G'.charCodeAt(0)) // true
 */
export function isLatin(code: number): boolean {
  return (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  )
}

/**
 * A Han character of the basic CJK block (used for word-boundary checks).
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isHan('县'.charCodeAt(0)) // true
 */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/**
 * Decimal point: `.`, `．`.
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isDecimalPoint('．'.charCodeAt(0)) // true
 */
export function isDecimalPoint(code: number): boolean {
  return code === 0x2e || code === 0xff0e
}

/**
 * Minus signs that may precede an Arabic number: `-`, `－`, `−`, `﹣`.
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is one.
 * @example
 *   isMinus('－'.charCodeAt(0)) // true
 */
export function isMinus(code: number): boolean {
  return code === 0x2d || code === 0xff0d || code === 0x2212 || code === 0xfe63
}

/**
 * Offset after at most `max` spaces.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @param max
 *   Most spaces to skip.
 * @returns
 *   Offset after the spaces.
 * @example
 *   skipSpaces('6.8 %', 3) // 4
 */
export function skipSpaces(text: string, index: number, max = 4): number {
  const limit = Math.min(text.length, index + max)
  while (index < limit && isSpace(text.charCodeAt(index))) index++
  return index
}

/**
 * Offset after spaces and at most two line breaks (a paragraph break from a
 * PDF page, `9.53⏎⏎亿元`), or `index` when there is no line break.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Offset after the gap.
 * @example
 *   skipBreak('9.53\n\n亿元', 4) // 6
 */
export function skipBreak(text: string, index: number): number {
  let breaks = 0
  let end = index
  const limit = Math.min(text.length, index + 12)
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code === 0x0a) breaks++
    else if (code !== 0x0d && !isSpace(code)) break
    end++
  }

  return breaks > 0 && breaks <= 2 ? end : index
}

/**
 * Whether the character at `index` is one of `chars` (never true past the end).
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @param chars
 *   Characters to test against, or `undefined` for none.
 * @returns
 *   Whether it is.
 * @example
 *   followedBy('上下游', 2, '游级') // true
 */
export function followedBy(text: string, index: number, chars: string | undefined): boolean {
  if (chars === undefined || index < 0 || index >= text.length) return false
  // By code unit: `charAt` would make a string of each Han character.
  const code = text.charCodeAt(index)
  for (let at = 0; at < chars.length; at++) if (chars.charCodeAt(at) === code) return true
  return false
}
