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

import type {QuantityListInfo} from '../number/types.js'
import type {PhrasingContent, QuantityNode} from '../types.js'

/** Punctuation that ends a clause. */
const boundary = /^[，；。：！？,;:!?]+$/u

/** One value with the words before it. */
export interface ValueSlot {
  /** The value. */
  quantity: QuantityNode
  /**
   * The value's list, cut short before an item that is an attribute: in
   * `产业园区1个、超过500亿元的5个`, `1个` is a value of its own, not the first of two.
   */
  list: QuantityListInfo | null
  /** Words since the clause start or the previous value, white space and breaks removed. */
  context: string
  /**
   * A bound that describes the noun the context names, with the words before
   * it, when one stands between the previous value and this one
   * (`财政收入超过100亿元` of `财政收入超过100亿元的市达到7个`, whose context is
   * `的市达到`); else empty.
   */
  attribute: string
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
  let attribute = ''
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

  for (const [index, child] of children.entries()) {
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
        attribute = ''
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
          attribute = ''
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
        if (isAttribute(children, index)) {
          // `超亿元、超千万元的企业`: bounds before it in its list describe the noun
          // too; `产业园区1个、超过500亿元的5个`, `新增100户以上、超过10亿元的`: a
          // value before it (of another unit) is one of its own.
          const earlier = child.list ? listBefore(slots, child.list) : []
          if (earlier.length > 0 && earlier.every((slot) => isBound(slot.quantity) && slot.quantity.unit === child.unit)) {
            slots.length -= earlier.length
            attribute = earlier.map((slot) => slot.attribute + slot.context + slot.quantity.value.replace(/\s+/gu, '')).join('') + attribute
          } else {
            for (const slot of earlier) slot.list = earlier.length === 1 || !slot.list ? null : {...slot.list, length: earlier.length}
          }

          attribute += context + child.value.replace(/\s+/gu, '')
          context = ''
          clauseText += child.value
          before += child.value
          break
        }

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
        open = {quantity: child, list: child.list, context, attribute, clauseText, periods: periods.length > 0 ? periods : carried, years: [...years], before, after: ''}
        slots.push(open)
        valued = true
        before += child.value
        context = ''
        attribute = ''
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

/**
 * The slots of the items before `item` in its list.
 *
 * @param slots
 *   The slots so far.
 * @param item
 *   List info of a later item.
 * @returns
 *   The slots of its list's earlier items, in order (fewer when some were no values).
 */
function listBefore(slots: ReadonlyArray<ValueSlot>, item: QuantityListInfo): Array<ValueSlot> {
  let from = slots.length
  while (from > 0 && from > slots.length - item.index) {
    const list = slots[from - 1]?.list
    if (!list || list.length !== item.length || list.index >= item.index) break
    from--
  }

  return slots.slice(from)
}

/** Qualifiers that make a bound (`超亿元`, `5000万元以上`, `不足百人`). */
const bounds = new Set(['atLeast', 'above', 'exceed', 'atMost', 'below'])

/**
 * Whether the quantity at `index` is a bound that describes the noun after
 * it, not a value (`年销售收入超亿元的龙头企业达150家`, `投资5000万元以上的项目`):
 * an amount or count with a bound, followed by `的` and a noun other than
 * one that names the value itself (`完成投资1.1万亿元以上的目标` states a
 * value). It and the words before it become the next value's `attribute`.
 * Percentages are left out: `实现6%以上的增长` states a value.
 *
 * @param children
 *   The leaves.
 * @param index
 *   Index of a quantity leaf.
 * @returns
 *   Whether it is an attribute.
 */
function isAttribute(children: ReadonlyArray<PhrasingContent>, index: number): boolean {
  if (!isBound(children[index] as QuantityNode)) return false
  const next = children[index + 1]
  return next !== undefined && next.type === 'text' && next.value.startsWith('的') && !statedValue.test(next.value)
}

/**
 * @param quantity
 *   A quantity leaf.
 * @returns
 *   Whether it is an amount or count with a bound (`超亿元`, `5000万元以上`).
 */
function isBound(quantity: QuantityNode): boolean {
  return quantity.kind === 'number' && quantity.qualifier !== null && bounds.has(quantity.qualifier)
}

/** After `的`, nouns that make the value the one stated (`1.1万亿元以上的目标`, `…的规模`). */
const statedValue = /^的(?:预期)?(?:目标|任务|水平|规模|增长|增速|速度|幅度|计划|要求|总量|额度)/u
