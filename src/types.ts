/**
 * Every node type of the baogao syntax tree, the options and the diagnostics.
 *
 * The tree follows [unist](https://github.com/syntax-tree/unist): every node has
 * a `type` and a `position`; parents have `children`; literals have a `value`
 * that is the exact source slice. Joining the `value`s of all literals in order
 * gives the input back, character for character.
 *
 * Node kinds that may appear inside a parent are listed in a *content map*
 * (`RootContentMap`, `DocumentContentMap`, …), so a plugin can add its own node
 * types by declaration merging:
 *
 * ```ts
 * declare module 'baogao' {
 *   interface PhrasingContentMap { footnoteRef: FootnoteRef }
 * }
 * ```
 *
 * @module
 */

import type {Node as UnistNode, Position} from 'unist'
import type {Quantity as FoundQuantity} from './number/types.js'

export type {Point, Position} from 'unist'

// ---------------------------------------------------------------------------
// Diagnostics and options

/** How serious a diagnostic is. */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A doubtful spot in the text: the parser went on, and says what it decided.
 *
 * @example
 * ```ts
 * const d: Diagnostic = {
 *   reason: 'Unexpected ordinal `2` after `2` in `（二）` headings',
 *   ruleId: 'heading-order',
 *   source: 'baogao',
 *   severity: 'warning',
 *   place: {start: {line: 3, column: 1, offset: 20}, end: {line: 3, column: 4, offset: 23}}
 * }
 * ```
 */
export interface Diagnostic {
  /** What happened, in one sentence, quoting the text. */
  reason: string
  /** Stable name of the rule that reported it (`heading-order`, `heading-skip`…). */
  ruleId: string
  /** Always `'baogao'`. */
  source: 'baogao'
  /** How serious it is. */
  severity: Severity
  /** Where it is. */
  place: Position
}

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /** Called once per diagnostic, in document order, as it is reported. */
  onMessage?: ((message: Diagnostic) => void) | undefined
}

// ---------------------------------------------------------------------------
// Base shapes

/** Any node: a unist node with a required position. */
export interface Node extends UnistNode {
  position: Position
}

/** A leaf: its `value` is the exact source slice. */
export interface Literal extends Node {
  /** The exact source slice. */
  value: string
}

/** A node with children. */
export interface Parent extends Node {
  /** Child nodes, in document order, covering the parent's span exactly. */
  children: Array<Node>
}

// ---------------------------------------------------------------------------
// Content maps

/** Nodes allowed in {@link Root}. */
export interface RootContentMap {
  /** A `document` node ({@link Document}). */
  document: Document
  /** A `paragraph` node ({@link Paragraph}): the preamble of a compilation, before its 目录. */
  paragraph: Paragraph
  /** A `toc` node ({@link Toc}). */
  toc: Toc
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `boilerplate` node ({@link Boilerplate}). */
  boilerplate: Boilerplate
  /** A `markup` node ({@link Markup}). */
  markup: Markup
}

/** Nodes allowed in {@link Document}, before and between sections. */
export interface DocumentContentMap {
  /** A `title` node ({@link Title}). */
  title: Title
  /** A `dateline` node ({@link Dateline}). */
  dateline: Dateline
  /** A `byline` node ({@link Byline}). */
  byline: Byline
  /** A `salutation` node ({@link Salutation}). */
  salutation: Salutation
  /** A `section` node ({@link Section}). */
  section: Section
  /** A `paragraph` node ({@link Paragraph}). */
  paragraph: Paragraph
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `boilerplate` node ({@link Boilerplate}). */
  boilerplate: Boilerplate
  /** A `markup` node ({@link Markup}). */
  markup: Markup
}

/** Nodes allowed in {@link Section}: its heading first, then the body. */
export interface SectionContentMap {
  /** A `heading` node ({@link Heading}). */
  heading: Heading
  /** A `section` node ({@link Section}). */
  section: Section
  /** A `paragraph` node ({@link Paragraph}). */
  paragraph: Paragraph
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `boilerplate` node ({@link Boilerplate}). */
  boilerplate: Boilerplate
  /** A `markup` node ({@link Markup}). */
  markup: Markup
}

