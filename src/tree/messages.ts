/**
 * Collecting diagnostics while a tree is built.
 *
 * @module
 */

import type {Diagnostic, Severity} from '../types.js'
import type {LocationIndex} from './location.js'

/** Report of one doubtful spot, with offsets instead of a position. */
export type Report = (
  reason: string,
  ruleId: string,
  start: number,
  end: number,
  severity?: Severity
) => void

/**
 * Make a `Report` function that turns offsets into diagnostics and keeps them
 * in `messages` (the orchestrator sorts them and calls listeners).
 *
 * @param index
 *   Location index of the input.
 * @param messages
 *   Array that receives the diagnostics.
 * @returns
 *   The report function.
 */
export function createReporter(index: LocationIndex, messages: Array<Diagnostic>): Report {
  return function (reason, ruleId, start, end, severity = 'warning') {
    const message: Diagnostic = {
      reason,
      ruleId,
      source: 'baogao',
      severity,
      place: index.position(start, end)
    }
    messages.push(message)
  }
}
