/**
 * `baogao/number`: Chinese numerals and quantities on their own.
 * Run: `npx tsx examples/number.ts`.
 */

import {findQuantities, parseChineseNumber} from '../src/number/index.js'

for (const numeral of ['三千二百亿', '一万五千亿', '二〇二二', '百分之五点五', '三分之一', '1.37万亿', '十四五']) {
  console.log(numeral, parseChineseNumber(numeral))
}

for (const quantity of findQuantities('城镇新增就业1100万人以上，回落3.1、7.9个百分点，增长6%—6.5%，实现“十四五”良好开局，增长**.*％')) {
  console.log(quantity.value, quantity.kind, quantity.amount, quantity.unit, quantity.qualifier, quantity.masked)
}
