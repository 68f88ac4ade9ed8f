/**
 * Read document metadata from its title, dateline, byline and front matter.
 *
 * Nothing is guessed: a field the text does not state stays `null`.
 *
 * @module
 */

import {datePattern, leadingSalutation, namePart} from '../patterns.js'
import {parseOrdinal} from '../blocks/ordinal.js'
import type {Block} from '../blocks/blocks.js'
import type {DocumentKind, DocumentMeta, Speaker} from '../types.js'
import {reportOnTitle, splitBylineDate, splitDatedTitle, withoutOfficeColon, type PlainTexts} from './front-lines.js'
import type {DocumentPlan} from './plan-documents.js'
import {provinces} from './regions.js'

/** Offices that end a role, longest first where one contains another. */
const offices =
  '常务副市长|副市长|代市长|市长|常务副县长|副县长|代县长|县长|副区长|代区长|区长|副州长|州长|副省长|代省长|省长|旗长|盟长|总理|副主席|主席|副书记|书记|副主任|主任|局长|厅长|部长|秘书长|常委|委员|代表'

/** More parts of a name joined by a middle dot (`雪克来提·扎克尔`). */
const dotted = `(?:${namePart}){0,3}`

/** A name alone: two or three Han characters, or more parts joined by a middle dot. */
const bareName = new RegExp(`^\\p{Script=Han}{2,3}$|^\\p{Script=Han}{2,8}(?:${namePart}){1,3}$`, 'u')

/** `…市长丁巨胜`: role, then name. */
const roleThenName = new RegExp(`^(?<role>.*(?:${offices}))(?<name>\\p{Script=Han}{2,6}${dotted})$`, 'u')
/** `何良军市长`: name, then role. */
const nameThenRole = new RegExp(`^(?<name>\\p{Script=Han}{2,3}${dotted})(?<role>${offices})$`, 'u')
/** A bare role (`市委副书记、市长`). */
const roleOnly = new RegExp(`(?:${offices})$`, 'u')

/**
 * Split `市委副书记、市长丁巨胜` into `{role: '市委副书记、市长', name: '丁巨胜'}`.
 *
 * @param value
 *   Plain text of a speaker phrase (no spaces, `同志` already removed).
 * @returns
 *   The speaker, or `null` when the phrase names no one.
 */
export function parseSpeaker(value: string): Speaker | null {
  if (value === '') return null
  let match = roleThenName.exec(value)
  if (match?.groups) return {name: match.groups.name ?? null, role: match.groups.role ?? null}
  match = nameThenRole.exec(value)
  if (match?.groups) return {name: match.groups.name ?? null, role: match.groups.role ?? null}
  if (roleOnly.test(value)) return {name: null, role: value}
  if (bareName.test(value)) return {name: value, role: null}
  // An organisation speaks (`XX县统计局`).
  if (/(?:局|委|办|厅|部|院|会|所|中心|公司|政府)$/u.test(value)) return {name: null, role: value}
  return null
}

/** What a title says. */
export interface TitleFacts {
  kind: DocumentKind
  speaker: Speaker | null
  venue: string | null
  region: string | null
  year: number | null
  /** A date in a parenthetical at the end (`…工作报告（2012年2月11日 李纪恒）`). */
  date: string | null
}

/**
 * Read a title line (plain text).
 *
 * ```
 * > | 市委副书记、市长丁巨胜在一季度经济形势分析会上的讲话
 *     ^^^^^^^^^^^^^^^^^^ speaker ^^^^^^^^^^^^^^^^ venue
 * ```
 *
 * @param plain
 *   Plain text of the title (lines joined).
 * @returns
 *   What it says.
 */
