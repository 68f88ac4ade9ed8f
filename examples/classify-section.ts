/**
 * `classifySection`: label a heading. Run: `npx tsx examples/classify-section.ts`.
 */

import {classifySection} from '../src/index.js'

for (const heading of ['一、2021年工作回顾', '二、2022年经济社会发展总体要求和政策取向', '三、2022年政府工作任务', '辩证看待经济运行中的困难和问题']) {
  const {label, confidence, cues} = classifySection(heading)
  console.log(heading, label, confidence.toFixed(2), cues.join(' '))
}
