/**
 * Canonical indicators: a data table users can extend.
 *
 * A normalized indicator phrase gets the key of the entry with the longest
 * matching pattern (ties: the earlier entry). String aliases are looked up in
 * the phrase's *subject* only, the part before `占` or `相当于`
 * (`数字经济核心产业增加值占地区生产总值比重` is not GDP); regular expressions
 * are tried on the whole phrase, so an entry can claim a share or ratio
 * explicitly (`研发经费支出相当于全市生产总值的比例`).
 *
 * @module
 */

/** One canonical indicator. */
export interface IndicatorKey {
  /** Stable key (`gdp`). */
  key: string
  /** What it measures, in English. */
  description: string
  /** Substrings (looked up in the subject) or regular expressions (on the whole phrase). */
  patterns: ReadonlyArray<string | RegExp>
  /** A real phrase from a report that gets this key. */
  sample: string
}

/**
 * The built-in table. Copy and extend it, then pass it to `extractIndicators`
 * in `options.keys`.
 *
 * @example
 * ```ts
 * import {indicatorKeys, type IndicatorKey} from 'baogao'
 *
 * const keys: IndicatorKey[] = [
 *   ...indicatorKeys,
 *   {key: 'pm25', description: 'PM2.5 concentration', patterns: ['PM2.5', '细颗粒物'], sample: 'PM2.5平均浓度'}
 * ]
 * ```
 */
export const indicatorKeys: ReadonlyArray<IndicatorKey> = [
  {
    key: 'gdp',
    description: 'Gross domestic (regional) product, level or growth',
    patterns: ['国内生产总值', '地区生产总值', '生产总值', 'GDP', '经济增长', '经济增速', '经济总量', '经济增长速度', '国民经济'],
    sample: '全省地区生产总值'
  },
  {
    key: 'cpi',
    description: 'Consumer price index',
    patterns: ['居民消费价格', 'CPI', '消费价格总水平', '物价总水平', '物价涨幅'],
    sample: '居民消费价格涨幅'
  },
  {key: 'newUrbanJobs', description: 'New urban jobs', patterns: ['城镇新增就业', '新增城镇就业', '城镇新就业'], sample: '城镇新增就业'},
  {
    key: 'urbanUnemployment',
    description: 'Urban surveyed or registered unemployment rate',
    patterns: ['城镇调查失业率', '城镇登记失业率', '调查失业率', '登记失业率', '失业率'],
    sample: '城镇调查失业率'
  },
  {
    key: 'generalBudgetRevenue',
    description: 'General public budget revenue (local or total), fiscal revenue',
    patterns: ['一般公共预算收入', '一般公共预算总收入', '地方一般公共预算收入', '地方财政收入', '地方级财政收入', '财政收入', '地方财政一般预算收入', '一般预算收入'],
    sample: '地方一般公共预算收入'
  },
  {
    key: 'totalFiscalRevenue',
    description: 'Total fiscal revenue: the general budget plus the central taxes collected in the region',
    patterns: ['财政总收入', '全口径财政收入'],
    sample: '全省财政总收入'
  },
  {key: 'fixedAssetInvestment', description: 'Fixed-asset investment', patterns: ['固定资产投资'], sample: '固定资产投资'},
  {key: 'retailSales', description: 'Retail sales of consumer goods', patterns: ['社会消费品零售总额', '社会消费品零售额', '社零'], sample: '社会消费品零售总额'},
  {
    key: 'trade',
    description: 'Foreign trade (imports and exports)',
    patterns: ['进出口', '外贸进出口', '进出口总额', '外贸'],
    sample: '外贸进出口'
  },
  {key: 'exports', description: 'Exports', patterns: ['出口', '出口总额'], sample: '出口'},
  {
    key: 'industrialValueAdded',
    description: 'Value added of industry above designated size',
    patterns: ['规上工业增加值', '规模以上工业增加值', '规模以上工业', '工业增加值'],
    sample: '规模以上工业增加值'
  },
  {
    key: 'disposableIncome',
    description: 'Per-capita disposable income (all, urban or rural residents)',
    patterns: ['人均可支配收入', '居民收入', '城镇居民收入', '农村居民收入', '农民人均纯收入', '农民收入', '纯收入'],
    sample: '城镇居民人均可支配收入'
  },
  {key: 'grainOutput', description: 'Grain output', patterns: ['粮食产量', '粮食总产量', '粮食总产'], sample: '粮食产量'},
  {
    key: 'energyIntensity',
    description: 'Energy use per unit of GDP',
    patterns: [
      '单位GDP能耗',
      '单位生产总值能耗',
      '单位地区生产总值能耗',
      '能耗强度',
      /(?:单位|万元)(?:GDP|生产总值|地区生产总值|国内生产总值)[^，；。]{0,4}能(?:耗|源消耗)/u
    ],
    sample: '单位GDP能耗'
  },
  {
    key: 'carbonIntensity',
    description: 'CO2 emissions per unit of GDP',
    patterns: ['单位GDP二氧化碳排放', '单位生产总值二氧化碳排放', '单位地区生产总值二氧化碳排放', '单位国内生产总值二氧化碳排放', '碳排放强度', '二氧化碳排放'],
    sample: '单位生产总值二氧化碳排放量'
  },
  {
    key: 'majorPollutants',
    description: 'Emissions of major pollutants',
    patterns: ['主要污染物', '化学需氧量', '二氧化硫', '氨氮', '氮氧化物'],
    sample: '主要污染物排放总量'
  },
  {
    key: 'rdIntensity',
    description: 'R&D spending as a share of GDP',
    patterns: ['研发经费投入强度', '研发投入强度', '研究与试验发展经费投入强度', 'R&D经费投入强度', '研发强度', /(?:研发|研究与试验发展|R&D)[^，；。]{0,6}(?:相当于|占)[^，；。]{0,12}(?:比例|比重)/u],
    sample: '研究与试验发展经费投入强度'
  },
  {key: 'deficitRatio', description: 'Deficit as a share of GDP', patterns: ['赤字率'], sample: '赤字率'},
  {key: 'urbanizationRate', description: 'Urbanization rate', patterns: ['城镇化率', '常住人口城镇化率'], sample: '常住人口城镇化率'},
  {key: 'pm25', description: 'PM2.5 concentration', patterns: ['PM2.5', '细颗粒物'], sample: 'PM2.5平均浓度'},
  {key: 'foreignInvestment', description: 'Foreign direct investment used', patterns: ['实际使用外资', '实际利用外资', '利用外资', '外商直接投资'], sample: '实际使用外资'},
  {
    key: 'gdpPerCapita',
    description: 'GDP (regional product) per head',
    patterns: ['人均地区生产总值', '人均国内生产总值', '人均生产总值', '人均GDP'],
    sample: '人均地区生产总值'
  },
  {key: 'laborProductivity', description: 'Overall labour productivity', patterns: ['全员劳动生产率'], sample: '全员劳动生产率'},
  {
    key: 'techContribution',
    description: 'Contribution of technological progress to growth',
    patterns: ['科技进步贡献率', /对经济增长[^，；。]{0,2}贡献率/u],
    sample: '科技对经济增长贡献率'
  },
  {key: 'population', description: 'Population and its growth rate', patterns: ['人口自然增长率', '常住人口'], sample: '人口自然增长率'},
  {key: 'servicesValueAdded', description: 'Value added of services (the tertiary sector)', patterns: ['服务业增加值', '第三产业增加值'], sample: '服务业增加值'},
  {key: 'privateInvestment', description: 'Private (non-state) investment', patterns: ['民间投资'], sample: '民间投资'},
  {key: 'forestCoverage', description: 'Forest coverage rate', patterns: ['森林覆盖率'], sample: '森林覆盖率'},
  {
    key: 'tourismRevenue',
    description: 'Total tourism revenue',
    patterns: ['旅游总收入', '旅游业总收入', '旅游收入', '旅游综合收入', '旅游业收入'],
    sample: '旅游总收入'
  },
  {key: 'techContractValue', description: 'Turnover of technology contracts', patterns: ['技术合同成交额', '技术合同交易额'], sample: '技术合同成交额'},
  {key: 'higherEducationEnrollment', description: 'Gross enrolment rate of higher education', patterns: ['高等教育毛入学率'], sample: '高等教育毛入学率'}
]

