/**
 * Indicator names: trim scope words into a normalized phrase, find the
 * canonical key, and split a list of names that shares one verb and a list
 * of values (`城镇、农村常住居民人均可支配收入分别增长8%、10%左右`).
 *
 * @module
 */

import {listJoin, measureSuffix, scopePrefix} from './cues.js'
import {indicatorKeys, resolveIndicatorKey, type IndicatorKey} from './indicator-keys.js'
import type {IndicatorName} from './types.js'

/** A unit head shared by a list: `单位地区生产总值能耗、二氧化碳排放量` → both per unit of GDP. */
const unitHead = /^单位(?:国内生产总值|地区生产总值|生产总值|GDP)/u

/**
 * Words that fuse two names and split into them, in order, for a list of two
 * values: `城乡居民人均可支配收入` → `城镇…`, `农村…`; `存贷款余额` → `存款余额`,
 * `贷款余额`.
 */
const fusedPairs: ReadonlyArray<readonly [string, string, string]> = [
  ['城乡', '城镇', '农村'],
  ['存贷款', '存款', '贷款']
]

/** Longest name part that is completed from the last part (`城镇` of `城镇、农村居民…`). */
const shortPart = 4

/**
 * Name an indicator phrase: trim scope and time words, find its key.
 *
 * @param text
 *   The phrase as written (`全省地区生产总值`).
 * @param keys
 *   The key table.
 * @returns
 *   `{text, normalized, key}`.
 *
 * @example
 * ```ts
 * nameIndicator('今年全省地区生产总值') // {text: '今年全省地区生产总值', normalized: '地区生产总值', key: 'gdp'}
 * ```
 */
export function nameIndicator(text: string, keys?: ReadonlyArray<IndicatorKey>): IndicatorName {
  const scoped = text.replace(scopePrefix, '')
  let normalized = scoped
  // A trailing measure word is dropped unless it is the whole phrase.
  for (let trimmed = normalized.replace(measureSuffix, ''); trimmed.length > 0 && trimmed !== normalized; trimmed = normalized.replace(measureSuffix, '')) {
    normalized = trimmed
  }

  normalized = normalized.replace(/^的/u, '')
  const key = normalized ? resolveIndicatorKey(normalized, keys) : null
  if (key === null && scoped !== normalized) {
    // `经济增速`, `人口自然增长率`: the measure word is part of the name, when
    // what is left is bare `经济` or the phrase is a name of the table
    // (`县域经济增速`, `民营经济总量` stay without a key).
    const whole = scoped.replace(/^的/u, '')
    const named = normalized === '经济' || (keys ?? indicatorKeys).some((entry) => entry.patterns.includes(whole))
    const wholeKey = named ? resolveIndicatorKey(whole, keys) : null
    if (wholeKey !== null) return {text, normalized: whole, key: wholeKey}
  }

  return {text, normalized, key}
}

/** Words that pair in a list after one shared phrase: `收入和支出`, `出口和进口`, `存款和贷款`. */
const counterparts: Readonly<Record<string, string>> = {
  收入: '支出',
  支出: '收入',
  出口: '进口',
  进口: '出口',
  存款: '贷款',
  贷款: '存款'
}

/**
 * A name that is complete on its own: it ends in what it measures
 * (`死亡人数`, `毛入园率`, `销售收入`, `固定资产投资`, `发电量`, `播种面积`, not the
 * substance `化学需氧量`), so a list part like it takes nothing from the last
 * part (`死亡人数、受伤人数、直接经济损失` are three names).
 */
const completeName = /(?:率|(?:产|销|总|存|用|电|运|排放|周转|吞吐)量|额|值|面积|人数|户数|起数|收入|支出|投资|能耗|比重|比例|指数)$/u

/** A measure of the output of things, shared by a list of them: `产量`, `排放量`, `消费量`. */
const outputMeasure = /(?:总?产|销售?|排放|消费)量$/u