/** Nodes allowed in {@link Paragraph}. */
export interface ParagraphContentMap {
  /** A `sentence` node ({@link Sentence}). */
  sentence: Sentence
  /** A `item` node ({@link Item}). */
  item: Item
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `break` node ({@link Break}). */
  break: Break
  /** A `markup` node ({@link Markup}). */
  markup: Markup
  /** A `boilerplate` node ({@link Boilerplate}). */
  boilerplate: Boilerplate
}

/** Nodes allowed in {@link Item}. */
export interface ItemContentMap {
  /** A `sentence` node ({@link Sentence}). */
  sentence: Sentence
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `break` node ({@link Break}). */
  break: Break
  /** A `markup` node ({@link Markup}). */
  markup: Markup
}

/** Inline nodes: the leaves of sentences, headings and metadata lines. */
export interface PhrasingContentMap {
  /** A `text` node ({@link Text}). */
  text: Text
  /** A `quantity` node ({@link QuantityNode}). */
  quantity: QuantityNode
  /** A `punctuation` node ({@link Punctuation}). */
  punctuation: Punctuation
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `break` node ({@link Break}). */
  break: Break
  /** A `markup` node ({@link Markup}). */
  markup: Markup
  /** A `marker` node ({@link Marker}). */
  marker: Marker
  /** A `boilerplate` node ({@link Boilerplate}). */
  boilerplate: Boilerplate
}

/** Nodes allowed in {@link Toc}. */
export interface TocContentMap {
  /** A `tocEntry` node ({@link TocEntry}). */
  tocEntry: TocEntry
  /** A `heading` node ({@link Heading}). */
  heading: Heading
  /** A `paragraph` node ({@link Paragraph}). */
  paragraph: Paragraph
  /** A `whitespace` node ({@link Whitespace}). */
  whitespace: Whitespace
  /** A `markup` node ({@link Markup}). */
  markup: Markup
}

/** Any node allowed in {@link Root}. */
export type RootContent = RootContentMap[keyof RootContentMap]
/** Any node allowed in {@link Document}. */
export type DocumentContent = DocumentContentMap[keyof DocumentContentMap]
/** Any node allowed in {@link Section}. */
export type SectionContent = SectionContentMap[keyof SectionContentMap]
/** Any node allowed in {@link Paragraph}. */
export type ParagraphContent = ParagraphContentMap[keyof ParagraphContentMap]
/** Any node allowed in {@link Item}. */
export type ItemContent = ItemContentMap[keyof ItemContentMap]
/** Any inline node. */
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]
/** Any node allowed in {@link Toc}. */
export type TocContent = TocContentMap[keyof TocContentMap]

// ---------------------------------------------------------------------------
// Parents

/** The whole input. */
export interface Root extends Parent {
  type: 'root'
  /** Child nodes, in document order. */
  children: Array<RootContent>
  data: RootData
}

/** Data on the root: what the parser reported. */
export interface RootData {
  /** Diagnostics in document order. */
  messages: Array<Diagnostic>
}

/** A 目录: the list of documents at the head of a compilation. */
export interface Toc extends Parent {
  type: 'toc'
  /** Child nodes, in document order. */
  children: Array<TocContent>
}

