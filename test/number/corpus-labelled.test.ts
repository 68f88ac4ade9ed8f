import process from 'node:process'
import {describe, expect, it} from 'vitest'
import {findQuantities} from '../../src/number/index.js'
import type {Quantity} from '../../src/number/index.js'
import {corpusLabelled, type Gold} from './corpus-labelled.js'

/**
 * Thresholds: the measured values rounded down to 2 decimals, so that a
 * regression fails. Raise them when the finder gets better.
 *
 * Measured on 148 clauses, 204 labelled quantities. Before the fixes made with
 * this set: 194/203 found correct, value+kind+amount precision 0.956 and
 * recall 0.951 (span-only the same). After: 203/203 correct, precision 1.000,
 * recall 0.995 (the one miss is `一家` in `…和一家猪皮加工厂`, a single Han
 * digit with a classifier, left out on purpose to keep `一家人`, `一个` out).
 * The after-figures are measured on the set the fixes were made from, so they
 * are optimistic; only general rules were added (see the number tests).
 */
const minimum = {precision: 0.99, recall: 0.99, spanPrecision: 0.99, spanRecall: 0.99}

/** Whether two amounts agree (both null, or equal to 1e-9 relative). */
function sameAmount(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Whether a found quantity matches a label in slice, kind and amount. */
function full(quantity: Quantity, gold: Gold): boolean {
  return quantity.value === gold[0] && quantity.kind === gold[1] && sameAmount(quantity.amount, gold[2])
}

/** Whether a found quantity matches a label in slice only. */
function span(quantity: Quantity, gold: Gold): boolean {
  return quantity.value === gold[0]
}

/**
 * Match found quantities to labels one to one (greedy, in order).
 *
 * @returns
 *   Matched count, and the found and labelled items left over.
 */
function match(found: Quantity[], gold: Gold[], same: (quantity: Quantity, gold: Gold) => boolean) {
  const pool = [...gold]
  const extra: Quantity[] = []
  let matched = 0
  for (const quantity of found) {
    const index = pool.findIndex((item) => same(quantity, item))
    if (index === -1) extra.push(quantity)
    else {
      matched++
      pool.splice(index, 1)
    }
  }

  return {matched, extra, missed: pool}
}

/** Show a quantity as `value kind amount`. */
function show(item: Quantity | Gold): string {
  const [value, kind, amount] = Array.isArray(item) ? item : [item.value, item.kind, item.amount]
  return JSON.stringify(value) + ' ' + kind + ' ' + String(amount)
}

describe('findQuantities: independent precision/recall on labelled corpus clauses', () => {
  it('meets the measured precision and recall', () => {
    let found = 0
    let labelled = 0
    let matched = 0
    let spanMatched = 0
    const misses: string[] = []

    for (const clause of corpusLabelled) {
      const quantities = findQuantities(clause.text)
      found += quantities.length
      labelled += clause.gold.length
      const strict = match(quantities, clause.gold, full)
      const loose = match(quantities, clause.gold, span)
      matched += strict.matched
      spanMatched += loose.matched
      if (strict.extra.length > 0 || strict.missed.length > 0) {
        misses.push(
          clause.file + ':' + clause.line + ' ' + clause.text,
          ...strict.missed.map((item) => '  - missed ' + show(item)),
          ...strict.extra.map((item) => '  + found  ' + show(item))
        )
      }
    }

    const precision = matched / found
    const recall = matched / labelled
    const spanPrecision = spanMatched / found
    const spanRecall = spanMatched / labelled
    console.log(
      `number layer on ${corpusLabelled.length} corpus clauses (${labelled} labelled, ${found} found): ` +
        `value+kind+amount precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}; ` +
        `span-only precision ${spanPrecision.toFixed(3)} recall ${spanRecall.toFixed(3)}`
    )
    if (process.env.BAOGAO_SHOW_MISSES === '1') console.log(misses.join('\n'))

    expect(precision).toBeGreaterThanOrEqual(minimum.precision)
    expect(recall).toBeGreaterThanOrEqual(minimum.recall)
    expect(spanPrecision).toBeGreaterThanOrEqual(minimum.spanPrecision)
    expect(spanRecall).toBeGreaterThanOrEqual(minimum.spanRecall)
  })
})
