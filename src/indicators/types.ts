/**
 * Types of the indicator layer: the records `extractIndicators` and
 * `extractTargets` return. Every record is a plain JSON-ready object: no
 * cycles, no class instances, no references into the tree.
 *
 * @module
 */

import type {Position, QuantityNode, SectionLabel} from '../types.js'

/**
 * What a value is, read from where it stands and the words around it.
 *
 * - `target`: a value the text sets for the coming period (in the targets
 *   paragraph, or with `力争`, `确保`, `目标`, `控制在`, `预期`)
 * - `result`: a value the text reports as reached (review sections, `完成`,
 *   `实现`, `达到` in the past)
 * - `estimate`: a value for the closing year given as `预计` (`预计（下同）`
 *   extends to the following values of the paragraph)
 * - `plan`: a measure with a number in the tasks (`新开工改造城镇老旧小区5.6万个`)
 * - `forecast`: a projection: someone else's (`国际货币基金组织…预测`), or
 *   `预计` about the coming year in the tasks (`预计全年退税减税约2.5万亿元`)
 */
export type IndicatorRole = 'target' | 'result' | 'estimate' | 'plan' | 'forecast'

/** The phrase a value measures. */
export interface IndicatorName {
  /** The phrase as written before the verb (`全省地区生产总值`), `[1]`-style suffix added for unnamed list items. */
  text: string
  /** The phrase trimmed of scope and time words (`地区生产总值`); split lists are completed (`城镇居民人均可支配收入`). */
  normalized: string
  /** The canonical key from {@link IndicatorKey} tables (`gdp`), or `null`. */
  key: string | null
}

/** The other side of a comparison (`高于全国1.2个百分点`, `比上年提高0.5个百分点`). */
export interface Comparison {
  /** `higher` (`高于`, `快于`, `提高`, `多`) or `lower` (`低于`, `慢于`, `下降`, `少`). */
  relation: 'higher' | 'lower'
  /** What the value is compared with (`全国`, `上年`, `年初计划`). */
  reference: string
}

/** A copy of a quantity leaf's fields (without `type`), JSON-ready. */
export type QuantityRecord = Omit<QuantityNode, 'type'>

/** One value of one indicator, with where it was found. */
export interface Indicator {
  /** What the value measures. */
  indicator: IndicatorName
  /** The verb before the value (`增长`, `下降`, `达到`, `控制在`…), or `null` (`城镇新增就业1100万人`). */
  verb: string | null
  /** The value: every field of the `quantity` leaf, its `value` and `position`. */
  quantity: QuantityRecord
  /** What the value is. */
  role: IndicatorRole
  /** The year the value is about, when known. */
  year: number | null
  /** A calendar span the value is about (`一季度`, `前三季度`, `1-9月`, `全年`), or `null`. */
  period: string | null
  /** Set when the value compares with something else. */
  comparison: Comparison | null
  /** The document it was found in. */
  document: IndicatorDocument
  /** The innermost section it was found in, or `null` outside sections. */
  section: IndicatorSection | null
  /** The clause as written, from its start (or the list head's) up to and including the value. */
  clause: string
  /** The sentence it was found in. */
  sentence: IndicatorSentence
  /** Whether the sentence belongs to the paragraph with `role: 'targets'`. */
  inTargetsParagraph: boolean
  /** The quantity's position (same as `quantity.position`). */
  position: Position
}

/** The sentence a record was found in. */
export interface IndicatorSentence {
  /** Its text. */
  text: string
  /** Its position. */
  position: Position
}

/** Bounds of a range target. */
export interface TargetRange {
  /** Lower bound in percent, or `null`. */
  min: number | null
  /** Upper bound in percent, or `null`. */
  max: number | null
}

/** A document as named in a record. */
export interface IndicatorDocument {
  /** 0-based index among the tree's documents. */
  index: number
  /** The document's title, or `null`. */
  title: string | null
  /** The document's region (`北京市`), or `null` for national texts. */
  region: string | null
}

/** A section as named in a record. */
export interface IndicatorSection {
  /** The section's label, or `null` when it has none. */
  label: SectionLabel | null
  /** The heading text, white space collapsed. */
  heading: string
  /** The section's depth. */
  depth: number
}

/**
 * How firmly a GDP target is set, read from its qualifier.
 *
 * - `hard`: a floor (`以上`, `不低于`, `确保`, `突破`)
 * - `soft`: a point or band to be near (`左右`, a range `6%—6.5%`)
 * - `bare`: a number with no qualifier (`增长6.5%`)
 * - `striving`: the value itself is governed by `力争`/`争取` (`力争增长8%`)
 */
export type Firmness = 'hard' | 'soft' | 'bare' | 'striving'

/** The GDP growth target of a document. */
export interface GdpTarget {
  /** The growth rate in percent, `null` when masked or a range. */
  value: number | null
  /** The bounds when the target is a range (`6%—6.5%`), else `null`. */
  range: TargetRange | null
  /** The qualifier (`about`, `atLeast`…), or `null`. */
  qualifier: QuantityNode['qualifier']
  /** The qualifier's source text (`左右`, `以上`), or `null`. */
  qualifierText: string | null
  /** How firmly the target is set. */
  firmness: Firmness
  /** The striving clause when present (`在实际工作中争取更好结果`, `力争8%`), else `null`. */
  striving: string | null
  /** A higher rate striven for after the target (`7%以上、力争8%` → 8), else `null`. */
  stretch: number | null
  /** `true` when the digits are masked (`*.*％以上`). */
  masked: boolean
  /** The clause that sets it (`今年全省地区生产总值增长6.5%左右`). */
  text: string
  /** The quantity's position. */
  position: Position
}

/** A report that says it sets no GDP growth target. */
export interface GdpTargetAbsent {
  /** Always `true`. */
  absent: true
  /** The sentence that says so. */
  text: string
}

/**
 * A GDP growth target set against another region's growth, with no rate of
 * its own: `地区生产总值增速高于全国平均水平`, `生产总值增速高于全国平均水平1到2个百分点`,
 * `地区生产总值增长与全国保持同步`.
 */
export interface GdpTargetRelative {
  /** Always `true`. */
  relative: true
  /** `higher` (`高于`, `快于`, `略高于`), `notLower` (`不低于`) or `inLine` (`与…同步`). */
  relation: 'higher' | 'notLower' | 'inLine'
  /** What it is set against (`全国平均水平`, `全国`, `全省`). */
  reference: string
  /** The margin in percentage points when one is given (`1到2个百分点` → 1–2; one value: `min` = `max`), else `null`. */
  margin: TargetRange | null
  /** The clause that sets it. */
  text: string
  /** The clause's position. */
  position: Position
}

/** A document as named in a target summary: with its year. */
export interface TargetDocument extends IndicatorDocument {
  /** The document's year (`meta.year`). */
  year: number | null
}

/** The targets of one document. */
export interface TargetSummary {
  /** The document. */
  document: TargetDocument
  /**
   * The year the targets are for: the delivery year, or the next one for a
   * speech given from October on (an economic-work conference in December).
   */
  year: number | null
  /** The target records of the targets paragraph (or of the fallback GDP clause). */
  records: Array<Indicator>
  /**
   * The GDP growth target: a rate, `{relative: true, …}` when it is set only
   * against another region's growth (`高于全国平均水平`), `{absent: true}` when
   * the text sets none on purpose, `null` when no target is found.
   */
  gdp: GdpTarget | GdpTargetRelative | GdpTargetAbsent | null
}