/** A Latin-script name at the start of a part: `PM2.5`, `GDP`, `CPI`. */
const latinHead = /^[A-Za-z][A-Za-z0-9.]*/u

/** A Latin-script name at the end of a part: `市州PM10`. */
const latinTail = /[A-Za-z][A-Za-z0-9.]*$/u

/**
 * Where the words a short list part shares with the last part begin in the
 * last, when the last has the part's final word: a two-character word
 * anywhere after its start (`机电产品`, `高新技术产品出口` → after `产品`:
 * `出口`), one character near its start (`城镇居民`, `农牧民人均可支配收入` →
 * after `民`: `人均可支配收入`), but not as its first character (`氨氮`,
 * `氮氧化物排放量`: two names that only touch).
 *
 * @param part
 *   A short part (`城镇居民`), scope words trimmed.
 * @param last
 *   The list's last part, which holds the shared words.
 * @returns
 *   Offset in `last` where the shared words begin, or `-1`.
 */
function sharedStart(part: string, last: string): number {
  for (let size = Math.min(part.length - 1, 2); size > 0; size--) {
    const at = last.indexOf(part.slice(-size))
    if (at > 0 && (size > 1 || at + size <= part.length + 1) && at + size < last.length - 1) return at + size
  }

  return -1
}

/**
 * Where the shared words begin in the last part when it opens with a name
 * of its own: a pattern of the key table (`氮氧化物排放量`, `化学需氧量排放量`
 * → `排放量`) or a Latin-script name (`PM2.5浓度` → `浓度`), the longest, with
 * at least two characters after it that do not open another name (`外贸出口`
 * is one name).
 *
 * @param last
 *   The list's last part.
 * @param keys
 *   The key table.
 * @returns
 *   Offset in `last` where the shared words begin, or `-1`.
 */
function namedHeadEnd(last: string, keys: ReadonlyArray<IndicatorKey>): number {
  let best = latinHead.exec(last)?.[0].length ?? -1
  for (const entry of keys) {
    for (const pattern of entry.patterns) {
      if (typeof pattern === 'string' && pattern.length > best && pattern.length > 1 && last.startsWith(pattern)) best = pattern.length
    }
  }

  if (best <= 0 || best >= last.length - 1) return -1
  // `外贸出口`: a name after the name makes one compound name, not a name and shared words.
  const rest = last.slice(best)
  return someName(keys, (name) => rest.startsWith(name)) ? -1 : best
}

/**
 * Whether a list part ends in a name of the key table or a Latin-script name
 * (`二氧化硫`, `市州PM10`): then it is parallel to a last part that opens with
 * one, and takes the words after that name (`氨氮`, `氮氧化物排放量` →
 * `氨氮排放量`), not as many characters as it has.
 *
 * @param part
 *   A list part, scope words trimmed.
 * @param keys
 *   The key table.
 * @returns
 *   Whether it ends in a name.
 */
function endsInName(part: string, keys: ReadonlyArray<IndicatorKey>): boolean {
  return latinTail.test(part) || someName(keys, (name) => part.endsWith(name))
}

/**
 * @param keys
 *   The key table.
 * @param test
 *   Check on one string pattern of two or more characters.
 * @returns
 *   Whether a pattern passes.
 */
function someName(keys: ReadonlyArray<IndicatorKey>, test: (name: string) => boolean): boolean {
  return keys.some((entry) => entry.patterns.some((pattern) => typeof pattern === 'string' && pattern.length > 1 && test(pattern)))
}

