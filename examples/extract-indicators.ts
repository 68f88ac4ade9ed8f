/**
 * `extractIndicators`: every value with its indicator, verb and role.
 * Run: `npx tsx examples/extract-indicators.ts`.
 */

import {extractIndicators, parseReport} from '../src/index.js'

const text = '一、2021年工作回顾\n\n国内生产总值达到114万亿元，增长8.1%。城乡居民人均可支配收入分别增长8%、11%左右。\n\n二、2022年主要预期目标\n\n今年发展主要预期目标是：国内生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内。'

for (const record of extractIndicators(parseReport(text))) {
  console.log(record.role, record.indicator.normalized, record.indicator.key, record.verb, record.quantity.value, record.quantity.amount)
}