/** One 目录 line (or lines, when an entry is broken). */
export interface TocEntry extends Parent {
  type: 'tocEntry'
  /** The number before the title (`37.` → 37), or `null`. */
  ordinal: number | null
  /** The title without leaders, page number and breaks. */
  title: string
  /** The page number, or `null`. */
  page: number | null
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/**
 * What kind of text a document is.
 *
 * - `governmentWorkReport`: 政府工作报告
 * - `economicWorkSpeech`: a speech at an economic-work conference (经济工作会议)
 * - `analysisSpeech`: a speech at an economic-situation analysis meeting (经济运行/形势分析会)
 * - `other`: anything else, or not stated
 */
export type DocumentKind = 'governmentWorkReport' | 'economicWorkSpeech' | 'analysisSpeech' | 'other'

/** A speaker as the byline gives it. */
export interface Speaker {
  /** Name with inner spaces removed (`龙 晓华` → `龙晓华`), or `null` when only an office or body is named. */
  name: string | null
  /** Office (`市长`, `国务院总理`), or `null`. */
  role: string | null
}

/** Metadata of a document: `null` where the text does not say. */
export interface DocumentMeta {
  /** Report or speech. */
  kind: DocumentKind
  /** The number of the document in its compilation (`2.北京市…` → 2). */
  ordinal: number | null
  /** The cleaned title. */
  title: string | null
  /** The region the document is about (`北京市`), `null` for national texts or unknown. */
  region: string | null
  /** The year the document plans for (its delivery year). */
  year: number | null
  /** The year the document reviews (the year before, for a government work report). */
  reviewYear: number | null
  /** The date it was delivered, ISO `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`). */
  date: string | null
  /** Where it was delivered (`第十三届全国人民代表大会第五次会议`). */
  venue: string | null
  /** Who delivered it. */
  speaker: Speaker | null
  /** The salutation (`各位代表`, `同志们`). */
  salutation: string | null
  /** The 目录 entry that names this document, when the compilation has one. */
  tocEntry: TocEntryInfo | null
}

/** A 目录 entry as linked from a document (a copy, so the tree stays a tree). */
export interface TocEntryInfo {
  /** Index of the entry in its `toc` (0-based). */
  index: number
  /** The entry's number (`37.` → 37), or `null`. */
  ordinal: number | null
  /** The entry's title. */
  title: string
  /** The entry's page, or `null`. */
  page: number | null
}

/** One report or speech. */
export interface Document extends Parent {
  type: 'document'
  /** What the document says of itself (title, date, speaker…). */
  meta: DocumentMeta
  /** Child nodes, in document order. */
  children: Array<DocumentContent>
}

/** The title line(s) of a document. */
export interface Title extends Parent {
  type: 'title'
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/** The date and venue line (`——2022年1月6日在…会议上`). */
export interface Dateline extends Parent {
  type: 'dateline'
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/** The speaker line (`市长 陈吉宁`). */
export interface Byline extends Parent {
  type: 'byline'
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/** The salutation line (`各位代表：`). */
export interface Salutation extends Parent {
  type: 'salutation'
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/** What a section is about; `notes` is the glossary after a report (`名词解释`), with all its subsections. */
export type SectionLabel =
  | 'review'
  | 'targets'
  | 'tasks'
  | 'situation'
  | 'problems'
  | 'requirements'
  | 'government'
  | 'notes'
  | 'other'

/**
 * A heading and everything under it up to the next heading of the same or a
 * higher level.
 *
 * `label`, `confidence` and `cues` are set by the section classifier; they are
 * absent when it has not run.
 */
export interface Section extends Parent {
  type: 'section'
  /** 1 for the top level of a document, up to 5 (deeper headings are kept at 5). */
  depth: number
  /** What the section is about. */
  label?: SectionLabel
  /** Confidence of `label`, in [0, 1]. */
  confidence?: number
  /** The cue words or rules that decided `label`. */
  cues?: Array<string>
  /** Other labels whose content the section also holds (`tasks` holding `targets`). */
  alsoContains?: Array<SectionLabel>
  /** Child nodes, in document order. */
  children: Array<SectionContent>
}

/**
 * The family of a heading or item marker.
 *
 * | style | samples |
 * | --- | --- |
 * | `hanComma` | `一、` |
 * | `hanParen` | `（一）`, `(一)`, `(二)、` |
 * | `arabic` | `1.`, `1、`, `1．` |
 * | `arabicParen` | `（1）`, `(1)`, `⑴` |
 * | `circled` | `①` |
 * | `part` | `第一部分`, `第一章`, `第一篇` |
 * | `ordinalWord` | `第一，`, `第一个问题：` |
 * | `shi` | `一是` |
 * | `yao` | `一要` |
 * | `sequence` | `首先，`, `其次，`, `最后，` |
 * | `dash` | `——` |
 * | `notes` | `名词解释`, `名词解释和说明：`, `注释` (a line of its own: the glossary after a report) |
 */
export type MarkerStyle =
  | 'hanComma'
  | 'hanParen'
  | 'arabic'
  | 'arabicParen'
  | 'circled'
  | 'part'
  | 'ordinalWord'
  | 'shi'
  | 'yao'
  | 'sequence'
  | 'dash'
  | 'notes'

/** A marker as read: its family, its number and its source text. */
export interface MarkerInfo {
  /** The family. */
  style: MarkerStyle
  /** The number it gives (`（三）` → 3, `最后，` → `null`). */
  ordinal: number | null
  /** The exact source text (`（一）`). */
  value: string
}

/** A heading line, or the lead sentence of a paragraph that opens a section. */
export interface Heading extends Parent {
  type: 'heading'
  /** Same as the section's depth. */
  depth: number
  /** The marker that opens it, or `null` for headings without one. */
  marker: MarkerInfo | null
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

/** The role a paragraph plays, when one is known. */
export type ParagraphRole = 'targets'

/** A paragraph: sentences, with soft line breaks kept as `break` leaves. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  /** `'targets'` on the paragraph that states the year's targets. */
  role?: ParagraphRole
  /** Child nodes, in document order. */
  children: Array<ParagraphContent>
}

/**
 * One item of an inline enumeration (`一是…。二是…。`): the sentences from its
 * marker up to the next marker of the same family.
 */
export interface Item extends Parent {
  type: 'item'
  /** The marker that opens it. */
  marker: MarkerInfo
  /** Child nodes, in document order. */
  children: Array<ItemContent>
}

/** A sentence, ending at `。！？；` or `……` with its closing quotes and brackets. */
export interface Sentence extends Parent {
  type: 'sentence'
  /** Child nodes, in document order. */
  children: Array<PhrasingContent>
}

// ---------------------------------------------------------------------------
// Literals

/** Words: any run of characters that is not one of the other leaves. */
export interface Text extends Literal {
  type: 'text'
}

/** Spaces, tabs, `\u3000`, no-break spaces and line endings between blocks. */
export interface Whitespace extends Literal {
  type: 'whitespace'
}

/** Punctuation marks (`，`, `。`, `——`, `“`…). */
export interface Punctuation extends Literal {
  type: 'punctuation'
}

/**
 * A line break inside a paragraph or heading that the text was broken at by
 * export (PDF page ends, Word line wraps), with any blank lines and
 * indentation around it. Reading the paragraph means skipping it.
 */
export interface Break extends Literal {
  type: 'break'
}

/** Markdown syntax from web corpora: `**`, `## `, YAML front matter. */
export interface Markup extends Literal {
  type: 'markup'
  /** Which construct: `strong` (`**`), `atxHeading` (`## `), `frontMatter`, `htmlComment` (`<!-- … -->` on its own line). */
  kind: 'strong' | 'atxHeading' | 'frontMatter' | 'htmlComment'
}

/** A heading or item marker (`一、`, `（一）`, `一是`). */
export interface Marker extends Literal, MarkerInfo {
  type: 'marker'
}

/** What a boilerplate node is. */
export type BoilerplateKind = 'footer' | 'pageNumber' | 'header' | 'footnote' | 'watermark' | 'note'

/** Text that is not part of the document's content: kept, marked. */
export interface Boilerplate extends Literal {
  type: 'boilerplate'
  /** What kind of boilerplate it is. */
  kind: BoilerplateKind
}

/**
 * A quantity: `value` is the exact source slice (`5.5%左右`, `1100万人以上`),
 * the other fields are what it means (see {@link FoundQuantity} in
 * `baogao/number`; offsets there are replaced by `position` here).
 */
export interface QuantityNode extends Literal, Omit<FoundQuantity, 'value' | 'start' | 'end'> {
  type: 'quantity'
}

// ---------------------------------------------------------------------------
// Unions

/** Any parent node of the tree. */
export type ParentNode =
  | Root
  | Toc
  | TocEntry
  | Document
  | Title
  | Dateline
  | Byline
  | Salutation
  | Section
  | Heading
  | Paragraph
  | Item
  | Sentence

/** Any literal node of the tree. */
export type LiteralNode = Text | Whitespace | Punctuation | Break | Markup | Marker | Boilerplate | QuantityNode

/** Any node of the tree. */
export type AnyNode = ParentNode | LiteralNode