export function readTitle(plain: string): TitleFacts {
  let text = plain.replace(/^[—─―-]+/u, '')
  // `云南省政府工作报告（2012年2月11日李纪恒）`
  const aside = /[（(](?<aside>[^（）()]+)[）)]$/u.exec(text)
  let dated: DatelineFacts | undefined
  if (aside?.groups?.aside && /^(?:[0-9]{4}|[〇○零0一二三四五六七八九]{4})年/u.test(aside.groups.aside)) {
    dated = readDateline(aside.groups.aside)
    text = text.slice(0, aside.index)
  } else if (aside?.groups?.aside && /^(?:摘要|节选|有删节|根据录音整理|录音整理|讨论稿|征求意见稿|送审稿)$/u.test(aside.groups.aside)) {
    // `…在全市经济工作会议上的讲话（摘要）`: an editor's word, not the venue's.
    text = text.slice(0, aside.index)
  }

  // `主标题——中共XX县委书记…在…上的讲话`: read the part that names the meeting.
  const dash = /[—─―]{1,2}|--/u.exec(text)
  if (dash) {
    const after = text.slice(dash.index + dash[0].length)
    if (after.includes('在')) text = after
  }

  let speaker: Speaker | null = null
  let venue: string | null = null
  const at = text.indexOf('在')
  if (at !== -1) {
    const before = text.slice(0, at).replace(/同志$/u, '')
    if (!/讲话|报告|发言/u.test(before)) speaker = parseSpeaker(before)
    venue = text.slice(at + 1).replace(/上?(?:的|关于.*的)?(?:重要)?(?:讲话|发言|致辞|报告)$/u, '').replace(/上$/u, '') || null
  }

  const year = /(?<year>(?:19|20)\d{2})年/u.exec(text)?.groups?.year
  return {
    kind: kindOf(plain),
    speaker: speaker ?? dated?.speaker ?? null,
    venue: venue ?? dated?.venue ?? null,
    region: regionOf(text),
    year: year === undefined ? (dated?.year ?? null) : Number(year),
    date: dated?.date ?? null
  }
}

/** The office of a head of government at the end of a role (`河北省人民政府省长`, `自治区主席`). */
const headOfGovernment = /(?:总理|省长|市长|县长|区长|州长|旗长|盟长|主席)$/u

/**
 * @param text
 *   Plain title or venue text.
 * @returns
 *   The kind of document it names.
 */
export function kindOf(text: string): DocumentKind {
  if (/政府工作报告|工作报告$/u.test(text)) return 'governmentWorkReport'
  if (/经济工作.*会/u.test(text)) return 'economicWorkSpeech'
  if (/(?:经济|形势|运行).*(?:分析|调度|通报|推进)|(?:分析|调度).*(?:经济|形势|运行)/u.test(text)) return 'analysisSpeech'
  return 'other'
}

/**
 * Find the region a text names at its start or after `在`/`中共`/`关于`: a province
 * from the table, or a masked or named city, prefecture or county
 * (`XX市`, `XX县`).
 *
 * @param text
 *   Plain text (title, venue, byline).
 * @returns
 *   The region, or `null`.
 */
export function regionOf(text: string): string | null {
  for (const province of provinces) {
    if (text.includes(province.name)) return province.name
    for (const short of province.short) {
      if (text.startsWith(short) || text.startsWith('在' + short) || text.startsWith('中共' + short)) return province.name
    }
  }

  const match = /^(?:中共|关于)?(?<region>(?:XX|ＸＸ|\p{Script=Han}{2,4}?)(?:自治州|自治县|地区|省|市|州|盟|县|区|旗))(?!长)/u.exec(text)
  const region = match?.groups?.region
  if (!region || region === '自治区' || /^(?:在|全|本|我|城|各|县|市|区|省|州|党|人大|政协)/u.test(region)) return null
  return region
}

/** What a dateline says. */
export interface DatelineFacts {
  date: string | null
  year: number | null
  venue: string | null
  /** A name after the date (`（2005年1月19日 徐荣凯）`). */
  speaker: Speaker | null
}

/**
 * Read a dateline (plain text): `——2022年3月5日在第十三届全国人民代表大会第五次会议上`.
 *
 * @param plain
 *   Plain text of the dateline.
 * @returns
 *   Date (ISO), year and venue; masked years (`20XX`) give `null`.
 */
export function readDateline(plain: string): DatelineFacts {
  datePattern.lastIndex = 0
  const match = datePattern.exec(plain)
  const groups = match?.groups ?? {}
  const year = readNumber(groups.year ?? '', true)
  const month = readNumber(groups.month ?? '', false)
  const day = readNumber(groups.day ?? '', false)
  let date: string | null = null
  if (year !== null) {
    date = String(year)
    if (month !== null && month >= 1 && month <= 12) {
      date += '-' + String(month).padStart(2, '0')
      if (day !== null && day >= 1 && day <= 31) date += '-' + String(day).padStart(2, '0')
    }
  }

  const before = (match ? plain.slice(0, match.index) : plain).replace(/^[—─―-]+|[（(]$/gu, '')
  const after = (match ? plain.slice(match.index + match[0].length) : '').replace(/^[，,]|[）)]$/gu, '')
  // `——2022年3月5日在…会议上`, `在…会议上（2011年1月18日）`, `…会议上 代省长 王儒林`
  const place = /^在(?<venue>.+(?:会议|大会|会))上?(?<rest>.*)$/u.exec(after || before)
  const venue = place?.groups?.venue ?? null
  // `（2005年1月19日 徐荣凯）`, `（…会议上 代省长 王儒林）`
  const rest = place ? (place.groups?.rest ?? '') : after
  return {date, year, venue, speaker: rest === '' ? null : parseSpeaker(rest)}
}

