/**
 * Types of the number layer. Self-contained: nothing here imports the tree.
 *
 * @module
 */

/**
 * What a quantity measures.
 *
 * - `number`: a count or amount (`114万亿元`, `1100万人`, `五万户`)
 * - `percent`: a percentage (`5.5%`, `百分之五`, `三成` → 30)
 * - `percentagePoint`: a difference of percentages (`2个百分点`)
 * - `range`: two bounds (`6%—6.5%`, `500—5000万元`); see `rangeKind`
 * - `multiple`: a factor (`1.5倍`, `翻一番` → 2)
 * - `fraction`: a ratio written as a fraction (`三分之一`, `千分之三`)
 * - `ordinal`: a rank or place (`第9位`, `第*`)
 * - `date`: a calendar date or year (`2022年3月5日`, `2021年`)
 * - `period`: a span of the calendar (`1—4月`, `前三季度`, `一季度`)
 */
export type QuantityKind =
  | 'number'
  | 'percent'
  | 'percentagePoint'
  | 'range'
  | 'multiple'
  | 'fraction'
  | 'ordinal'
  | 'date'
  | 'period'

/**
 * How a written value is hedged.
 *
 * - `about`: `左右`, `约`, `大约`, `上下`
 * - `atLeast`: `以上`, `不低于`, `不少于`, `至少`
 * - `atMost`: `以下`, `不超过`, `不高于`, `最多`
 * - `above`: `超过`, `多于`, `高于` (strictly more)
 * - `below`: `不到`, `低于`, `不足` (strictly less)
 * - `within`: `以内`, `之内`, `控制在…以内`, and `之间` after a range (`6%-7%之间`)
 * - `exceed`: `突破`
 * - `near`: `近`, `接近`, `将近`
 */
export type Qualifier =
  | 'about'
  | 'atLeast'
  | 'atMost'
  | 'above'
  | 'below'
  | 'within'
  | 'exceed'
  | 'near'

/**
 * One quantity found in running text by `findQuantities`.
 *
 * `value` is the exact source slice `text.slice(start, end)`; every other field
 * is meaning read from it.
 */
export interface Quantity {
  /** Exact source slice, e.g. `5.5%左右`, `1100万人以上`, `**.*％`. */
  value: string
  /** UTF-16 offset of the first character in the searched text. */
  start: number
  /** UTF-16 offset after the last character in the searched text. */
  end: number
  /** What the quantity measures. */
  kind: QuantityKind
  /**
   * The full value: `1100万人` → 11000000, `1.37万亿斤` → 1.37e12, `5.5%` → 5.5,
   * `-18.7%` → -18.7, `翻一番` → 2. For ranges, the midpoint is not invented:
   * `amount` is `null` and `min`/`max` hold the bounds. `null` when masked or
   * when only bounds are known (`十几万`).
   */
  amount: number | null
  /** The number as written before its scale: `1100万` → 1100. `null` if masked. */
  coefficient: number | null
  /** The scale word's factor: `万` → 1e4, `亿` → 1e8, `万亿` → 1e12; 1 if none. */
  scale: number
  /** Lower bound for ranges and vague values (`十几万` → 110000, `500多亿` → 5e10). */
  min: number | null
  /** Upper bound for ranges and vague values (`十几万` → 190000); `null` if open. */
  max: number | null
  /** Unit without the scale: `%`, `个百分点`, `元`, `人`, `斤`, `倍`, `万元/人`…; `null` if none. */
  unit: string | null
  /** The hedge on the value, if any. */
  qualifier: Qualifier | null
  /** The source text of the qualifier (`左右`, `以上`, `力争`…), or `null`. */
  qualifierText: string | null
  /** `true` when digits are anonymised (`*`, `X`, `x`, `＊`). */
  masked: boolean
  /** `true` for vague or hedged values (`多`, `余`, `几`, `约`, `左右`, `近`). */
  approximate: boolean
  /**
   * Set when the quantity is one item of a list sharing a verb, unit or
   * qualifier (`分别增长8%、11%左右`): its index (0-based), the list length and
   * whether the qualifier was written once for the whole list.
   */
  list: QuantityListInfo | null
  /**
   * For `kind: 'range'` only: what both bounds measure (`6%—6.5%` → `percent`,
   * `上涨2—5倍` → `multiple`, `500—5000万元` → `number`). `min` and `max` are
   * in that kind's terms (percent numbers for `percent`); `unit` and `scale`
   * are the upper bound's, which the lower bound shares when it has none.
   */
  rangeKind?: RangeKind
  /**
   * For `kind: 'date'` and `kind: 'period'` only: the first calendar point
   * (`2022年3月5日` → `{year: 2022, quarter: null, month: 3, day: 5}`,
   * `前三季度` → quarter 1). For a date, `from` and `to` are equal.
   */
  from?: CalendarPoint
  /** For `kind: 'date'` and `kind: 'period'` only: the last calendar point (`前三季度` → quarter 3). */
  to?: CalendarPoint
  /**
   * For ratios written with colons only (`32.6:32.5:34.9`): the terms in order.
   * Such a quantity has `kind: 'number'`, `unit: ':'` and `amount: null`.
   */
  ratio?: number[]
  /**
   * Set when the sign comes from a word outside `value`: `负增长 11.5%` has
   * `value: '11.5%'`, `amount: -11.5` and `signText: '负增长'`. A sign written
   * next to the digits (`-18.7%`, `负3%`) is part of `value` and has no
   * `signText`.
   */
  signText?: string
  /**
   * For `kind: 'ordinal'` only: `true` when the rank counts from the last
   * place (`倒数第 1` → `value: '第 1'`, `amount: 1`, `fromLast: true`). Like
   * `signText`, the word `倒数` stays outside `value`.
   */
  fromLast?: boolean
}

/** Inner kind of a range: what its bounds measure. */
export type RangeKind = Exclude<QuantityKind, 'range' | 'date' | 'period'>

/**
 * A point on the calendar, as precise as written; unknown or masked parts are
 * `null` (`20XX 年 1 月 1 日` → `{year: null, quarter: null, month: 1, day: 1}`).
 */
export interface CalendarPoint {
  /** Year (`2022`). */
  year: number | null
  /** Quarter 1–4 (`一季度` → 1). */
  quarter: number | null
  /** Month 1–12. */
  month: number | null
  /** Day of the month 1–31. */
  day: number | null
}

/** Position of a quantity in a `、`/`和`-joined list of values. */
export interface QuantityListInfo {
  /** 0-based index in the list. */
  index: number
  /** Number of items in the list. */
  length: number
  /** `true` when `qualifier` was written once after the last item and applies to all. */
  sharedQualifier: boolean
  /** `true` when `unit` was written once after the last item (`3.1、7.9个百分点`). */
  sharedUnit: boolean
}
