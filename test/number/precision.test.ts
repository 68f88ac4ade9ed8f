import {describe, expect, it} from 'vitest'
import {findQuantities} from '../../src/number/index.js'

/**
 * Sentences in the style of the corpus, each with every quantity a reader
 * would mark (exact `value`s), labelled by hand. Names, idioms, list markers
 * and slogans are deliberately mixed in.
 */
const labelled: Array<[string, string[]]> = [
  ['国内生产总值达到114万亿元，增长8.1%。', ['114万亿元', '8.1%']],
  ['粮食产量1.37万亿斤，连续7年稳定在1.3万亿斤以上。', ['1.37万亿斤', '7年', '1.3万亿斤以上']],
  ['城镇新增就业1100万人以上，城镇调查失业率5.5%以内。', ['1100万人以上', '5.5%以内']],
  ['今年赤字率拟按2.8%左右安排。', ['2.8%左右']],
  ['“十四五”开局良好，六稳六保扎实推进。', []],
  ['一是加强统筹，二是狠抓落实，三是防范风险。', []],
  ['推进“一带一路”建设，开好两会。', []],
  ['新建5G基站1.8万个，PM2.5浓度下降到30微克/立方米。', ['1.8万个', '30微克/立方米']],
  ['一季度、上半年、前三季度分别增长**.*％、**.*％、**％。', ['一季度', '上半年', '前三季度', '**.*％', '**.*％', '**％']],
  ['分别增长8%、11%左右。', ['8%', '11%左右']],
  ['回落3.1、7.9个百分点。', ['3.1', '7.9个百分点']],
  ['增长6%—6.5%，力争更好结果。', ['6%—6.5%']],
  ['实施500—5000 万元项目20余个。', ['500—5000 万元', '20余个']],
  ['由同期的 -36.06% 增至 5.37%，比计划高 0.37 个百分点。', ['-36.06%', '5.37%', '0.37 个百分点']],
  ['负增长 11.5%，（-30%）。', ['11.5%', '-30%']],
  ['抓好1000个亿元以上重大技改项目。', ['1000个', '亿元以上']],
  ['三次产业结构由32.6:32.5:34.9调整为26.9:34.0:39.1。', ['32.6:32.5:34.9', '26.9:34.0:39.1']],
  ['由一季度全省倒数第 1 提升到第 9 位。', ['一季度', '第 1', '第 9 位']],
  ['约为全国平均水平的2倍。', ['2倍']],
  ['分别增长1.7倍、54.3%和53.2%。', ['1.7倍', '54.3%', '53.2%']],
  ['突破两万亿元，五万户受益。', ['突破两万亿元', '五万户']],
  ['接近20个亿，近千亿，超过40万亿元，约3000。', ['接近20个亿', '近千亿', '超过40万亿元', '约3000']],
  ['十几万人参与，500多亿元投入。', ['十几万人', '500多亿元']],
  ['翻一番，翻两番，增长1.5倍，三成，千分之三，百分之五，三分之一。', ['翻一番', '翻两番', '1.5倍', '三成', '千分之三', '百分之五', '三分之一']],
  ['2022年3月5日在第十三届全国人民代表大会第五次会议上。', ['2022年3月5日']],
  ['1—4月，1至11月，8月23日~25日，明年5~6月份。', ['1—4月', '1至11月', '8月23日~25日', '5~6月份']],
  ['20XX 年 1 月 1 日至 20XX9 年 12 月 31 日。', ['20XX 年 1 月 1 日至 20XX9 年 12 月 31 日']],
  ['中核四〇四公司，一产、二产、三产，“保四争三”。', []],
  ['M2增长9%，5G网络覆盖，COVID-19疫情。', ['9%']],
  ['财政总收入累计完成17,176万元，完成本级任务41,165万元的41.72%。', ['17,176万元', '41,165万元', '41.72%']],
  ['全员劳动生产率力争14.5万元/人。', ['14.5万元/人']],
  ['整体提升 6.8 %，增长 7% 左右，684 平方公里。', ['6.8 %', '7% 左右', '684 平方公里']],
  ['千方百计稳就业，千万不要松懈，百姓得实惠。', []],
  // Bold, then an idiom; a number at a paragraph's end, then one.
  ['**千方百计**稳就业，百计千方。', []],
  ['踏上百年新征程，世界百年未有之大变局，百年大计。', []],
  ['里程突破5\n\n千方百计稳就业', ['突破5']],
  ['实现有研发活动规上工业企业数量翻番。', ['翻番']],
  ['居全市县区第一位，全球第1。', ['第一位', '第1']],
  ['新建*G基站***个，完成***亿元。', ['***个', '***亿元']],
  ['五个湘西，三高四新，第二个百年。', []],
  ['集中开工 2 批次 45 个项目，竣工 41 个项目。', ['2 批次', '45 个', '41 个']],
  ['坚决守住18亿亩耕地红线。', ['18亿亩']],
  ['过去五年，近5年，十年来。', ['五年', '近5年', '十年']]
]

describe('findQuantities: precision and recall on a labelled set', () => {
  it('finds the labelled quantities and little else', () => {
    let found = 0
    let expected = 0
    let matched = 0
    const misses: string[] = []
    for (const [text, gold] of labelled) {
      const values = findQuantities(text).map((quantity) => quantity.value)
      found += values.length
      expected += gold.length
      const pool = [...values]
      for (const value of gold) {
        const index = pool.indexOf(value)
        if (index === -1) misses.push(text + ' ✗ ' + value)
        else {
          matched++
          pool.splice(index, 1)
        }
      }

      for (const extra of pool) misses.push(text + ' + ' + extra)
    }

    const precision = matched / found
    const recall = matched / expected
    console.log(
      `number layer on ${labelled.length} labelled sentences: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${matched}/${found} found, ${matched}/${expected} labelled)`
    )
    if (misses.length > 0) console.log(misses.join('\n'))
    expect(precision).toBeGreaterThanOrEqual(0.95)
    expect(recall).toBeGreaterThanOrEqual(0.95)
  })
})
