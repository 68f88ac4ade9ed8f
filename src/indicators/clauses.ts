/**
 * Read the leaves of a sentence as clauses: for every value (a `quantity`
 * leaf that is not a date, period or ordinal), the words before it in the
 * same clause.
 *
 *   > | 国内生产总值达到114万亿元，增长8.1%。
 *       ^^^^^^^^^^^^ context of `114万亿元`
 *                            ^^ context of `8.1%` (the indicator is carried over later)
 *
 * A clause ends at `，；。：！？` (and their half-width forms); `、` does not end
 * it, so `一季度、上半年、前三季度地区生产总值分别增长` stays one context. After a
 * value, the next context starts empty: `突破2万亿元、增长7%左右` gives `、增长`.
 *
 * @module
 */

import type {PhrasingContent, QuantityNode} from '../types.js'

/** Punctuation that ends a clause. */
const boundary = /^[，；。：！？,;:!?]+$/u

/** One value with the words before it. */
export interface ValueSlot {
  /** The value. */
  quantity: QuantityNode
  /** Words since the clause start or the previous value, white space and breaks removed. */
  context: string
  /** The clause as written (Markdown markup left out), from its start up to and including the value. */
  clauseText: string
  /** Periods written in the context (`一季度`, `1-9月`), in order, else those of an earlier clause without values. */
  periods: Array<string>
  /** Years written in the context or earlier in the clause (`2021年` → 2021). */
  years: Array<number>
  /** The sentence's words before the value, white space removed. */
  before: string
  /**
   * Words right after the value up to the next punctuation, value, date or
   * marker, white space and breaks removed (`完成5000亿元固定资产投资` →
   * `固定资产投资`).
   */
  after: string
}

/**
 * Cut a sentence's (or heading's) leaves into value slots.
 *
 * @param children
 *   The inline leaves of a sentence or heading.
 * @returns
 *   One slot per value, in order.
 *
 * @example
 * ```ts
 * // leaves of `国内生产总值增长5.5%左右；`
 * readValueSlots(sentence.children)
 * // [{quantity: {value: '5.5%左右', …}, context: '国内生产总值增长', …}]
 * ```
 */
export function readValueSlots(children: ReadonlyArray<PhrasingContent>): Array<ValueSlot> {
  const slots: Array<ValueSlot> = []
  let context = ''
  let clauseText = ''
  let before = ''
  let periods: Array<string> = []
  let years: Array<number> = []
  // Periods of a clause without values carry to the next clauses:
  // `1-9月，规上工业增加值增长5%，固定资产投资增长8%`.
  let carried: Array<string> = []
  let valued = false
  // The slot whose `after` is being read, until punctuation, a value or a marker.
  let open: ValueSlot | undefined

  for (const child of children) {
    switch (child.type) {
      case 'whitespace':
      case 'break': {
        clauseText += child.value
        break
      }

      case 'markup':
      case 'boilerplate': {
        break
      }

      case 'marker': {
        // `一是`, `（一）`: a new clause.
        open = undefined
        context = ''
        clauseText = ''
        periods = []
        years = []
        before += child.value
        break
      }

      case 'punctuation': {
        open = undefined
        before += child.value
        if (boundary.test(child.value)) {
          if (!valued && periods.length > 0) carried = periods
          valued = false
          context = ''
          clauseText = ''
          periods = []
          years = []
        } else {
          context += child.value
          clauseText += child.value
        }

        break
      }

      case 'quantity': {
        open = undefined
        if (child.kind === 'date' || child.kind === 'period' || child.kind === 'ordinal') {
          if (child.kind === 'period') periods.push(child.value.replace(/\s+/gu, ''))
          const year = child.from?.year
          if (child.kind !== 'ordinal' && typeof year === 'number') years.push(year)
          context += child.value.replace(/\s+/gu, '')
          clauseText += child.value
          before += child.value
          break
        }

        clauseText += child.value
        open = {quantity: child, context, clauseText, periods: periods.length > 0 ? periods : carried, years: [...years], before, after: ''}
        slots.push(open)
        valued = true
        before += child.value
        context = ''
        periods = []
        break
      }

      default: {
        // `text`, and any leaf added by declaration merging that has a value.
        const value = 'value' in child && typeof child.value === 'string' ? child.value : ''
        const words = value.replace(/[\s\u3000]+/gu, '')
        context += words
        clauseText += value
        before += words
        if (open) open.after += words
      }
    }
  }

  return slots
}
