/**
 * Recognise the lines that open a document: title, dateline, byline,
 * salutation, and the first words of a speech.
 *
 * Each recogniser takes the *plain* text of one block: Markdown `**`, breaks
 * and white space removed (see `plainText`).
 *
 * @module
 */

import {
  bareByline,
  bylineOffice,
  datePattern,
  maxWebChromeLine,
  officeColon,
  openingPhrase,
  salutationLine,
  titleEnd,
  titleWithVenueAfter,
  titleWord,
  venuePattern,
  webChromeLine
} from '../patterns.js'

import type {Block} from '../blocks/blocks.js'
import {isInlineSpace} from '../blocks/lines.js'

/** `**`, a leading `#` opener with its spaces, or a run of white space. */
const markupOrSpace = /\*\*|^#{1,6}[ \t]+|\s+/gu

/** Longest title line (or joined title lines). */
export const maxTitleLength = 100
/** A report or explanation on a matter: `关于…的报告`, `关于…的说明`. */
export const reportOnTitle = /^关于.{4,}的(?:报告|说明)$/u
/** Longest dateline. */
const maxDatelineLength = 80
/** Longest byline. */
const maxBylineLength = 40

/**
 * Text of a line as the recognisers read it: no `**`, no `#` opener, no
 * white space (`XX 市` → `XX市`, `龙 晓华` → `龙晓华`).
 *
 * @param value
 *   Source text of a block.
 * @returns
 *   Its plain text.
 */
export function plainText(value: string): string {
  // One pass: each of `**`, a leading `#` opener and a run of white space is
  // removed on its own, so the order of the removals does not matter.
  return value.replace(markupOrSpace, '')
}

/**
 * The plain text of each block of an input (`plainText`; empty for Markdown
 * blocks), made when first asked for: most blocks are long paragraphs that
 * no recogniser needs once `exceeds` has ruled them out.
 */
export class PlainTexts {
  readonly #text: string
  readonly #blocks: ReadonlyArray<Block>
  readonly #made: Array<string | undefined>

  /**
   * @param text
   *   The input.
   * @param blocks
   *   Its blocks.
   */
  constructor(text: string, blocks: ReadonlyArray<Block>) {
    this.#text = text
    this.#blocks = blocks
    // One slot per block up front: filled out of order, a growing array would
    // turn into a dictionary.
    this.#made = Array.from({length: blocks.length})
  }