/** A bound and the `的` after it: `500万元以上的`, `超亿元的`, `低于1700元的`. */
const boundThen = /(?:[\d０-９一二三四五六七八九十两百千万亿][^的]{0,8}(?:以上|以下|以内)|(?:超过?|突破|逾|上|过|不足|不到|低于|高于)[\d０-９.一二三四五六七八九十两百千万亿]+[^的]{0,8})的/gu

/**
 * Measure words that, after a key's words, make the phrase measure something
 * else: `规模以上工业企业实现利润`, `口岸出口通关时间`, `万元生产总值用水量`.
 */
const otherHead = /利润|利税|时间|用水量|企业数|家数|个数|数量|面积/u

/** The part of a phrase before `占` or `相当于`: what a share is a share of. */
const shareOf = /占|相当于/u

/**
 * Find the canonical key of a normalized indicator phrase. Its subject is
 * read: the part before `占` or `相当于` (what a share is a share of) and,
 * after a bound, the part after the bound's `的` (the head noun:
 * `财政收入超亿元的县` counts counties).
 *
 * @param phrase
 *   A normalized phrase (`地区生产总值`).
 * @param keys
 *   The table to use; {@link indicatorKeys} by default.
 * @returns
 *   The key, or `null`.
 *
 * @example
 * ```ts
 * resolveIndicatorKey('单位地区生产总值能耗') // 'energyIntensity' (longest match wins over `地区生产总值`)
 * ```
 */
export function resolveIndicatorKey(phrase: string, keys: ReadonlyArray<IndicatorKey> = indicatorKeys): string | null {
  const cut = shareOf.exec(phrase)
  let subject = cut ? phrase.slice(0, cut.index) : phrase
  // After a bound, the head noun follows its `的`: `财政收入超亿元的县`
  // counts counties (but `在2012年的基础上` is no head).
  let head = -1
  for (const match of subject.matchAll(boundThen)) head = match.index + match[0].length
  if (head !== -1 && head < subject.length && !subject.startsWith('基础', head)) subject = subject.slice(head)
  let best: string | null = null
  let bestLength = 0
  for (const entry of keys) {
    for (const pattern of entry.patterns) {
      let length = 0
      if (typeof pattern === 'string') {
        const at = subject.lastIndexOf(pattern)
        if (at !== -1 && !otherHead.test(subject.slice(at + pattern.length))) length = pattern.length
      } else {
        const match = pattern.exec(phrase)
        if (match) length = match[0].length
      }

      if (length > bestLength) {
        best = entry.key
        bestLength = length
      }
    }
  }

  return best
}
