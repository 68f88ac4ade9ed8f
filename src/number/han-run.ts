/**
 * The extent of a Han numeral in running text (`十几万人` → `十几万`).
 *
 * The run is cut where a numeral character starts a unit instead (`千米`,
 * `百分点`, `十分重要`), so the composer sees only what can be a numeral.
 *
 * @module
 */

import {scanArabic} from './arabic.js'
import {ARABIC, BIG_UNIT, HAN_DIGIT, JI, POINT, SMALL_UNIT, TENS, charClass} from './chars.js'

const SHU = 0x6570 // 数, as in 数十万
const FEN = 0x5206 // 分
const ZHI = 0x4e4b // 之
const QIAN = 0x5343 // 千
/** After `千`, these make a unit, not a scale: 千米, 千克, 千瓦, 千伏, 千卡, 千帕, 千兆. */
const afterQian = new Set([...'米克瓦伏卡帕兆焦赫'].map((c) => c.charCodeAt(0)))

/**
 * Find the end of a run of Han numeral characters (plus Arabic digits after a
 * big unit, as in `3万4000`).
 *
 *   > | 十几万人
 *       ^^^^ stops before 人
 *   > | 3千米
 *        stops before 千米 (a unit); 百分点 and 十分 likewise stop before 百/十
 *
 * @param text
 *   Text.
 * @param start
 *   Offset.
 * @returns
 *   Offset after the run (`start` if there is none).
 * @example
 *   scanHanRun('十几万人', 0) // 3
 */
export function scanHanRun(text: string, start: number): number {
  let index = start
  if (text.charCodeAt(start) === SHU) {
    const next = charClass[text.charCodeAt(start + 1)]
    if (next !== SMALL_UNIT && next !== BIG_UNIT) return start
    index++
  }

  while (index < text.length) {
    const code = text.charCodeAt(index)
    const klass = charClass[code]
    const next = text.charCodeAt(index + 1)

    if (klass === HAN_DIGIT || klass === TENS) {
      index++
    } else if (klass === SMALL_UNIT) {
      if (code === QIAN && afterQian.has(next)) break
      if (next === FEN) {
        // `三分之一` (denominator 十/百/千 kept) versus `百分点`, `十分重要`.
        if (text.charCodeAt(index + 2) === ZHI) index++
        break
      }

      index++
    } else if (klass === BIG_UNIT) {
      if (index === start) break
      index++
    } else if (klass === JI) {
      // `十几`, `几十`: 几 only next to a unit.
      const before = index > start ? charClass[text.charCodeAt(index - 1)] : 0
      const after = charClass[next]
      if (before !== SMALL_UNIT && after !== SMALL_UNIT && after !== BIG_UNIT) break
      index++
    } else if (klass === POINT) {
      if (index === start || charClass[next] !== HAN_DIGIT || next === 0x4e24) break
      index++
    } else if (klass === ARABIC && index > start && charClass[text.charCodeAt(index - 1)] === BIG_UNIT) {
      const arabic = scanArabic(text, index)
      if (!arabic || arabic.decimal) break
      index = arabic.end
    } else {
      break
    }
  }

  return index
}
