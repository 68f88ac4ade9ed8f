/**
 * Helpers for the indicator tests: compact views of records.
 */

import {parseReport} from '../../src/parse/parse-report.js'
import {extractIndicators} from '../../src/indicators/extract-indicators.js'
import type {Indicator} from '../../src/indicators/types.js'

/** A record as a short row: `[normalized, key, verb, value, role, period]`. */
export type Row = [string, string | null, string | null, string, Indicator['role'], string | null]

/**
 * @param record
 *   A record.
 * @returns
 *   Its short row.
 */
export function row(record: Indicator): Row {
  return [record.indicator.normalized, record.indicator.key, record.verb, record.quantity.value, record.role, record.period]
}

/**
 * @param text
 *   Report text.
 * @returns
 *   The rows of every record.
 */
export function rows(text: string): Array<Row> {
  return extractIndicators(parseReport(text)).map(row)
}

/** Wrap body text in a review section of a 2022 report. */
export function review(body: string): string {
  return `一、2021年工作回顾\n\n${body}\n`
}

/** Wrap body text in a tasks section. */
export function tasks(body: string): string {
  return `二、2022年重点工作\n\n${body}\n`
}
