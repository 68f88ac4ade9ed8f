import {describe, it} from 'vitest'
import {expectAll, type Expected} from './helpers.js'

/** Names, idioms, markers and codes with no quantity at all. */
const none: string[] = [
  // A bare 万 or 亿 without a qualifier, 余 or 多 is a word.
  '万众一心',
  '亿万人民',
  '万元GDP能耗下降',
  '成千上万的群众',
  '万一发生险情',
  '千人计划',
  '十四五',
  '“十四五”规划',
  '十三五时期',
  '六稳',
  '六保',
  '做好六稳六保工作',
  '三高四新',
  '五个湘西',
  '第二个百年奋斗目标',
  '两个一百年',
  '一带一路',
  '两会',
  '一批重大项目',
  '一体化',
  '三大攻坚战',
  '5G',
  '5G网络',
  'PM2.5',
  'M2',
  'COVID-19疫情',
  'H7N9',
  'G20峰会',
  '第十三届全国人民代表大会',
  '十九大',
  '党的二十大',
  '中核四〇四公司',
  '一产、二产、三产',
  '“保四争三”',
  '一是加强统筹',
  '二是',
  '一要加强',
  '一方面',
  '一些地方',
  '一定要',
  '统一',
  '万一',
  '千万不要',
  '百姓',
  '三农',
  '进一步',
  '一般公共预算',
  '十分重要',
  '千方百计',
  '千家万户',
  '百年大党',
  '三个代表',
  '两个确立',
  '四个全面',
  '五位一体',
  '一国两制',
  '一网通办',
  '第一产业',
  '第一，新增',
  '“两个第一、一个第二”',
  '一成不变',
  '三项制度改革',
  '长三角',
  '“1+3”行动方案',
  '（1）加快',
  '15.江西省政府工作报告',
  '一、二、三、',
  '前所未有',
  '数字经济',
  '翻译',
  '亿万人民',
  '百分百',
  // Added with the corpus measurement: plates, session numbers, slogans, page numbers.
  '服务好 7 号高炉优化升级',
  '1号文件',
  '地铁3号线',
  '十四届二次全会',
  '省委届*次全会',
  '“保 5 争 6”',
  '“保5争6”',
  // Numbers in a short quotation name a policy or a slogan.
  '认真落实省委“1310”具体部署',
  '实施“横琴金融30条”',
  '实现“3个100%”',
  '支持“211”工程和“985”工程',
  '实施“千亿斤”粮食产能建设工程',
  // A round magnitude that a programme's noun follows names the programme.
  '继续实施百亿斤粮食增产工程',
  '推进千万亩森林增长工程',
  '加快实施增产百亿斤商品粮能力建设',
  '建设百万吨乙烯项目',
  '经济形势通报会上的讲话.....\t5',
  '目录……12'
]

/** Names next to a real quantity: only the quantity is found. */
const mixed: Array<[string, Expected[]]> = [
  ['PM2.5浓度下降到30微克/立方米', [{value: '30微克/立方米', amount: 30}]],
  ['M2增长9%', [{value: '9%', amount: 9}]],
  ['新建5G基站1.8万个', [{value: '1.8万个', amount: 18_000}]],
  ['“十四五”规划确定的5.5%', [{value: '5.5%', amount: 5.5}]],
  ['一产、二产、三产分别增长 11.7%、7.9%、9.6%', [{value: '11.7%'}, {value: '7.9%'}, {value: '9.6%'}]],
  ['十九大以来新增就业1300万人', [{value: '1300万人', amount: 13_000_000}]],
  ['统一大市场带动3%', [{value: '3%', amount: 3}]],
  ['第一产业增加值增长4.1%', [{value: '4.1%', amount: 4.1}]],
  ['两会期间收到建议1150件', [{value: '1150件', amount: 1150}]],
  ['召开3次会议', [{value: '3次', amount: 3}]],
  ['3月5号召开', [{value: '3月5号', kind: 'date'}]],
  ['争取5%', [{value: '5%', amount: 5}]],
  ['提出“增长6%左右”的目标', [{value: '6%左右', amount: 6}]],
  ['“十四五”时期增长5%', [{value: '5%', amount: 5}]],
  // Not with a qualifier, digits or a punctuation mark between.
  ['建成近千万亩高标准农田项目', [{value: '近千万亩', amount: 10_000_000}]],
  ['实施30万户安居富民工程', [{value: '30万户', amount: 300_000}]],
  ['新增百万亩，实施造林工程', [{value: '百万亩', amount: 1_000_000}]],
  ['投资过千万美元的项目', [{value: '千万美元', amount: 10_000_000}]],
  ['百亿元以上制造业项目10个', [{value: '百亿元以上'}, {value: '10个', amount: 10}]]
]

describe('findQuantities: names are not quantities', () => {
  it.each(none.map((text) => [text]))('%s', (text) => {
    expectAll(text, [])
  })

  it.each(mixed)('%s', (text, expected) => {
    expectAll(text, expected)
  })
})
