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

/** `第一部分`, `第二部分：`, `第一章`, `第三篇`: a part of a report, above `一、`. */
export const markerPart = compose('第(?<ordinal>[{HAN}]{1,3})(?:部分|章|篇)[，,、：:]?', parts, 'uy')

/**
 * `名词解释`, `名词解释和说明：`, `注释`: the heading of the glossary after a
 * report, only as a line of its own (`**名词解释**`; `注释：本文…` is no heading).
 */
export const markerNotes = /(?:名词(?:解释|注释)(?:和说明)?|注释|注解)[：:]?(?=(?:\*\*)?[ \t\u3000]*(?:[\r\n]|$))/uy

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

/** An HTML comment on one line, from web corpora. Sample: `<!-- 云南省省长李纪恒作政府工作报告。 -->`. */
export const htmlCommentLine = /^<!--.*-->$/u

/** Markdown strong delimiter. Sample: `**一、2021年工作回顾**`. */
export const strongDelimiter = /\*\*/y

/** YAML front matter fence line. Sample: `---`. */
export const frontMatterFence = /^---[ \t]*$/

/**
 * A table-of-contents line: dot leaders or a tab, then a page number, at the
 * end of the line. Samples: `…会议上的讲话.....\t5`, `析会上的讲话\t447`,
 * `一、2022年工作回顾……1` (one Chinese ellipsis, two characters).
 *
 * Linear on any line: three leaders stand for a run of them (a longer run
 * holds three that end where the run ends), a tab is looked for only from the
 * start of a run of spaces and tabs, and `(?=([ \t]*))\1` takes that run whole
 * (an atomic group), so no run is rescanned from each of its characters.
 */
export const tocLine = compose('(?:[.．。…·•]{3}|…{2}|(?<![ \\t])(?= *\\t))(?=([ \\t]*))\\1[{DIGIT}]{1,4}$', parts, 'u')

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

/**
 * Verbs of change that a rate follows, as a regex source for several layers:
 * a line ending in one continues onto a rate (reflow), and a clause with
 * none shares the one before (indicators). Sample: `比上年增长`.
 */
export const changeVerbWords = '增长|下降|增加|减少|削减|压减|提高|降低|上涨|回落'

/**
 * The plan of the year before a colon, which states targets like
 * `主要预期目标是：`, as a regex source for the classifier and the
 * indicators. Samples: `今年计划：`, `今年全省计划：`, `明年的主要计划指标是：`.
 */
export const planStatement = '(?:今年|明年|全年)[^，。；：:]{0,6}计划(?:指标)?(?:是|为)?[:：]'

// ---------------------------------------------------------------------------
// Documents: titles, datelines, bylines, salutations (on plain text: no
// spaces, no Markdown).

/** A word that names a speech or report. Sample: `…会议上的讲话`. */
export const titleWord = /讲话|发言|致辞|报告/u

/** A title that ends in what it is. Sample: `…分析会上的讲话`. */
export const titleEnd = /(?:讲话|发言|致辞|报告)$/u

/**
 * A meeting named with `在…上` or `在…会`. Sample: `在全市经济运行分析会议上`.
 *
 * Tried from line starts only, at the first `在` of the line (if any `在` of
 * a line is followed by `会`/`上`, the first one is), so it is linear.
 */
export const venuePattern = /(?:^|[\n\r\u2028\u2029])[^在\n\r\u2028\u2029]*在.+(?:会|上)/u

/**
 * A title whose venue follows a dash. Sample: `县工业和信息化局领导重要讲话——在全县经济运行专题会议上`.
 *
 * Tried from line starts only, at the first `讲话——在` of the line (if a later
 * one reaches the end, so does the first), so it is linear.
 */
export const titleWithVenueAfter =
  /(?:^|[\n\r\u2028\u2029])(?:(?!(?:讲话|发言|致辞)[—─―-]{1,2}在)[^\n\r\u2028\u2029])*(?:讲话|发言|致辞)[—─―-]{1,2}在.+(?:上|会)$/u

/**
 * A date at the start of a dateline: Arabic, masked or Han numerals.
 * Samples: `2022年3月5日`, `20XX年1月`, `二〇二二年一月六日`, `1999年`.
 */
export const datePattern =
  /(?<year>[0-9０-９]{4}|[12０-９0-9][0-9０-９Xx×＊*]{3}|[〇○零0０一二三四五六七八九]{4})年(?:(?<month>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?<day>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日)?)?/gu

/**
 * A salutation line, its parts separated by `、` or `，`.
 * Samples: `各位代表：`, `同志们：`, `各位委员、同志们：`, `各位代表，各位同志：`.
 */
export const salutationLine =
  /^(?:(?:各位|同志们|女士们|先生们|朋友们|尊敬的)[^。！？，,：:]{0,12}[，,]){0,3}(?:各位|同志们|女士们|先生们|朋友们|尊敬的)[^。！？，,]{0,24}[：:]$/u

/**
 * A salutation that opens the first paragraph instead of standing on its own
 * line: any salutation before a colon, or a usual address before a comma.
 * Samples: `各位代表：现在，我代表市人民政府…` (`各位代表：`),
 * `各位代表，现在，我代表省人民政府…` (`各位代表`).
 */
