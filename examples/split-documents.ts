/**
 * `splitDocuments`: the documents of a compilation with their metadata,
 * without building the tree. Run: `npx tsx examples/split-documents.ts`.
 */

import {splitDocuments} from '../src/index.js'

const compilation = [
  '1.北京市政府工作报告',
  '——2022年1月6日在北京市第十五届人民代表大会第五次会议上',
  '市长 陈吉宁',
  '各位代表：',
  '一、2021年工作回顾',
  '过去一年，全市地区生产总值增长8.5%。',
  '2.天津市政府工作报告',
  '──2022年2月12日在天津市第十七届人民代表大会第六次会议上',
  '市长 廖国勋',
  '各位代表：',
  '一、过去一年工作回顾',
  '全市生产总值增长6.6%。'
].join('\n\n')

for (const {start, end, meta} of splitDocuments(compilation)) {
  console.log(start, end, meta.ordinal, meta.title, meta.date, meta.region, meta.speaker?.role, meta.speaker?.name)
}
