/**
 * Numeric-looking names: slogans, plans and idioms whose digits are not
 * quantities (`十四五`, `六稳`, `三高四新`, `两个一百年`).
 *
 * Most such names are already refused by the scanner's rules (a small Han
 * numeral needs a measure unit, `十四五` is not a well-formed numeral), so this
 * table lists them for the reader and catches those the rules would accept
 * (`两个一百年` holds `一百年`, a duration). When a name starts at a position,
 * the scanner skips the whole name.
 *
 * @module
 */

/** One name. */
export interface NameEntry {
  /** Written form. */
  readonly text: string
  /** What it is. */
  readonly note: string
}

/** Numeric-looking names, idioms and function words. */
export const names: readonly NameEntry[] = [
  {text: '十四五', note: '14th Five-Year Plan (2021–2025)'},
  {text: '十三五', note: '13th Five-Year Plan (2016–2020)'},
  {text: '十二五', note: '12th Five-Year Plan'},
  {text: '十一五', note: '11th Five-Year Plan'},
  {text: '十五五', note: '15th Five-Year Plan'},
  {text: '六稳', note: 'six stabilities (employment, finance, trade…)'},
  {text: '六保', note: 'six guarantees'},
  {text: '三高四新', note: 'Hunan strategy slogan'},
  {text: '五个湘西', note: 'Xiangxi slogan'},
  {text: '两个一百年', note: 'the two centenary goals'},
  {text: '第二个百年', note: 'the second centenary goal'},
  {text: '一带一路', note: 'Belt and Road'},
  {text: '两会', note: 'the two sessions'},
  {text: '一批', note: '“a batch of”'},
  {text: '一体化', note: 'integration'},
  {text: '三大攻坚战', note: 'three tough battles'},
  {text: '三农', note: 'agriculture, rural areas and farmers'},
  {text: '一产', note: 'primary industry'},
  {text: '二产', note: 'secondary industry'},
  {text: '三产', note: 'tertiary industry'},
  {text: '四个全面', note: 'the four comprehensives'},
  {text: '四个意识', note: 'the four consciousnesses'},
  {text: '四个自信', note: 'the four confidences'},
  {text: '两个维护', note: 'the two upholds'},
  {text: '两个确立', note: 'the two establishes'},
  {text: '五位一体', note: 'five-sphere integrated plan'},
  {text: '三去一降一补', note: 'supply-side reform tasks'},
  {text: '一国两制', note: 'one country, two systems'},
  {text: '一方面', note: '“on the one hand”'},
  {text: '一些', note: '“some”'},
  {text: '一定', note: '“certain, surely”'},
  {text: '一成不变', note: 'idiom: unchanging'},
  {text: '千方百计', note: 'idiom: by every means'},
  {text: '千家万户', note: 'idiom: every household'},
  {text: '万无一失', note: 'idiom: foolproof'},
  {text: '一把手', note: 'the top leader'},
  {text: '一站式', note: 'one-stop'},
  {text: '一网通办', note: 'one-network government services'},
  {text: '一件事', note: '“one thing” service reform'},
  {text: '一次性', note: 'one-off'},
  {text: '三年行动', note: 'a named three-year action plan'},
  {text: '百年大计', note: 'idiom: a long-term plan'},
  {text: '百年未有之大变局', note: 'slogan: changes unseen in a century'},
  {text: '百分百', note: '“one hundred percent” as an adverb'}
]

const byPair = new Map<string, NameEntry[]>()
/** First and second characters of names, to skip the map lookup quickly. */
const firsts = new Uint8Array(65_536)
const seconds = new Uint8Array(65_536)
for (const entry of names) {
  firsts[entry.text.charCodeAt(0)] = 1
  seconds[entry.text.charCodeAt(1)] = 1
  const key = entry.text.slice(0, 2)
  const list = byPair.get(key)
  if (list) list.push(entry)
  else byPair.set(key, [entry])
}

for (const list of byPair.values()) list.sort((a, b) => b.text.length - a.text.length)

/**
 * Longest numeric-looking name written at an offset.
 *
 *   > | “十四五”规划
 *        ^^^^^^ a name, not 14 and 5
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   The name, or `undefined`.
 * @example
 *   matchName('“十四五”规划', 1) // {text: '十四五', note: '14th Five-Year Plan (2021–2025)'}
 */
export function matchName(text: string, index: number): NameEntry | undefined {
  if (firsts[text.charCodeAt(index)] === 0 || seconds[text.charCodeAt(index + 1)] === 0) return undefined
  const list = byPair.get(text.slice(index, index + 2))
  if (!list) return undefined
  for (const entry of list) {
    if (text.startsWith(entry.text, index)) return entry
  }

  return undefined
}
