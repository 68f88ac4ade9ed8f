/**
 * Scales, qualifiers and separators, as data.
 *
 * Each row has a sample; add a row to extend what `findQuantities` reads.
 * Units live in `units.ts`, numeric-looking names in `names.ts`.
 *
 * @module
 */

import {createBackwardMatcher, createMatcher} from './matcher.js'
import type {Qualifier} from './types.js'

/** A scale word after an Arabic number. */
export interface ScaleEntry {
  /** Written form. */
  readonly text: string
  /** Power of ten. */
  readonly exp: number
  /** A sample. */
  readonly sample: string
}

/**
 * Scale words after Arabic numerals (Han numerals carry their own: `五万`).
 * Compound scales (`千万`) are one scale: `5千万` is coefficient 5, scale 1e7.
 */
export const scales: readonly ScaleEntry[] = [
  {text: '万亿', exp: 12, sample: '1.37万亿斤'},
  {text: '千亿', exp: 11, sample: '3千亿元'},
  {text: '百亿', exp: 10, sample: '5百亿'},
  {text: '十亿', exp: 9, sample: '2十亿'},
  {text: '亿', exp: 8, sample: '9.53亿元'},
  {text: '億', exp: 8, sample: '3億'},
  {text: '千万', exp: 7, sample: '5千万元'},
  {text: '百万', exp: 6, sample: '3百万'},
  {text: '十万', exp: 5, sample: '2十万'},
  {text: '万', exp: 4, sample: '1100万人'},
  {text: '萬', exp: 4, sample: '5萬'},
  // Not where a unit starts with them (`500千伏`, `3千米`, `0.5百分点`).
  {text: '千', exp: 3, sample: '3千家'},
  {text: '百', exp: 2, sample: '3百人'}
]

/** A qualifier (hedge) written before or after a value. */
export interface QualifierEntry {
  /** Written form. */
  readonly text: string
  /** What it means. */
  readonly qualifier: Qualifier
  /** Whether it makes the value approximate (`约`, `左右`, `近`). */
  readonly approximate: boolean
  /**
   * For prefixes: characters that, right before the entry, make it part of
   * another word (`节约`, `最近`). For suffixes: characters that, right after,
   * do (`上下游`).
   */
  readonly notNear?: string
  /**
   * For prefixes: the value must start with one of these characters right
   * after the entry (`上千万元`, but not `以上5项`, `迈上3个台阶`).
   */
  readonly onlyBefore?: string
  /** For suffixes: the entry follows a range only (`6%-7%之间`). */
  readonly rangeOnly?: boolean
  /** A sample. */
  readonly sample: string
}