/**
 * Name the items of a list of values that share one indicator phrase.
 *
 * @param text
 *   The phrase as written (`城镇、农村常住居民人均可支配收入`, `城乡居民人均可支配收入`).
 * @param length
 *   How many values the list has.
 * @param keys
 *   The key table.
 * @returns
 *   One name per value: the split parts when the phrase lists as many names
 *   (completed from the others: `城镇、农村常住居民…`, `一般公共预算收入和支出` →
 *   `一般公共预算支出`, `氨氮、氮氧化物排放量` → `氨氮排放量`; a part that
 *   names what it measures, `死亡人数`, is complete), `城镇…`/`农村…` for `城乡…`
 *   and `存款…`/`贷款…` for `存贷款…` with two values, else the
 *   phrase with `[1]`, `[2]`… suffixes.
 *
 * @example
 * ```ts
 * nameList('城乡居民人均可支配收入', 2).map((name) => name.normalized)
 * // ['城镇居民人均可支配收入', '农村居民人均可支配收入']
 * ```
 */
export function nameList(text: string, length: number, keys?: ReadonlyArray<IndicatorKey>): Array<IndicatorName> {
  let parts = text.split('、').filter((part) => part.length > 0)
  if (parts.length !== length) parts = text.split(listJoin).filter((part) => part.length > 0)
  if (parts.length === length && length > 1) {
    const last = parts[parts.length - 1] ?? ''
    const head = unitHead.exec(parts[0] ?? '')?.[0]
    const first = parts[0] ?? ''
    // `本外币存款和贷款余额`: counterparts with the words before the first and
    // after the second shared (`本外币存款余额`, `本外币贷款余额`).
    const opposite = length === 2 ? counterparts[first.slice(-2)] : undefined
    if (opposite && last.length > opposite.length && last.startsWith(opposite) && first.length > 2) {
      const before = first.slice(0, -2)
      const after = last.slice(opposite.length)
      return parts.map((part, index) => ({...nameIndicator(index === 0 ? part + after : before + part, keys), text: part}))
    }

    const table = keys ?? indicatorKeys
    const named = namedHeadEnd(last, table)
    const measure = outputMeasure.exec(last)?.[0]
    return parts.map((part, index) => {
      let full = part
      // `全区城镇居民`: the scope words do not count towards a part's length
      // when the last part shares the part's final word.
      const bare = part.replace(scopePrefix, '')
      const open = index < parts.length - 1 && !completeName.test(bare)
      const shared = open && bare.length > 1 && bare.length <= shortPart ? sharedStart(bare, last) : -1
      if (shared !== -1) {
        full = part + last.slice(shared)
      } else if (open && named !== -1 && endsInName(bare, table)) {
        full = part + last.slice(named)
      } else if (open && bare.length > 1 && measure !== undefined && last.length > measure.length && last.length - measure.length !== part.length) {
        // `原煤、原油、天然气产量`, `水泥、平板玻璃产量`: things whose output is
        // counted share the measure, not the last thing's end (`原煤气产量`).
        full = part + measure
      } else if (open && part.length <= shortPart && last.length > part.length + 1) {
        full = part + last.slice(part.length)
      } else if (index > 0 && first.length > part.length && first.endsWith(counterparts[part] ?? '\0')) {
        // `一般公共预算收入和支出`: the second shares the first's words before its counterpart.
        full = first.slice(0, first.length - part.length) + part
      } else if (index > 0 && head && !part.startsWith('单位')) {
        full = head + part
      }

      const name = nameIndicator(full, keys)
      return {...name, text: part}
    })
  }

  const whole = nameIndicator(text, keys)
  for (const [fused, ...sides] of length === 2 ? fusedPairs : []) {
    const at = whole.normalized.indexOf(fused)
    if (at === -1) continue
    return sides.map((side) => {
      const normalized = whole.normalized.slice(0, at) + side + whole.normalized.slice(at + fused.length)
      return {text, normalized, key: resolveIndicatorKey(normalized, keys) ?? whole.key}
    })
  }

  return Array.from({length}, (_, index) => ({
    text: `${text}[${String(index + 1)}]`,
    normalized: `${whole.normalized}[${String(index + 1)}]`,
    key: whole.key
  }))
}