/**
 * @param value
 *   Digits (ASCII or full-width) or Han numerals (`二〇二二`, `十二`).
 * @param digitByDigit
 *   Whether Han numerals are read digit by digit (years).
 * @returns
 *   The number, or `null` when masked or malformed.
 */
function readNumber(value: string, digitByDigit: boolean): number | null {
  if (value === '' || /[Xx×＊*]/u.test(value)) return null
  const ascii = value.replace(/[０-９]/gu, (digit) => String(digit.charCodeAt(0) - 0xff10))
  if (/^\d+$/u.test(ascii)) return Number(ascii)
  if (digitByDigit) {
    let result = 0
    for (const character of value) {
      const digit = '〇一二三四五六七八九'.indexOf(/[○零0０]/u.test(character) ? '〇' : character)
      if (digit === -1) return null
      result = result * 10 + digit
    }

    return result
  }

  return parseOrdinal(value) ?? null
}

/**
 * Read the `title:` of YAML front matter.
 *
 * @param value
 *   The front matter, fences included.
 * @returns
 *   The title, or `null`.
 */
export function frontMatterTitle(value: string): string | null {
  const match = /^title:[ \t]*(?<title>.+?)[ \t]*$/mu.exec(value)
  const title = match?.groups?.title?.replace(/^(["'])(.*)\1$/u, '$2')
  return title ? title : null
}

/**
 * @returns
 *   Metadata with nothing known.
 */
export function emptyMeta(): DocumentMeta {
  return {
    kind: 'other',
    ordinal: null,
    title: null,
    region: null,
    year: null,
    reviewYear: null,
    date: null,
    venue: null,
    speaker: null,
    salutation: null,
    tocEntry: null
  }
}

/** The parts of a document's head, as plain text. */
export interface HeadParts {
  /** The title lines joined, without a leading number. */
  title: string | null
  /** The number before the title (`2.北京市…` → 2). */
  ordinal: number | null
  dateline: string | null
  byline: string | null
  salutation: string | null
  /** The `title:` of front matter. */
  frontMatterTitle: string | null
  /** Plain text of the document's top-level headings. */
  headings: ReadonlyArray<string>
}

/**
 * Assemble a document's metadata from its head.
 *
 * @param parts
 *   What the head says.
 * @returns
 *   The metadata; fields the text does not state are `null`.
 */
export function buildMeta(parts: HeadParts): DocumentMeta {
  const meta = emptyMeta()
  const title = parts.title ?? parts.frontMatterTitle
  const facts = title === null ? undefined : readTitle(title)
  // Front matter fills in what a generic body title (`政府工作报告`) leaves out.
  const extra = parts.title !== null && parts.frontMatterTitle !== null ? readTitle(parts.frontMatterTitle) : undefined
  const dateline = parts.dateline === null ? undefined : readDateline(parts.dateline)
  const byline = parts.byline === null ? null : parseSpeaker(withoutOfficeColon(parts.byline).replace(/同志$/u, ''))

  meta.title = title
  meta.ordinal = parts.ordinal
  meta.venue = dateline?.venue ?? facts?.venue ?? null
  meta.date = dateline?.date ?? facts?.date ?? extra?.date ?? null
  meta.year = dateline?.year ?? facts?.year ?? extra?.year ?? null
  meta.speaker = byline ?? dateline?.speaker ?? facts?.speaker ?? extra?.speaker ?? null
  meta.salutation = parts.salutation === null ? null : parts.salutation.replace(/[：:]$/u, '')
  meta.kind = facts ? facts.kind : 'other'
  if (meta.kind === 'other' && extra) meta.kind = extra.kind
  if (meta.kind === 'other' && meta.venue !== null) meta.kind = kindOf(meta.venue)
  // To the people's congress, `各位代表`: the work report, unless the title
  // says it reports on a matter (`关于…预算草案的报告`) and no head of
  // government gives it (a governor's `关于…五年计划纲要的报告` is that
  // year's work report).
  const onMatter = title !== null && reportOnTitle.test(title) && !headOfGovernment.test(meta.speaker?.role ?? '')
  if (meta.kind === 'other' && !onMatter && meta.venue !== null && /人民代表大会/u.test(meta.venue) && meta.salutation === '各位代表') {
    meta.kind = 'governmentWorkReport'
  }

  meta.region =
    facts?.region ??
    extra?.region ??
    (parts.byline === null ? null : regionOf(parts.byline)) ??
    (meta.venue === null ? null : regionOf(meta.venue))
  if (meta.region === null && (/^全国/u.test(meta.venue ?? '') || /^国务院/u.test(parts.byline ?? ''))) meta.region = '全国'

  for (const heading of parts.headings) {
    const match = /(?<year>(?:19|20)\d{2})年.*回顾/u.exec(heading)
    if (match?.groups?.year) {
      meta.reviewYear = Number(match.groups.year)
      break
    }
  }

  if (meta.reviewYear === null && meta.kind === 'governmentWorkReport' && meta.year !== null) meta.reviewYear = meta.year - 1
  return meta
}

/**
 * Collect what a planned document's head says, as plain text.
 *
 * @param text
 *   The input.
 * @param blocks
 *   All blocks.
 * @param plain
 *   Plain text of every block.
 * @param plan
 *   The document.
 * @returns
 *   Its head parts.
 */
export function readHeadParts(
  text: string,
  blocks: ReadonlyArray<Block>,
  plain: PlainTexts,
  plan: DocumentPlan
): HeadParts {
  const parts: HeadParts = {
    title: null,
    ordinal: null,
    dateline: null,
    byline: null,
    salutation: null,
    frontMatterTitle: null,
    headings: []
  }
  const headings: Array<string> = []
  let title: string | undefined
  // A date after the speaker's name (`河北省省长钮茂生（2002年1月24日）`).
  let bylineDate: string | null = null

  for (let index = plan.first; index < plan.end; index++) {
    const block = blocks[index] as Block
    const role = plan.head.get(index)
    if (role === 'title') {
      let value = plain.at(index) as string
      // Only the first title block of a run can carry a number (`2.北京市…`).
      if (block.kind === 'heading' && plan.head.get(index - 1) !== 'title') {
        value = value.slice(block.marker.value.length)
        parts.ordinal = block.marker.ordinal
      }

      // `政府工作报告——1996年2月25日在…会议上`: the dateline after the title.
      const dated = splitDatedTitle(value)
      if (dated) {
        value = dated.title
        parts.dateline ??= dated.dateline
      }

      // Consecutive title blocks are one title; a repeated title later is ignored.
      if (title === undefined || plan.head.get(index - 1) === 'title') title = (title ?? '') + value
    } else if (role === 'byline') {
      const {byline, date} = splitBylineDate(plain.at(index) as string)
      parts.byline ??= byline
      bylineDate ??= date
    } else if (role === 'dateline' && parts.dateline !== null && !/年/u.test(parts.dateline)) {
      // `——在…会议上`, then `（2000年1月20日）`: the venue and its date.
      parts.dateline += plain.at(index) as string
    } else if (role) {
      parts[role] ??= plain.at(index) as string
    } else if (block.kind === 'markup' && block.markup === 'frontMatter') {
      parts.frontMatterTitle = frontMatterTitle(text.slice(block.start, block.end))
    } else if (block.kind === 'heading' && block.marker.style === 'hanComma') {
      headings.push(plain.at(index) as string)
    }
  }

  // `《政府工作报告》`: the book-title marks around a whole title are not part of it.
  parts.title = title === undefined ? null : title.replace(/^[—─―-]+/u, '').replace(/^《([^《》]+)》$/u, '$1')
  parts.headings = headings
  parts.salutation ??= gluedSalutation(blocks, plain, plan)
  // It completes a dateline that has no date (`——在…会议上`), or stands for one.
  if (bylineDate !== null && (parts.dateline === null || !/年/u.test(parts.dateline))) parts.dateline = `${parts.dateline ?? ''}（${bylineDate}）`
  return parts
}

/**
 * A salutation at the start of the document's first body paragraph, when
 * none stands on its own line (`各位代表：现在，我代表…` → `各位代表：`,
 * `各位代表，现在，…` → `各位代表`).
 *
 * @param blocks
 *   All blocks.
 * @param plain
 *   Their plain text.
 * @param plan
 *   The document's plan.
 * @returns
 *   The salutation (with its colon when it has one), or `null`.
 */
function gluedSalutation(blocks: ReadonlyArray<Block>, plain: PlainTexts, plan: DocumentPlan): string | null {
  for (let index = plan.first; index < plan.end; index++) {
    const block = blocks[index] as Block
    if (plan.head.has(index) || block.kind === 'markup') continue
    if (block.kind !== 'paragraph') return null
    return leadingSalutation.exec(plain.at(index) as string)?.[0] ?? null
  }

  return null
}