/** Qualifiers written before the number. */
export const prefixQualifiers: readonly QualifierEntry[] = [
  {text: '约', qualifier: 'about', approximate: true, notNear: '节制签履特预集契合条公规违守隐失婚赴相邀缔誓租', sample: '约3000'},
  {text: '大约', qualifier: 'about', approximate: true, sample: '大约5%'},
  {text: '近', qualifier: 'near', approximate: true, notNear: '最附靠临就贴亲晚邻新', sample: '近千亿'},
  {text: '接近', qualifier: 'near', approximate: true, sample: '接近20个亿'},
  {text: '将近', qualifier: 'near', approximate: true, sample: '将近一半'},
  {text: '逼近', qualifier: 'near', approximate: true, sample: '逼近3万亿'},
  {text: '超过', qualifier: 'above', approximate: false, sample: '超过40万亿元'},
  {text: '超', qualifier: 'above', approximate: false, notNear: '赶高', sample: '超3000亿元'},
  {text: '逾', qualifier: 'above', approximate: false, sample: '逾千亿'},
  {text: '上', qualifier: 'atLeast', approximate: true, notNear: '迈攀跃登走踏冲站爬跨赶以向之线网马北', onlyBefore: '百千万亿', sample: '上千万元'},
  {text: '多于', qualifier: 'above', approximate: false, sample: '多于5个'},
  {text: '高于', qualifier: 'above', approximate: false, sample: '高于5%'},
  {text: '大于', qualifier: 'above', approximate: false, sample: '大于3'},
  {text: '不到', qualifier: 'below', approximate: false, sample: '不到 20%'},
  {text: '不足', qualifier: 'below', approximate: false, sample: '不足1%'},
  {text: '不满', qualifier: 'below', approximate: false, sample: '不满18周岁'},
  {text: '低于', qualifier: 'below', approximate: false, sample: '低于3%'},
  {text: '少于', qualifier: 'below', approximate: false, sample: '少于10天'},
  {text: '小于', qualifier: 'below', approximate: false, sample: '小于1'},
  {text: '不低于', qualifier: 'atLeast', approximate: false, sample: '不低于5%'},
  {text: '不少于', qualifier: 'atLeast', approximate: false, sample: '不少于30天'},
  {text: '至少', qualifier: 'atLeast', approximate: false, sample: '至少3个'},
  {text: '不超过', qualifier: 'atMost', approximate: false, sample: '不超过3%'},
  {text: '不高于', qualifier: 'atMost', approximate: false, sample: '不高于3%'},
  {text: '不多于', qualifier: 'atMost', approximate: false, sample: '不多于5个'},
  {text: '最多', qualifier: 'atMost', approximate: false, sample: '最多3次'},
  {text: '突破', qualifier: 'exceed', approximate: false, sample: '突破两万亿元'}
]

/** Qualifiers written after the number and its unit. */
export const suffixQualifiers: readonly QualifierEntry[] = [
  {text: '左右', qualifier: 'about', approximate: true, sample: '5.5%左右'},
  {text: '上下', qualifier: 'about', approximate: true, notNear: '游级班', sample: '7%上下'},
  {text: '以上', qualifier: 'atLeast', approximate: false, sample: '1100万人以上'},
  {text: '以下', qualifier: 'atMost', approximate: false, sample: '3%以下'},
  {text: '以内', qualifier: 'within', approximate: false, sample: '5.5%以内'},
  {text: '之内', qualifier: 'within', approximate: false, sample: '3%之内'},
  {text: '之间', qualifier: 'within', approximate: false, rangeOnly: true, sample: '6%-7%之间'}
]

/** A separator between two values. */
export interface SeparatorEntry {
  /** Written form. */
  readonly text: string
  /** A sample. */
  readonly sample: string
}

/** Separators between the bounds of a range. */
export const rangeSeparators: readonly SeparatorEntry[] = [
  {text: '—', sample: '6%—6.5%'},
  {text: '——', sample: '6%——7%'},
  {text: '–', sample: '3–5倍'},
  {text: '-', sample: '3%-5%'},
  {text: '－', sample: '3%－5%'},
  {text: '~', sample: '5~6月份'},
  {text: '～', sample: '6%～7%'},
  {text: '〜', sample: '6%〜7%'},
  {text: '至', sample: '4.5%至5%'},
  {text: '到', sample: '3到5年'}
]

/** Separators between the items of a list. */
export const listSeparators: readonly SeparatorEntry[] = [
  {text: '、', sample: '3.1、7.9个百分点'},
  {text: '和', sample: '54.3%和53.2%'},
  {text: '及', sample: '5%及8%'},
  {text: '与', sample: '5%与8%'},
  {text: '以及', sample: '5%以及8%'}
]

/** Longest scale at an offset. */
export const matchScale = createMatcher(scales)
/** Longest prefix qualifier ending at an offset. */
export const matchPrefixQualifier = createBackwardMatcher(prefixQualifiers)
/** Longest suffix qualifier at an offset. */
export const matchSuffixQualifier = createMatcher(suffixQualifiers)
/** Longest range separator at an offset. */
export const matchRangeSeparator = createMatcher(rangeSeparators)
/** Longest list separator at an offset. */
export const matchListSeparator = createMatcher(listSeparators)
