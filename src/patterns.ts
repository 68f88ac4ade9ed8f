/**
 * Every structural regex of baogao, named, with a sample.
 *
 * Rules for this file:
 * - each pattern is linear-time on any input: no nested quantifiers, no
 *   alternation whose branches can match the same text and then backtrack;
 * - patterns that are tried at a position are sticky (`y`), so a scanner can
 *   test one place without slicing the string;
 * - the numbers layer (`src/number/`) keeps its own scanner and tables.
 *
 * @module
 */

/** Han digits that may form an ordinal in a marker (`十二`, `二十一`). */
const HAN_DIGIT = '一二三四五六七八九十'
/** Arabic digits, ASCII and full-width. */
const DIGIT = '0-9０-９'

/**
 * Build a regex from a template whose `{NAME}` placeholders are replaced by
 * the given sources. Keeps patterns readable without string concatenation.
 *
 * @param source
 *   Template source.
 * @param parts
 *   Replacements, by name.
 * @param flags
 *   Regex flags.
 * @returns
 *   The regex.
 */
export function compose(source: string, parts: Record<string, string>, flags: string): RegExp {
  const filled = source.replace(/\{([A-Z_]+)\}/g, function (all: string, name: string) {
    const part = parts[name]
    if (part === undefined) throw new Error('compose(): unknown part `' + name + '`')
    return part
  })
  return new RegExp(filled, flags)
}

const parts = {HAN: HAN_DIGIT, DIGIT}

/** Line terminator: `\n`, with an optional preceding `\r`. Sample: `…。\r\n`. */
export const lineEnding = /\r?\n/g

/** A line with nothing but white space (including `\u3000`, NBSP, BOM). Sample: `\u3000 `. */
export const blankLine = /^\s*$/u

/**
 * `一、`: Han ordinal with an enumeration comma, not a list of Han numerals
 * (`三、四季度`, `一、二产业`).
 */
export const markerHanComma = compose('(?<ordinal>[{HAN}]{1,3})、(?![{HAN}][、季产月])', parts, 'uy')

/** `（一）`, `(一)`, `(二)、` (a stray comma after the paren is kept in the marker). */
export const markerHanParen = compose('[（(](?<ordinal>[{HAN}]{1,3})[）)][、.．]?', parts, 'uy')

/** `1.`, `1、`, `1．`, `１２.` — not a decimal (`1.5亿元`). */
export const markerArabic = compose('(?<ordinal>[{DIGIT}]{1,3})[.．、](?![{DIGIT}])', parts, 'uy')

/** `（1）`, `(1)`. */
export const markerArabicParen = compose('[（(](?<ordinal>[{DIGIT}]{1,3})[）)]', parts, 'uy')

/** `⑴`…`⒇`: parenthesized digits as one character. */
export const markerParenDigit = /[\u2474-\u2487]/uy

/** `①`…`⑳`, `㉑`…`㉟`. */
export const markerCircled = /[\u2460-\u2473\u3251-\u325F]/uy

/** `第一，`, `第三、`, `第一个问题：`, `第二方面，`. */
export const markerOrdinalWord = compose(
  '第(?<ordinal>[{HAN}]{1,3})(?:个问题|个方面|方面)?[，,、：:]',
  parts,
  'uy'
)

/** `一是`, `二是`: inline enumerations; also `其一是`? no: only bare ordinals. */
export const markerShi = compose('(?<ordinal>[{HAN}]{1,3})是(?![的否])', parts, 'uy')

/** `一要`, `二要`: enumerations in speeches. Not `一要素`. */
export const markerYao = compose('(?<ordinal>[{HAN}]{1,3})要(?![素求件])', parts, 'uy')

/** `首先，`, `其次，`, `再次，`, `最后，`. */
export const markerSequence = /(?<word>首先|其次|再次|再者|最后)[，,、：:]/uy

/** A dash that leads a list line: `——`, `──`, `—`, `--`. Sample: `——经济保持恢复发展。`. */
export const leadingDash = /(?:[—─―]{1,2}|--)/uy

/** Markdown ATX heading opener at a line start. Sample: `## 一、…`. */
export const atxHeading = /#{1,6}[ \t]+/y

/** Markdown strong delimiter. Sample: `**一、2021年工作回顾**`. */
export const strongDelimiter = /\*\*/y

/** YAML front matter fence line. Sample: `---`. */
export const frontMatterFence = /^---[ \t]*$/

/**
 * A table-of-contents line: dot leaders or a tab, then a page number, at the
 * end of the line. Samples: `…会议上的讲话.....\t5`, `析会上的讲话\t447`.
 */
export const tocLine = compose('(?:[.．。…·•]{3,}|\\t)[ \\t]*[{DIGIT}]{1,4}$', parts, 'u')

/** Sentence terminators (one character each); `……` is handled as a run. Sample: `。`. */
export const sentenceTerminator = /[。！？；!?;]/u

/** Punctuation that closes a sentence after its terminator. Sample: `。”`. */
export const closingPunctuation = /[”’」』）)】》〉"']/u

/**
 * Characters of `\p{P}` that baogao reads as part of words or numbers, not as
 * punctuation: percent signs, masks, slashes (`万元/人`).
 */
export const wordLikePunctuation = /[%％‰*＊/／&＆@＠#＃_＿\\]/u

/** Any punctuation character. Sample: `，`. */
export const punctuationCharacter = /\p{P}/u

/** White space inside a line. Sample: `\u3000`. */
export const inlineSpace = /[^\S\r\n]/u
