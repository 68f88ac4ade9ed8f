/**
 * What the worker sends the page: not the tree (cloning a 1.6 MB report's tree
 * between threads takes longer than parsing it), but what the page shows,
 * with UTF-16 offsets into `text`.
 */

import {extractTargets, parseReport, toCsv, toString} from '../../../src/index.js'
import type {Diagnostic, Document, Indicator, Root, Section, SectionLabel, TargetSummary} from '../../../src/index.js'
import type {QuantityKind} from '../../../src/number/index.js'
import {findNames, type NameSpan} from './names.js'

/** A section in the outline. */
export interface SectionView {
  /** The heading, white space collapsed. */
  heading: string
  /** Depth, 1 to 5. */
  depth: number
  /** The label, or `null`. */
  label: SectionLabel | null
  /** Confidence of the label. */
  confidence: number | null
  /** Cues that decided the label. */
  cues: Array<string>
  /** Other labels held inside. */
  alsoContains: Array<SectionLabel>
  /** Offset of the heading. */
  start: number
  /** Offset after the heading. */
  headingEnd: number
  /** Subsections. */
  children: Array<SectionView>
}

/** A row of a targets table. */
export interface TargetRow {
  /** Indicator as normalised (`国内生产总值`). */
  indicator: string
  /** Canonical key (`gdp`), or `null`. */
  key: string | null
  /** The value as written (`5.5%左右`). */
  source: string
  /** The value (`5.5`), a range (`6–6.5`), or `masked`. */
  value: string
  /** The unit (`%`, `人`), or empty. */
  unit: string
  /** The qualifier as written (`左右`), or empty. */
  qualifierText: string
  /** The qualifier (`about`), or empty. */
  qualifier: string
  /** `hard`, `soft`, `bare`, `striving` for the GDP target, else empty. */
  firmness: string
  /** The record's role (`target`). */
  role: string
  /** Offset of the value. */
  start: number
  /** Offset after the value. */
  end: number
}

/** One document. */
export interface DocumentView {
  /** 0-based index. */
  index: number
  /** Title, or `null`. */
  title: string | null
  /** Kind (`governmentWorkReport`…). */
  kind: string
  /** Date (`2022-03-05`), or `null`. */
  date: string | null
  /** Speaker (`国务院总理 李克强`), or `null`. */
  speaker: string | null
  /** Region, or `null`. */
  region: string | null
  /** Year, or `null`. */
  year: number | null
  /** Offset of the document. */
  start: number
  /** Top-level sections. */
  sections: Array<SectionView>
  /** Rows of its targets table. */
  targets: Array<TargetRow>
  /** The GDP growth target in a few words (`5.5% 左右 (soft)`), or `null`. */
  gdp: string | null
  /** Its target records as CSV (`toCsv`). */
  csv: string
}

/** A quantity leaf: its offsets, kind and the fields to show. */
export interface QuantityView {
  /** Offset of the quantity. */
  start: number
  /** Offset after it. */
  end: number
  /** Its kind. */
  kind: QuantityKind
  /** Whether its digits are masked. */
  masked: boolean
  /** Its parsed fields (no `type`, `value`, `position`), for the tooltip. */
  fields: Record<string, unknown>
}

/** A diagnostic with offsets. */
export interface DiagnosticView {
  /** What happened. */
  reason: string
  /** The rule. */
  ruleId: string
  /** Severity. */
  severity: string
  /** Line (1-based). */
  line: number
  /** Column (1-based). */
  column: number
  /** Offset of the place. */
  start: number
  /** Offset after it. */
  end: number
  /** `decode` for mojibake found while decoding, `parse` otherwise. */
  from: 'decode' | 'parse'
}

/** Everything the page shows. */
export interface Model {
  /** The text. */
  text: string
  /** The encoding, when read from a file. */
  encoding: string | null
  /** The documents. */
  documents: Array<DocumentView>
  /** The quantities, in text order. */
  quantities: Array<QuantityView>
  /** Known numeric-looking names outside quantities, in text order. */
  names: Array<NameSpan>
  /** Diagnostics, in text order. */
  diagnostics: Array<DiagnosticView>
  /** All target records as one CSV. */
  csv: string
  /** Milliseconds spent parsing and extracting. */
  timings: {parse: number; extract: number}
}

/**
 * Parse `text` and build what the page shows.
 *
 * @param text
 *   The text.
 * @param encoding
 *   The encoding it was decoded from, if any.
 * @param decodeMessages
 *   Diagnostics of `decodeText`.
 * @param onStage
 *   Called when a stage starts.
 * @returns
 *   The model.
 */
export function buildModel(
  text: string,
  encoding: string | null,
  decodeMessages: ReadonlyArray<Diagnostic>,
  onStage: (stage: 'parsing' | 'extracting') => void
): Model {
  onStage('parsing')
  let time = performance.now()
  const tree = parseReport(text)
  const parse = performance.now() - time

  onStage('extracting')
  time = performance.now()
  const summaries = extractTargets(tree)
  const quantities: Array<QuantityView> = []
  collectQuantities(tree, quantities)
  const documents: Array<DocumentView> = []
  for (const child of tree.children) {
    if (child.type === 'document') documents.push(documentView(child, documents.length, summaries))
  }

  const names = withoutOverlaps(findNames(text), quantities)
  const diagnostics = [
    ...decodeMessages.map((message) => diagnosticView(message, 'decode')),
    ...tree.data.messages.map((message) => diagnosticView(message, 'parse'))
  ].sort((a, b) => a.start - b.start)
  const csv = toCsv(summaries.flatMap((summary) => summary.records))
  const extract = performance.now() - time

  return {text, encoding, documents, quantities, names, diagnostics, csv, timings: {parse, extract}}
}

