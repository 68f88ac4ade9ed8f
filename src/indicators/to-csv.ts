/**
 * `toCsv`: indicator records as RFC 4180 CSV, one row per record.
 *
 * @module
 */

import type {Indicator} from './types.js'

/** One CSV column: its header and how to read it from a record. */
interface Column {
  /** Header text. */
  header: string
  /** The cell of a record. */
  read: (record: Indicator) => string | number | boolean | null
}

/** The columns, in order. */
const columns: ReadonlyArray<Column> = [
  {header: 'document', read: (record) => record.document.title},
  {header: 'region', read: (record) => record.document.region},
  {header: 'year', read: (record) => record.year},
  {header: 'section', read: (record) => record.section?.label ?? null},
  {header: 'role', read: (record) => record.role},
  {header: 'indicator', read: (record) => record.indicator.normalized},
  {header: 'key', read: (record) => record.indicator.key},
  {header: 'period', read: (record) => record.period},
  {header: 'verb', read: (record) => record.verb},
  {header: 'value', read: (record) => record.quantity.value},
  {header: 'amount', read: (record) => record.quantity.amount},
  {header: 'min', read: (record) => record.quantity.min},
  {header: 'max', read: (record) => record.quantity.max},
  {header: 'unit', read: (record) => record.quantity.unit},
  {header: 'qualifier', read: (record) => record.quantity.qualifier},
  {header: 'qualifierText', read: (record) => record.quantity.qualifierText},
  {header: 'masked', read: (record) => record.quantity.masked},
  {header: 'sentenceOffset', read: (record) => record.sentence.position.start.offset ?? null}
]

/** A cell that must be quoted: a comma, a quote, a line ending, or white space at an edge. */
const needsQuotes = /[",\r\n]|^\s|\s$/u

/**
 * Write indicator records as CSV (RFC 4180): a header row, then one row per
 * record, fields quoted when they hold a comma, a quote or a line ending
 * (quotes doubled), rows ended by CRLF. `null` is an empty cell.
 *
 * Columns: `document`, `region`, `year`, `section`, `role`, `indicator`
 * (normalized), `key`, `period`, `verb`, `value` (the source text), `amount`,
 * `min`, `max`, `unit`, `qualifier`, `qualifierText`, `masked`,
 * `sentenceOffset`.
 *
 * @param records
 *   Records from `extractIndicators` (or `extractTargets(…)[i].records`).
 * @returns
 *   The CSV text.
 *
 * @example
 * ```ts
 * import {extractIndicators, parseReport, toCsv} from 'baogao'
 *
 * const csv = toCsv(extractIndicators(parseReport('二、2022年工作安排\n\n今年主要预期目标是：地区生产总值增长6%左右。')))
 * csv.split('\r\n')[1] // ',,,tasks,target,地区生产总值,gdp,,增长,6%左右,6,,,%,about,左右,false,…'
 * ```
 */
export function toCsv(records: ReadonlyArray<Indicator>): string {
  const rows = [columns.map((column) => cell(column.header))]
  for (const record of records) rows.push(columns.map((column) => cell(column.read(record))))
  return rows.map((row) => row.join(',') + '\r\n').join('')
}

/**
 * @param value
 *   A cell value.
 * @returns
 *   The cell as CSV text.
 */
function cell(value: string | number | boolean | null): string {
  if (value === null) return ''
  const text = String(value)
  return needsQuotes.test(text) ? `"${text.replace(/"/gu, '""')}"` : text
}