export const leadingSalutation =
  /^(?:(?:各位|同志们|女士们|先生们|朋友们|尊敬的)[^。！？，,：:]{0,24}[：:](?=[^\s])|(?:各位(?:代表|委员|同志|领导)|同志们)(?=[，,]))/u

/** The office a byline ends with before the name (`…省长`), as pattern source. */
const bylineOffices = '(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席|书记|主任|厅长|局长|部长)'

/**
 * A further part of a name joined by a middle dot (`·扎克尔` in
 * `雪克来提·扎克尔`), as pattern source.
 */
export const namePart = '[·•・]\\p{Script=Han}{1,8}'

/**
 * A byline: an office, then a name of two to four Han characters, possibly
 * with more parts after a middle dot.
 * Samples: `国务院总理李克强`, `福建省人民政府省长赵龙`, `自治区主席雪克来提·扎克尔`,
 * `省财政厅厅长王五` (the speaker of a budget report).
 */
export const bylineOffice = new RegExp(`^(?:.{0,24}?)${bylineOffices}\\p{Script=Han}{2,6}(?:${namePart}){0,3}$`, 'u')

/**
 * A byline line that gives only a name or only an office, trusted right
 * before a salutation. Samples: `毛伟明`, `努尔·白克力`, `省人民政府省长`.
 */
export const bareByline = new RegExp(
  `^(?:\\p{Script=Han}{2,4}|\\p{Script=Han}{2,8}(?:${namePart}){1,3}|\\p{Script=Han}{0,20}${bylineOffices})$`,
  'u'
)

/** The office of a byline and a colon after it (`省长：` in `省长：郝鹏`); group 1: the office and what precedes it. */
export const officeColon = new RegExp(`^(.{0,24}?${bylineOffices})[：:]\\s*(?=\\p{Script=Han})`, 'u')

/** The first words of a speech. Samples: `今天，我们召开…`, `根据会议安排，…`, `现在，我代表…`. */
export const openingPhrase = /^(?:今天|刚才|根据(?:会议|市委|县委|区委|省委)?(?:安排|议程)|按照会议(?:安排|议程)|这次会议|本次会议|现在，?我代表|受.{1,12}委托)/u

/**
 * A web footer or promotion line after a document (plain text).
 * Samples: `公选王推荐参加公务员遴选的考生学习>>>`, `关注我们,获取热门遴选发布资讯`, `公选王官方微博`.
 */
export const footerLine =
  /(?:>>|》》|关注我们|官方微博|官方微信|微信公众号|扫码关注|扫一扫|责任编辑|推荐阅读|相关阅读|点击(?:查看|阅读|进入)|返回顶部|打印本页|关闭窗口|版权所有|Copyright|©)/iu

/**
 * A line of a web page's chrome before the text (plain text): a breadcrumb,
 * the publication line, the font-size and print controls.
 * Samples: `首页>政务公开>政府工作报告`, `当前位置：首页>信息公开`,
 * `发布时间：2023-01-2010:30来源：县政府办公室`, `【字体：大中小】【打印】【关闭】`.
 */
export const webChromeLine =
  /^(?:(?:首页|当前位置|您(?:现在)?的位置|你的位置)[：:>＞›»]|(?:[^>＞›»，。；]{1,12}(?:>>|>|＞|›|»)){2,}[^>＞›»，。；]{1,30}$|(?:发布时间|发布日期|发布机构|发文机关|信息来源|来源|作者|编辑|浏览次数|浏览量|点击数|点击量|阅读次数|访问次数|字号)[：:]|【(?:字体|字号|打印|关闭|收藏)|分享到[：:]?)/u

/** Longest line of web chrome (plain text). */
export const maxWebChromeLine = 80

/** Longest page number line, plain text (`第1234页共1234页`). */
export const maxPageNumberLine = 14

/** A page number line from PDF export (plain text). Samples: `-12-`, `—3—`, `第5页`, `第5页共20页`, `5/20`. */
export const pageNumberLine = /^(?:[-—–]\d{1,4}[-—–]|第\d{1,4}页(?:共\d{1,4}页)?|\d{1,4}\/\d{1,4})$/u

/** A footnote marker inside a sentence, ASCII or full-width brackets. Samples: `消费回流”[2]亮点`, `国资运营［2］等`. */
export const footnoteMarker = /\[\d{1,3}\]|［[\d０-９]{1,3}］/gu

/** An editorial note. Samples: `（未讲）`, `（略）`, `（有删节）`. */
export const editorialNote = /[（(](?:未讲|略|有删节|此处有删节|删节|根据录音整理)[）)]/gu

/**
 * A watermark a publishing site inserted in running text.
 * Sample: `公众号“笔杆子”整理，倒卖者可耻！`.
 */
export const watermark =
  /(?:(?:本文|本资料)由|关注)?(?:微信)?公众号[^。！？；\n]{0,24}?(?:整理|收集|编辑|发布|分享)[，,]?[^。！？；\n]{0,8}?(?:倒卖者可耻|倒卖必究|严禁倒卖|侵权必究|转载请注明出处)[！!。]?/gu