/**
 * @param node
 *   A node of the tree.
 * @param into
 *   Where quantities go.
 */
function collectQuantities(node: Root, into: Array<QuantityView>): void {
  const stack: Array<unknown> = [node]
  // Depth-first, children pushed in reverse so quantities come out in text order.
  while (stack.length > 0) {
    const current = stack.pop() as {type: string; children?: Array<unknown>}
    if (current.type === 'quantity') {
      const {type, value, position, ...fields} = current as unknown as {type: string; value: string; position: Root['position']} & Record<string, unknown>
      into.push({
        start: position.start.offset ?? 0,
        end: position.end.offset ?? 0,
        kind: fields['kind'] as QuantityKind,
        masked: fields['masked'] === true,
        fields: {value, ...fields}
      })
    } else if (current.children) {
      for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index])
    }
  }
}

/**
 * @param document
 *   A document node.
 * @param index
 *   Its index among documents.
 * @param summaries
 *   Targets of all documents.
 * @returns
 *   Its view.
 */
function documentView(document: Document, index: number, summaries: ReadonlyArray<TargetSummary>): DocumentView {
  const {meta} = document
  const summary = summaries.find((candidate) => candidate.document.index === index)
  const gdp = summary?.gdp ?? null
  const speaker = meta.speaker ? [meta.speaker.role, meta.speaker.name].filter(Boolean).join(' ') : null
  return {
    index,
    title: meta.title,
    kind: meta.kind,
    date: meta.date,
    speaker,
    region: meta.region,
    year: meta.year,
    start: document.position.start.offset ?? 0,
    sections: document.children.filter((child): child is Section => child.type === 'section').map(sectionView),
    targets: (summary?.records ?? []).map((record) => targetRow(record, summary)),
    gdp: gdp === null ? null : 'absent' in gdp ? `none set: ${gdp.text}` : 'relative' in gdp ? `set against ${gdp.reference}: ${gdp.text}` : `${gdp.masked ? '*' : gdp.range ? `${gdp.range.min ?? ''}–${gdp.range.max ?? ''}` : String(gdp.value)}% ${gdp.qualifierText ?? ''} (${gdp.firmness})`.replace(/ {2,}/g, ' '),
    csv: summary ? toCsv(summary.records) : ''
  }
}

/**
 * @param section
 *   A section node.
 * @returns
 *   Its view, with its subsections.
 */
function sectionView(section: Section): SectionView {
  const heading = section.children[0]
  return {
    heading: heading ? toString(heading).replace(/\s+/g, ' ').trim() : '',
    depth: section.depth,
    label: section.label ?? null,
    confidence: section.confidence ?? null,
    cues: section.cues ?? [],
    alsoContains: section.alsoContains ?? [],
    start: section.position.start.offset ?? 0,
    headingEnd: heading?.position.end.offset ?? section.position.start.offset ?? 0,
    children: section.children.filter((child): child is Section => child.type === 'section').map(sectionView)
  }
}

/**
 * @param record
 *   A target record.
 * @param summary
 *   Its document's summary.
 * @returns
 *   A table row.
 */
function targetRow(record: Indicator, summary: TargetSummary | undefined): TargetRow {
  const {quantity} = record
  const gdp = summary?.gdp
  const isGdpTarget =
    gdp !== null && gdp !== undefined && 'firmness' in gdp && gdp.position.start.offset === quantity.position.start.offset
  let value: string
  if (quantity.masked) value = 'masked'
  else if (quantity.kind === 'range') value = `${formatNumber(quantity.min)}–${formatNumber(quantity.max)}`
  else value = formatNumber(quantity.amount)
  return {
    indicator: record.indicator.normalized,
    key: record.indicator.key,
    source: quantity.value,
    value,
    unit: quantity.unit ?? '',
    qualifierText: quantity.qualifierText ?? '',
    qualifier: quantity.qualifier ?? '',
    firmness: isGdpTarget ? gdp.firmness : '',
    role: record.role,
    start: quantity.position.start.offset ?? 0,
    end: quantity.position.end.offset ?? 0
  }
}

/**
 * @param value
 *   A number or `null`.
 * @returns
 *   It for a table: `11000000` → `11000000`, `null` → empty.
 */
function formatNumber(value: number | null): string {
  return value === null ? '' : String(value)
}

/**
 * @param message
 *   A diagnostic.
 * @param from
 *   Which step reported it.
 * @returns
 *   Its view.
 */
function diagnosticView(message: Diagnostic, from: 'decode' | 'parse'): DiagnosticView {
  const {start, end} = message.place
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    severity: message.severity,
    line: start.line,
    column: start.column,
    start: start.offset ?? 0,
    end: Math.max(end.offset ?? 0, (start.offset ?? 0) + 1),
    from
  }
}

/**
 * @param names
 *   Names in text order.
 * @param quantities
 *   Quantities in text order.
 * @returns
 *   The names that overlap no quantity.
 */
function withoutOverlaps(names: Array<NameSpan>, quantities: ReadonlyArray<QuantityView>): Array<NameSpan> {
  let index = 0
  return names.filter((name) => {
    while (index < quantities.length && quantities[index]!.end <= name.start) index++
    const next = quantities[index]
    return !next || next.start >= name.end
  })
}