  /**
   * @param index
   *   A block.
   * @returns
   *   Its plain text; `undefined` past the last block.
   */
  at(index: number): string | undefined {
    const block = this.#blocks[index]
    if (block === undefined) return undefined
    let value = this.#made[index]
    if (value === undefined) {
      value = block.kind === 'markup' ? '' : plainText(this.#text.slice(block.start, block.end))
      this.#made[index] = value
    }

    return value
  }

  /**
   * Whether a block's plain text is surely longer than `limit`, read from the
   * source without making it: characters `plainText` never removes (all but
   * white space, `*` and `#`) are counted until there are more than `limit`.
   *
   * @param index
   *   A block.
   * @param limit
   *   Length.
   * @returns
   *   `true` when the plain text has more than `limit` characters; `false`
   *   when it may not.
   */
  exceeds(index: number, limit: number): boolean {
    const block = this.#blocks[index]
    if (block === undefined || block.end - block.start <= limit) return false
    const text = this.#text
    let kept = 0
    for (let at = block.start; at < block.end; at++) {
      const code = text.charCodeAt(at)
      // `\s` is the line feed and `isInlineSpace`; `*` and `#` may be Markdown.
      if (code === 0x0a || code === 0x2a || code === 0x23 || isInlineSpace(code)) continue
      if (++kept > limit) return true
    }

    return false
  }
}

/**
 * Whether a line is a document title: unterminated, short, naming a speech
 * or report.
 *
 * | sample | why |
 * | --- | --- |
 * | `北京市政府工作报告` | ends in `工作报告` |
 * | `何良军市长在全市经济运行月度分析会上的讲话` | `在…上的讲话` |
 * | `县长赵甲宏在全县一季度经济运行分析会讲话` | `在…会…讲话` |
 * | `县工业和信息化局领导重要讲话——在全县经济运行专题会议上` | `讲话——在…上` |
 * | `——在20XX年经济工作会议上的讲话` | a subtitle, also a title line |
 *
 * Not titles: anything with `，。：；！？` (`习近平总书记在党的十九大报告中明确指出：`).
 *
 * @param plain
 *   Plain text of the line.
 * @returns
 *   Whether it is a title line.
 */
export function isTitleLine(line: string): boolean {
  if (line.length > maxTitleLength) return false
  // `首页>政务公开>政府工作报告`: a breadcrumb that ends in a title.
  if (isWebChrome(line)) return false
  // `政府工作报告——1996年2月25日在…会议上`: a title, then its dateline.
  const dated = splitDatedTitle(line)
  if (dated) return isTitleLine(dated.title)
  // `政府工作报告（2010年1月19日在…会议上 代省长 王儒林）`; `《政府工作报告》`.
  const plain = line.replace(/[（(][^（）()]*[）)]$/u, '').replace(/^《([^《》]+)》$/u, '$1')
  if (plain.length < 4) return false
  if (/[，,。：:；;！!？?]/u.test(plain)) return false
  if (/(?:政府)?工作报告$/u.test(plain)) return true
  // `关于…2022年预算执行情况和2023年预算草案的报告`, `关于…的说明`: reports
  // delivered beside the work report.
  if (reportOnTitle.test(plain)) return true
  if (!titleWord.test(plain)) return false
  // `…在…会议上的讲话`, `——在…上的讲话`
  if (titleEnd.test(plain)) return venuePattern.test(plain) || /^[—─―-]/u.test(plain)
  // `…重要讲话——在…会议上`
  return titleWithVenueAfter.test(plain)
}

/**
 * Split a title line that goes on with its dateline after a dash
 * (`政府工作报告——1996年2月25日在山东省第八届人民代表大会第四次会议上`).
 *
 * @param line
 *   Plain text of a line.
 * @returns
 *   The title and the dateline (with its dash), or `undefined` when the line
 *   is not a title followed by a dated dateline.
 */
export function splitDatedTitle(line: string): {title: string; dateline: string} | undefined {
  const dash = /[—─―]{1,2}(?=[0-9０-９〇○零一二三四五六七八九]{4}年)/u.exec(line)
  if (!dash || dash.index < 4) return undefined
  const dateline = line.slice(dash.index)
  return isDateline(dateline) ? {title: line.slice(0, dash.index), dateline} : undefined
}

/**
 * Whether a line is a dateline: a date and a venue, dash-led or in
 * parentheses.
 *
 * Samples: `——2022年3月5日在第十三届全国人民代表大会第五次会议上`,
 * `──2022年2月12日在天津市…`, `(2022年7月2日)`, `（二〇二二年一月六日）`.
 *
 * @param plain
 *   Plain text of the line.
 * @returns
 *   Whether it is a dateline.
 */
export function isDateline(plain: string): boolean {
  if (plain.length > maxDatelineLength || /[。；！？]/u.test(plain)) return false
  // `在四川省第十二届人民代表大会第二次会议上`, `…会议上（2011年1月18日）`
  if (/^在.+(?:会议|大会)上(?:[（(].*[）)])?$/u.test(plain)) return true

  const body = plain.replace(/^(?:[—─―-]{1,3}|[（(])/u, '')
  if (body === plain && !/^(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年/u.test(plain)) return false
  // `——在河北省第九届人民代表大会第三次会议上`: the venue without a date.
  if (body !== plain && /^在.+(?:会议|大会)上$/u.test(body)) return true
  datePattern.lastIndex = 0
  const match = datePattern.exec(body)
  return match !== null && match.index === 0
}

/**
 * Whether a line is a salutation: `各位代表：`, `同志们：`, `各位委员、同志们：`.
 *
 * @param plain
 *   Plain text of the line.
 * @returns
 *   Whether it is a salutation.
 */
export function isSalutation(plain: string): boolean {
  return salutationLine.test(plain)
}

/**
 * Whether a line is a byline: an office, then a name (`国务院总理 李克强`,
 * `福建省人民政府省长 赵龙`, `市长 陈吉宁`).
 *
 * @param plain
 *   Plain text of the line.
 * @returns
 *   Whether it is a byline.
 */
export function isByline(plain: string): boolean {
  const value = withoutOfficeColon(splitBylineDate(plain).byline)
  if (value.length > maxBylineLength || /[，,。：；！？“”]/u.test(value)) return false
  return bylineOffice.test(value)
}

/**
 * Split a date off the end of a byline (`河北省省长钮茂生（2002年1月24日）`,
 * `海南省省长沈晓明2020年01月22日`).
 *
 * @param plain
 *   Plain text of a byline.
 * @returns
 *   The byline without the date, and the date as written (`null` when there
 *   is none).
 */
export function splitBylineDate(plain: string): {byline: string; date: string | null} {
  const match = /[（(]?((?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})年[0-9０-９〇○零一二三四五六七八九十]{1,3}月[0-9０-９〇○零一二三四五六七八九十]{1,3}日)[）)]?$/u.exec(plain)
  return match && match.index > 0 ? {byline: plain.slice(0, match.index), date: match[1] as string} : {byline: plain, date: null}
}

/**
 * @param plain
 *   Plain text of a byline.
 * @returns
 *   The text without a colon right after the office (`省长：郝鹏` →
 *   `省长郝鹏`).
 */
export function withoutOfficeColon(plain: string): string {
  return plain.replace(officeColon, '$1')
}

/**
 * Whether a line can be a byline that gives only a name (`毛伟明`,
 * `努尔·白克力`) or only an office (`省人民政府省长`): trusted only right
 * before a salutation.
 *
 * @param plain
 *   Plain text of the line.
 * @returns
 *   Whether it can.
 */
export function isBareByline(plain: string): boolean {
  return bareByline.test(plain)
}

/**
 * Whether a paragraph reads like the first words of a speech (`今天，我们召开…`,
 * `根据会议安排，…`, `现在，我代表…`).
 *
 * @param plain
 *   Plain text of the paragraph's start.
 * @returns
 *   Whether it opens a speech.
 */
export function isOpening(plain: string): boolean {
  return openingPhrase.test(plain)
}

/**
 * @param line
 *   Plain text of a line.
 * @returns
 *   Whether it is a line of a web page's chrome (`首页>政务公开>…`,
 *   `发布时间：…来源：…`, `【字体：大中小】【打印】`), never part of a report.
 */
export function isWebChrome(line: string): boolean {
  return line.length <= maxWebChromeLine && webChromeLine.test(line)
}
