/**
 * An independent precision/recall set for `findQuantities`: real clauses of
 * the corpus in `/work/shared/corpus`, labelled by hand from the spec
 * (`src/number/types.ts`, DESIGN.md quantity leaf, issue 3) before the
 * finder's output was looked at.
 *
 * Sampling rule (deterministic; `node test/number/corpus-sample.mjs` redraws
 * it): split every line of a file into clauses ending at 。；！？ (punctuation
 * kept), drop YAML front matter, strip Markdown `**` and leading `#`, keep
 * clauses of 6–120 characters. Class A: clauses holding an ASCII or full-width
 * digit or a mask star (`*`, `＊`); class B: all others (Han numerals, names,
 * idioms, or no number). From each class take n clauses at indices
 * floor(i × size / n), i = 0…n − 1; a class too small gives its shortfall to
 * the other. Per file (A + B): gwr-2022-part1.txt 30 + 8,
 * speeches-collection.txt 30 + 8, city-economic-work-2023.txt 8 + 4, and
 * 4 + 2 from each of ten provincial reports across five decades: 浙江省 1983
 * and 1988, 山东省 1996, 海南省 1995, 四川省 2005, 河北省 2008, 甘肃省 2014,
 * 广东省 2018, 云南省 2023, 贵州省 2025 (浙江省 1983 has no Arabic digit, so
 * all six of its clauses are class B).
 *
 * Labels: each quantity is `[value, kind, amount]`, `value` the exact slice a
 * reader would mark (prefix and suffix qualifiers included), `amount` as in
 * `Quantity.amount` (null for dates, periods, ranges, masked and vague values).
 * Names, slogans, list markers and congress session numbers are not
 * quantities. Where the spec left a choice, the decision is a comment on the
 * entry.
 */

import type {QuantityKind} from '../../src/number/index.js'

/** One labelled quantity: exact slice, kind, amount. */
export type Gold = [value: string, kind: QuantityKind, amount: number | null]

/** One labelled clause. */
export interface LabelledClause {
  /** Corpus file, relative to `/work/shared/corpus`. */
  file: string
  /** 1-based line of the file the clause is taken from. */
  line: number
  /** The clause as sampled. */
  text: string
  /** Every quantity in it, in order. */
  gold: Gold[]
}

export const corpusLabelled: LabelledClause[] = [
  {file: 'gwr-2022-part1.txt', line: 1, text: '1.政府工作报告', gold: []},
  {file: 'gwr-2022-part1.txt', line: 135, text: '加强中低产田改造，新建1亿亩高标准农田，新建改造一批大中型灌区。', gold: [['1亿亩', 'number', 100_000_000]]},
  // 第十七届…第六次会议: session numbers of a congress are part of its name (issue 3: 第十三届 is not an amount)
  {file: 'gwr-2022-part1.txt', line: 391, text: '──2022年2月12日在天津市第十七届人民代表大会第六次会议上', gold: [['2022年2月12日', 'date', null]]},
  {file: 'gwr-2022-part1.txt', line: 415, text: '坚持“五控”治气，完成87台锅炉改燃并网或深度治理，天津港国Ⅴ及以上集疏港车辆占比达到80%，加强区域重污染天气联防联控。', gold: [['87台', 'number', 87], ['80%', 'percent', 80]]},
  // “十个常态化”, “八支队伍”: quoted slogans are names
  {file: 'gwr-2022-part1.txt', line: 561, text: '我们外防输入、内防反弹，创新实施“十个常态化”30项措施，健全7套信息化系统，建成“八支队伍”，为每个县配齐核酸检测车、每个乡镇卫生院配备负压救护车，夯实防控基层基础。', gold: [['30项', 'number', 30], ['7套', 'number', 7]]},
  {file: 'gwr-2022-part1.txt', line: 579, text: '棚户区改造开工11万套，城中村改造启动459个，老旧小区改造3057个、总量居全国第二。', gold: [['11万套', 'number', 110_000], ['459个', 'number', 459], ['3057个', 'number', 3057], ['第二', 'ordinal', 2]]},
  {file: 'gwr-2022-part1.txt', line: 651, text: '强化煤炭清洁高效利用，积极发展风电、光电、氢能，新增可再生能源装机800万千瓦。', gold: [['800万千瓦', 'number', 8_000_000]]},
  {file: 'gwr-2022-part1.txt', line: 702, text: '白求恩医院等3个国家区域医疗中心试点建设扎实推进，县域医疗卫生机构一体化改革持续深化。', gold: [['3个', 'number', 3]]},
  {file: 'gwr-2022-part1.txt', line: 797, text: '着力扩大有效投资，实施重大项目3074个、完成投资4658亿元，工业投资、民间投资分别增长21.1％、14.4％。', gold: [['3074个', 'number', 3074], ['4658亿元', 'number', 465_800_000_000], ['21.1％', 'percent', 21.1], ['14.4％', 'percent', 14.4]]},
  {file: 'gwr-2022-part1.txt', line: 887, text: '保障群众基本住房需求，实施城镇老旧小区改造21.37万户、棚户区改造1万套，建设保障性租赁住房1.2万套。', gold: [['21.37万户', 'number', 213_700], ['1万套', 'number', 10_000], ['1.2万套', 'number', 12_000]]},
  {file: 'gwr-2022-part1.txt', line: 954, text: '固定资产投资增长10%左右；', gold: [['10%左右', 'percent', 10]]},
  {file: 'gwr-2022-part1.txt', line: 1088, text: '加快发展寒地冰雪经济，举办“冬奥在北京·体验在吉林”系列营销推广活动，推进冰雪运动进校园，大力发展冰雪旅游，建成54个滑雪场、279条雪道，日最大承载量10万人次，滑雪接待规模全国最大，我省冰雪产品关注度、销售额居全国冰雪市场榜首。', gold: [['54个', 'number', 54], ['279条', 'number', 279], ['10万人次', 'number', 100_000]]},
  {file: 'gwr-2022-part1.txt', line: 1091, text: '“吉农金服”数字普惠金融平台覆盖4102个行政村。', gold: [['4102个', 'number', 4102]]},
  {file: 'gwr-2022-part1.txt', line: 1094, text: '推广长春市长山花园社区“六治”工作法，打造207个城市社区先进示范点。', gold: [['207个', 'number', 207]]},
  {file: 'gwr-2022-part1.txt', line: 1149, text: '重点办好50项民生实事，让群众看得见、摸得着、真正受益。', gold: [['50项', 'number', 50]]},
  {file: 'gwr-2022-part1.txt', line: 1185, text: '惠企纾困激发市场主体活力，新增减税降费63亿元以上。', gold: [['63亿元以上', 'number', 6_300_000_000]]},
  {file: 'gwr-2022-part1.txt', line: 1271, text: '全省新登记市场主体54万户，实有市场主体突破300万户。', gold: [['54万户', 'number', 540_000], ['突破300万户', 'number', 3_000_000]]},
  {file: 'gwr-2022-part1.txt', line: 1365, text: '91个民生重大项目、25项交通重大工程开工建设，总投资超过1000亿元。', gold: [['91个', 'number', 91], ['25项', 'number', 25], ['超过1000亿元', 'number', 100_000_000_000]]},
  {file: 'gwr-2022-part1.txt', line: 1457, text: '推动电动汽车充换电设施建设，新增1万个公共充电桩。', gold: [['1万个', 'number', 10_000]]},
  {file: 'gwr-2022-part1.txt', line: 1535, text: '我们坚持依法行政，自觉接受人大监督、政协民主监督、社会和舆论监督，共办理省人大代表建议624件、省政协提案782件，提请省人大常委会审议地方性法规15项，完成重要文件合法性审查247件。', gold: [['624件', 'number', 624], ['782件', 'number', 782], ['15项', 'number', 15], ['247件', 'number', 247]]},
  {file: 'gwr-2022-part1.txt', line: 1637, text: '常态化推进扫黑除恶斗争，持续打击电信网络诈骗犯罪、立案数下降31.3%。', gold: [['31.3%', 'percent', 31.3]]},
  // 5、 is a list marker; 至少 is separated from 1家 by a verb, so it is not a prefix qualifier
  {file: 'gwr-2022-part1.txt', line: 1759, text: '5、新增认知障碍照护专区床位6000张，新增持证养老护理员6000人，每个县（市、区）至少建成1家智慧公办养老院，所有乡镇（街道）居家养老服务中心配备无感服务智能终端。', gold: [['6000张', 'number', 6000], ['6000人', 'number', 6000], ['1家', 'number', 1]]},
  {file: 'gwr-2022-part1.txt', line: 1827, text: '跨境电商交易额增长40%以上。', gold: [['40%以上', 'percent', 40]]},
  {file: 'gwr-2022-part1.txt', line: 1877, text: '开展主要农作物生产全程机械化示范创建，主要农作物耕种收综合机械化率提高到83%。', gold: [['83%', 'percent', 83]]},
  {file: 'gwr-2022-part1.txt', line: 1994, text: '一、2021年工作回顾', gold: [['2021年', 'date', null]]},
  {file: 'gwr-2022-part1.txt', line: 2066, text: '在全产业推广科技特派员制度，精准选认省级科技特派员2000名以上，鼓励更多科技人员把论文写在生产车间里、田野大地上。', gold: [['2000名以上', 'number', 2000]]},
  {file: 'gwr-2022-part1.txt', line: 2172, text: '在国家国企改革创新三年行动重点改革任务中期评估中，我省获评A级，得分居第2位；', gold: [['第2位', 'ordinal', 2]]},
  {file: 'gwr-2022-part1.txt', line: 2236, text: '推动城乡基础设施和公共服务一体化，农村公路列养率达100%、优良中等路率不低于75%。', gold: [['100%', 'percent', 100], ['不低于75%', 'percent', 75]]},
  {file: 'gwr-2022-part1.txt', line: 2304, text: '乡村振兴“三个模式”创新提升，新创建国家农业现代化示范区6个、现代农业产业园3个。', gold: [['6个', 'number', 6], ['3个', 'number', 3]]},
  // 三级 (road grade) and 百兆 (bandwidth class, like 5G) are class names, not quantities
  {file: 'gwr-2022-part1.txt', line: 2366, text: '农村基础设施网方面，推动“四好农村路”、数字乡村建设，新改建农村公路1万公里，县乡道三级及以上占比达到54%，农村家庭基本具备百兆以上接入能力。', gold: [['1万公里', 'number', 10_000], ['54%', 'percent', 54]]},
  {file: 'gwr-2022-part1.txt', line: 5, text: '国务院总理 李克强', gold: []},
  {file: 'gwr-2022-part1.txt', line: 319, text: '实施智慧城市发展行动纲要。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 655, text: '全面推行“互联网+政务服务”，提升就近办、自助办、网上办水平。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 930, text: '加强和规范事中事后监管。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 1129, text: '充分发挥“群长制”作用，围绕农产品加工业和食品产业“十大产业集群”，加大招商引资力度，建设一批带动能力强的重点项目，培育一批具有竞争力的龙头企业，打造一批特色鲜明的产业园区，做好粮头食尾、农头工尾大文章。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 1391, text: '以“五个重要”为统领加快自贸试验区临港新片区建设，实行更大程度的压力测试，推动率先试点对接高标准国际经贸规则的制度型开放举措。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 1741, text: '全面取消社会抚养费，建立生育全流程服务体系，健全危重孕产妇和新生儿应急救治制度，完善生育保险政策。', gold: []},
  {file: 'gwr-2022-part1.txt', line: 2120, text: '全面开展“八五”普法工作，促进全社会尊法、学法、守法、用法。', gold: []},
  // 上半年/下半年 are periods (months 1–6 / 7–12) and join a preceding year like 一季度; the TOC page number 5 is not a quantity
  {file: 'speeches-collection.txt', line: 21, text: '1.XX 市人大常委会党组副书记、副主任宋国权同志在省人大财经委 20XX 年上半年经济形势通报会上的讲话.....\t5', gold: [['20XX 年上半年', 'period', null]]},
  {file: 'speeches-collection.txt', line: 114, text: '预计（下同），全市地区生产总值增长 8.0%；', gold: [['8.0%', 'percent', 8]]},
  {file: 'speeches-collection.txt', line: 280, text: '（一）主要经济指 1-5 月完成情况。', gold: [['1-5 月', 'period', null]]},
  {file: 'speeches-collection.txt', line: 370, text: '再比如，承担固定资产投资任务的 24 个部门、25 个乡镇中，有 17 个部门、7 个乡镇未达到目标进度；', gold: [['24 个', 'number', 24], ['25 个', 'number', 25], ['17 个', 'number', 17], ['7 个', 'number', 7]]},
  {file: 'speeches-collection.txt', line: 536, text: '目前，全市停产及负增长企业达到 120 家，占全部企业比重 36.4%。', gold: [['120 家', 'number', 120], ['36.4%', 'percent', 36.4]]},
  {file: 'speeches-collection.txt', line: 602, text: '前三季度全市规上工业总产值和规模以上工业增加值分别增长19.2%、17.4%，增速均保持全区第1位，对GDP增长贡献率达到66.8%，是拉动全市经济增长的主力军。', gold: [['前三季度', 'period', null], ['19.2%', 'percent', 19.2], ['17.4%', 'percent', 17.4], ['第1位', 'ordinal', 1], ['66.8%', 'percent', 66.8]]},
  // 第一个百年 is a name
  {file: 'speeches-collection.txt', line: 678, text: '20XX 年是中华人民共和国成立 70 周年，是实现第一个百年奋斗目标——全面建成小康社会的关键之年，是实现脱贫摘帽的决胜之年。', gold: [['20XX 年', 'date', null], ['70 周年', 'number', 70]]},
  // the leading 日 is the tail of a date cut at the clause boundary
  {file: 'speeches-collection.txt', line: 696, text: '日，怀邵衡铁路顺利通车，XX进入了“高铁时代”，平均每天客流量达5000余人次。', gold: [['5000余人次', 'number', null]]},
  // 二期 (phase two) is a project name
  {file: 'speeches-collection.txt', line: 752, text: '加快实施芙蓉学校、思源学校二期和化解大班额项目建设力度，做好500名新进教师招聘及100名县外教师选调工作，消除大班额268个。', gold: [['500名', 'number', 500], ['100名', 'number', 100], ['268个', 'number', 268]]},
  {file: 'speeches-collection.txt', line: 1088, text: '各部门负责同志都要深刻反省，少讲客观原因，多找自身主观问题，会后认真研究，拿出务实管用的措施办法，抢抓统计闭库前的 4 天时间，全力以赴开展冲刺，补齐任务缺口，实现争先进位。', gold: [['4 天', 'number', 4]]},
  {file: 'speeches-collection.txt', line: 1182, text: '要抓住机遇促消费，下半年，国家在促消费方面的政策将持续发力，《关于促进消费扩容提质加快形成强大国内市场的实施意见》提出的6方面19项政策举措逐步落地，我们一定要抓住机遇，加快建', gold: [['下半年', 'period', null], ['6方面', 'number', 6], ['19项', 'number', 19]]},
  {file: 'speeches-collection.txt', line: 1286, text: '三季度末，投资完成率只有 62.88%。', gold: [['三季度', 'period', null], ['62.88%', 'percent', 62.88]]},
  // 7 号高炉 (furnace no. 7) is an identifier, not a quantity
  {file: 'speeches-collection.txt', line: 1402, text: '从领域上来说，要重点抓好以下项目：工业领域，全力支持酒钢开展“三化”改造，服务好 7 号高炉优化升级、煤炭分质利用复产达标、热电联产余热回收等重点项目，持续提升产业能效。', gold: []},
  {file: 'speeches-collection.txt', line: 1616, text: '现在已经7月份，年初155个计划建设项目开复工率只有65.8%，其中105个新建项目仅开工55个、开工率52.4%，投资完成率只有10%。', gold: [['7月份', 'date', null], ['155个', 'number', 155], ['65.8%', 'percent', 65.8], ['105个', 'number', 105], ['55个', 'number', 55], ['52.4%', 'percent', 52.4], ['10%', 'percent', 10]]},
  // 上千万 = “upwards of ten million”: a hedge prefix like 逾/超, kept in the slice; kind number, amount 1e7
  {file: 'speeches-collection.txt', line: 1712, text: '大规模增值税留抵退税是今年减税降费、助企纾困的“重头戏”，目前全市存量留抵税额已退还 99%，一些大企业的退税额度达到了几百万元甚至上千万元，既拿了“真金白银”，也解了“燃眉之急”，企业反响很好。', gold: [['99%', 'percent', 99], ['几百万元', 'number', null], ['上千万元', 'number', 10_000_000]]},
  {file: 'speeches-collection.txt', line: 1928, text: '这次省政府提高规格，所有的省长都参加，要求18个省辖市市长、常务副市长全部参会，每个市都要汇报，主要原因是三季度全省经济增长速度放缓，完成全年目标压力很大。', gold: [['18个', 'number', 18], ['三季度', 'period', null]]},
  {file: 'speeches-collection.txt', line: 2022, text: '二是待验收的量化指标任务，共 5 项：出列贫困村、摘帽国家级贫困县、摘帽省级贫困县、贫困人口脱贫、创建农产品质量安全示范县；', gold: [['5 项', 'number', 5]]},
  {file: 'speeches-collection.txt', line: 2124, text: '2014年习近平总书记在河南考察调研时提出，要着力发挥优势打好“四张牌”，即“以发展优势产业为主导，推进产业结构优化升级；', gold: [['2014年', 'date', null]]},
  {file: 'speeches-collection.txt', line: 2296, text: '县旅游局、市场监管局要加强对限上企业的统计服务，并进一步梳理全县餐饮服务企业，力促符合条件的个体户注册企业法人并入库统计，确保住宿增加值增长 15%、餐饮业增加值持平。', gold: [['15%', 'percent', 15]]},
  {file: 'speeches-collection.txt', line: 2428, text: '特别是2月份市政府督查室对我县经济发展一季度“开门红”工作情况进行了督查，对一些预计无法完成的经济指标进行了交办，要求全力补齐短板，确保一季度“开门红”。', gold: [['2月份', 'date', null], ['一季度', 'period', null], ['一季度', 'period', null]]},
  {file: 'speeches-collection.txt', line: 2512, text: '34个市三年行动计划重大项目累计完成投资5.69亿元，占年度投资计划的28.5%，超序时进度3.5个百分点。', gold: [['34个', 'number', 34], ['5.69亿元', 'number', 569_000_000], ['28.5%', 'percent', 28.5], ['3.5个百分点', 'percentagePoint', 3.5]]},
  {file: 'speeches-collection.txt', line: 2562, text: '氟新材料产业园项目，温郊乡要加快二期 500 亩用地征迁补偿工作，确保 4 月底前全面完成。', gold: [['500 亩', 'number', 500], ['4 月', 'date', null]]},
  {file: 'speeches-collection.txt', line: 2648, text: '实现入库税收 8532.55 万元，较上年增长 68%，其它各项指标稳健增长。', gold: [['8532.55 万元', 'number', 85_325_500], ['68%', 'percent', 68]]},
  {file: 'speeches-collection.txt', line: 2708, text: '全面配合环境治理专项行动，强制关停和拆除“立达造粒厂”等 7 家非法造粒厂、百羊庄搅拌场等 6 家混凝土搅拌场和一家猪皮加工厂；', gold: [['7 家', 'number', 7], ['6 家', 'number', 6], ['一家', 'number', 1]]},
  {file: 'speeches-collection.txt', line: 2873, text: '新引进“10+5”产业项目35个，完成时序任务17个的188%，开工35个，新引进产业项目开工率100%，精准策划、编制重点产业招商项目38个；', gold: [['35个', 'number', 35], ['17个', 'number', 17], ['188%', 'percent', 188], ['35个', 'number', 35], ['100%', 'percent', 100], ['38个', 'number', 38]]},
  {file: 'speeches-collection.txt', line: 2973, text: '特别要对投资 10 亿元的通渭亿联商贸城、', gold: [['10 亿元', 'number', 1_000_000_000]]},
  // 前三位 = “within the top three places”: an ordinal of rank 3
  {file: 'speeches-collection.txt', line: 3057, text: '地区生产总值、三产增加值、实际利用外资、建筑业总产值、社会消费品零售总额、全社会工业用电量等 6 项指标增幅高于全市平均水平，其中地区生产总值、三产增加值、实际利用外资、全社会工业用电量等 4 项指标增幅居全市前三位。', gold: [['6 项', 'number', 6], ['4 项', 'number', 4], ['前三位', 'ordinal', 3]]},
  // 半年“双过半” is a slogan, not a calendar span
  {file: 'speeches-collection.txt', line: 3117, text: '这里需要特别强调的是，各项目工作组和乡镇要围绕半年“双过半”、全年完成既定目标要求，每个季度集中开竣工一批项目，争取二季度开工 21 个、竣工投产 6 个；', gold: [['二季度', 'period', null], ['21 个', 'number', 21], ['6 个', 'number', 6]]},
  {file: 'speeches-collection.txt', line: 3177, text: '1—3 月，我县各项经济指标完成较好，但各乡（镇）和主要经济部门切不可大意，要密切关注经济走势，突出地区生产总值、工业增加值、财政收入、固投、用电等重点指标，加强跟踪调度，找准突出问题，对症下药、精准施策，防止主要经济指标大起大落。', gold: [['1—3 月', 'period', null]]},
  {file: 'speeches-collection.txt', line: 3337, text: '精准落实各项助企纾困政策，办理企业退税 9500 万元，提振了市场主体信心，全州各类市场主体累计达到 16.4 万户，增长 8.9%。', gold: [['9500 万元', 'number', 95_000_000], ['16.4 万户', 'number', 164_000], ['8.9%', 'percent', 8.9]]},
  {file: 'speeches-collection.txt', line: 3, text: '各地区经济工作会议上的 讲话合集', gold: []},
  {file: 'speeches-collection.txt', line: 514, text: '一是抓好汛期水毁基础设施恢复重建。', gold: []},
  {file: 'speeches-collection.txt', line: 986, text: '同时要继续抓好工业、建筑业企业培育扶持工作，加快推进计划年内开工的盛达混凝土、环保玻璃、高斯特等工业项目，促进本级工业保持增长的良好势头。', gold: []},
  {file: 'speeches-collection.txt', line: 1410, text: '稳定透明、公平竞争的营商环境，鼓励民营和中小微企业有效对冲疫情影响，为经济社会发展添加动力和活力。', gold: []},
  {file: 'speeches-collection.txt', line: 1714, text: '财政、人社、电力、水投等单位要尽快对符合条件的市场主体进行全面排摸梳理，清单化、精准化提供服务，确保政策落实到位。', gold: []},
  {file: 'speeches-collection.txt', line: 2014, text: '济和信息化委、市住房城乡建设委、市交通运输局、市人力资源社会保障局要落实牵头职责，加大工作力度，利用年内有限的时间，抓紧查缺补漏，提速迎头赶上。', gold: []},
  {file: 'speeches-collection.txt', line: 2358, text: '（二）盯紧抓牢项目建设。', gold: []},
  // 三大景区: N大 + noun is an enumeration heading like 三大攻坚战 (a name), not a count
  {file: 'speeches-collection.txt', line: 2905, text: '（二）狠抓全域旅游示范区创建，推动三大景区提质增效。', gold: []},
  {file: 'city-economic-work-2023.txt', line: 1, text: '在2023年市委全会暨市委经济工作会议上的讲话', gold: [['2023年', 'date', null]]},
  {file: 'city-economic-work-2023.txt', line: 6, text: '城镇和农村居民人均可支配收入分别增长*.*％、*％，较上年末增加元和元；', gold: [['*.*％', 'percent', null], ['*％', 'percent', null]]},
  // 万支 and 千亿产业链: 万支 lost its digits to anonymisation (reading 1e4 would be wrong); 千亿产业链 names a size class; *GW is a masked capacity
  {file: 'city-economic-work-2023.txt', line: 7, text: '围绕终端延链，万支锂电池等项目建成投产，GWh磷酸铁锂电池、*GW钙钛矿光伏组件等项目加快建设，新能源电池原材料及辅材本地供应率达到％以上，预计新能源和新能源电池千亿产业链实现产值*亿元、增长％。', gold: [['*GW', 'number', null], ['*亿元', 'number', null]]},
  // 第届 and 项目个 lost their digits: nothing to read
  {file: 'city-economic-work-2023.txt', line: 8, text: '第届兰洽会签约项目个*亿元，全市招商引资到位资金*亿元、增长.*％，向上争取资金亿元、增长％。', gold: [['*亿元', 'number', null], ['*亿元', 'number', null], ['.*％', 'percent', null]]},
  {file: 'city-economic-work-2023.txt', line: 11, text: '国有土地上已售城镇住宅历史遗留“登记难”问题全部完成首次登记、户办证率*％。', gold: [['*％', 'percent', null]]},
  // 届*次全会: masked session number of a plenum, a name
  {file: 'city-economic-work-2023.txt', line: 15, text: '省委届*次全会和省委经济工作会议对全面建设社会主义现代化幸福美好新作出了具体部署，对我们建设现代化新提出了新的更高要求。', gold: []},
  {file: 'city-economic-work-2023.txt', line: 24, text: '加大招才引智，建设人才公寓，推进“科技—产业—金融”融合对接，发挥好科技支行作用，加大多元化科技投入，力争全社会研发投入强度达到*.％。', gold: [['*.％', 'percent', null]]},
  {file: 'city-economic-work-2023.txt', line: 26, text: '全面推进乡村振兴，持续巩固拓展脱贫攻坚成果，扎实做好县省级乡村振兴重点帮扶县工作，加快发展新型农村集体经济，引进培育市级以上龙头企业*家，新认定市级以上示范社*家、市级示范性家庭农场家。', gold: [['*家', 'number', null], ['*家', 'number', null]]},
  // 三大重点任务 (N大) and the quoted slogans are names
  {file: 'city-economic-work-2023.txt', line: 3, text: '中央经济工作会议突出“稳增长、稳就业、稳物价”三大重点任务，指出“七个坚持”工作原则，提出“五大政策”精准发力，强调“六个更好统筹”路径方法，纲举目张部署了“五个重大问题”，为我们做好今年经济工作指明了方向。', gold: []},
  {file: 'city-economic-work-2023.txt', line: 11, text: '坚持把防住疫情作为老百姓最大的幸福，不断调整优化防控举措，以果敢之为、精准之策守护了社会之稳、群众之安，最大限度保护了人民生命安全和身体健康。', gold: []},
  {file: 'city-economic-work-2023.txt', line: 20, text: '今年是贯彻党的二十大精神的开局之年，是推进中国式现代化起步之年，也是“十四五”发展承上启下的关键之年，做好经济工作任务艰巨、意义重大。', gold: []},
  {file: 'city-economic-work-2023.txt', line: 28, text: '全面构建亲清政商关系，健全政企沟通交流联席会议制度，按季度分主题召开“政银企担”融资对接会，评选表彰一批优秀企业家。', gold: []},
  // 第五届…第一次会议 is a name (see 2)
  {file: 'provincial/浙江省/1983.md', line: 8, text: '我省第五届人民代表大会第一次会议，是在一九七七年十二月举行的，至今已经五年多了。', gold: [['一九七七年十二月', 'date', null], ['五年多', 'number', null]]},
  {file: 'provincial/浙江省/1983.md', line: 46, text: '普通中学经过调整，压缩了规模，提高了质量。', gold: []},
  {file: 'provincial/浙江省/1983.md', line: 82, text: '但是，我们的有利条件是很多的。', gold: []},
  {file: 'provincial/浙江省/1983.md', line: 116, text: '要十分重视知识和知识分子。', gold: []},
  {file: 'provincial/浙江省/1983.md', line: 142, text: '现在，城乡购买力和商品可供量之间存在着一定的差距，要密切注视市场的动向，按照吃、穿、用的顺序切实安排好市场。', gold: []},
  {file: 'provincial/浙江省/1983.md', line: 170, text: '在抓好攻关项目的同时，选择一批技术上比较成熟、生产或社会急需、经济效益好的科技成果，在全省大力推广应用。', gold: []},
  {file: 'provincial/浙江省/1988.md', line: 12, text: '预计全年国民生产总值达到536亿元，国民收入达到490.4亿元，都比上年增长14.2%；', gold: [['536亿元', 'number', 53_600_000_000], ['490.4亿元', 'number', 49_040_000_000], ['14.2%', 'percent', 14.2]]},
  {file: 'provincial/浙江省/1988.md', line: 28, text: '仅省用于农业基础设施建设的投资，就比上年增加3720万元。', gold: [['3720万元', 'number', 37_200_000]]},
  {file: 'provincial/浙江省/1988.md', line: 44, text: '新办“三资”企业39家，其中生产性企业38家。', gold: [['39家', 'number', 39], ['38家', 'number', 38]]},
  {file: 'provincial/浙江省/1988.md', line: 112, text: '从今年起，合同定购内的粮食（不包括农业税），每交售100公斤，价外补贴4元。', gold: [['100公斤', 'number', 100], ['4元', 'number', 4]]},
  {file: 'provincial/浙江省/1988.md', line: 8, text: '现在，我代表省人民政府，向大会作政府工作报告，请予审议。', gold: []},
  // 第六， is an enumeration marker
  {file: 'provincial/浙江省/1988.md', line: 112, text: '第六，严格依法管理土地，努力开垦新的耕地。', gold: []},
  {file: 'provincial/山东省/1996.md', line: 6, text: '政府工作报告——1996年2月25日在山东省第八届人民代表大会第四次会议上', gold: [['1996年2月25日', 'date', null]]},
  // a count with its measure word dropped in the source (51 enterprises) is still a number
  {file: 'provincial/山东省/1996.md', line: 24, text: '全省51国家和省级现代企业制度试点企业全面启动。', gold: [['51', 'number', 51]]},
  {file: 'provincial/山东省/1996.md', line: 36, text: '5年的实践进一步启示我们，推动经济和社会更好更快地发展，必须始终坚持邓小平同志建设有中国特色社会主义理论和党的基本路线，坚持解放思想与实事求是的统一，正确处理改革、发展、稳定的关系；', gold: [['5年', 'number', 5]]},
  {file: 'provincial/山东省/1996.md', line: 58, text: '城镇居民人均生活费收入、农民人均纯收入扣除物价因素，年均分别增长7%和10%。', gold: [['7%', 'percent', 7], ['10%', 'percent', 10]]},
  {file: 'provincial/山东省/1996.md', line: 8, text: '山东省省长 李春亭', gold: []},
  {file: 'provincial/山东省/1996.md', line: 104, text: '进一步发展繁荣社会科学和软科学研究。', gold: []},
  {file: 'provincial/海南省/1995.md', line: 6, text: '政府工作报告  ——1995年2月21日在海南省第一届人民代表大会第三次会议上', gold: [['1995年2月21日', 'date', null]]},
  // 亿平均 is conversion noise for 亿美元: the quantity is the number with its scale only
  {file: 'provincial/海南省/1995.md', line: 38, text: '全省实际利用外资 12.9亿平均，其中，外商直接投资 8.98 亿平均，利用国外贷款 3.9 亿美元。', gold: [['12.9亿', 'number', 1_290_000_000], ['8.98 亿', 'number', 898_000_000], ['3.9 亿美元', 'number', 390_000_000]]},
  {file: 'provincial/海南省/1995.md', line: 80, text: '292 家享有岛外出口报关权的进出口企业不搞终身制，实行动态调整，对少数享有进出口经营权但未发生出口创汇的企业，撤销其进出口经营权，并作了相应的递补。', gold: [['292 家', 'number', 292]]},
  {file: 'provincial/海南省/1995.md', line: 146, text: '今年我省国民经济和社会发展的计划目标是：国内生产总值比上年增长 13% ;其中第一产业增长 8% ，第二产业增长 17% ，第三产业增长 13%。', gold: [['13%', 'percent', 13], ['8%', 'percent', 8], ['17%', 'percent', 17], ['13%', 'percent', 13]]},
  {file: 'provincial/海南省/1995.md', line: 8, text: '海南省省长 阮崇武', gold: []},
  {file: 'provincial/海南省/1995.md', line: 177, text: '要落实我省延长土地承包期的政策，制定农村集体所有制土地转让若干规定，形成合理配置资源、有效利用土地的机制。', gold: []},
  {file: 'provincial/四川省/2005.md', line: 16, text: '初步核算，2005年全省生产总值达到7385.1亿元，比上年增长12.6%，比2000年增长69.8%，年均增长11.2%。', gold: [['2005年', 'date', null], ['7385.1亿元', 'number', 738_510_000_000], ['12.6%', 'percent', 12.6], ['2000年', 'date', null], ['69.8%', 'percent', 69.8], ['11.2%', 'percent', 11.2]]},
  {file: 'provincial/四川省/2005.md', line: 34, text: '农村公路里程达到26万公里，新增5.5万公里，投资120亿元用于农村电网建设和改造，农村居住、交通、通信、水利、能源等条件明显改善。', gold: [['26万公里', 'number', 260_000], ['5.5万公里', 'number', 55_000], ['120亿元', 'number', 12_000_000_000]]},
  {file: 'provincial/四川省/2005.md', line: 84, text: '三、2006年工作', gold: [['2006年', 'date', null]]},
  {file: 'provincial/四川省/2005.md', line: 206, text: '1.“三个转变”：即土地资源向土地资本转变，民间资金向民营资本转变，人才资源向人才资本转变。', gold: []},
  {file: 'provincial/四川省/2005.md', line: 8, text: '我代表省人民政府，向大会报告工作，请予审查，并请省政协委员提出意见。', gold: []},
  {file: 'provincial/四川省/2005.md', line: 116, text: '城市低保家庭义务教育阶段的学生同步享受当地农村“两免一补”政策。', gold: []},
  {file: 'provincial/河北省/2008.md', line: 10, text: '（2008年1月23日）', gold: [['2008年1月23日', 'date', null]]},
  {file: 'provincial/河北省/2008.md', line: 28, text: '农村基础设施建设加快，新建改建农村公路7.2万公里，农村电网改造全面完成，农田水利建设进一步加强，广播电视、通信网络快速延伸，全省农村实现户户通电，行政村基本实现村村通公路、通广播、通电视、通电话。', gold: [['7.2万公里', 'number', 72_000]]},
  // 五纵、六横、七条线 names a road network
  {file: 'provincial/河北省/2008.md', line: 44, text: '新建高速公路1256公里，五纵、六横、七条线为主骨架的高速公路网基本形成；', gold: [['1256公里', 'number', 1256]]},
  // ‰ is per mille, the written form of 千分之: a fraction (6.8‰ → 0.0068)
  {file: 'provincial/河北省/2008.md', line: 88, text: '单位生产总值能耗降低4.5%，二氧化硫、化学需氧量排放分别降低5.5%和6.5%;城镇登记失业率控制在4.5%以下，人口自然增长率不超过6.8‰，居民消费价格总水平涨幅低于去年实际涨幅。', gold: [['4.5%', 'percent', 4.5], ['5.5%', 'percent', 5.5], ['6.5%', 'percent', 6.5], ['4.5%以下', 'percent', 4.5], ['不超过6.8‰', 'fraction', 0.0068]]},
  {file: 'provincial/河北省/2008.md', line: 6, text: '在河北省第十一届人民代表大会第一次会议上', gold: []},
  {file: 'provincial/河北省/2008.md', line: 118, text: '加强体制机制建设和法制保障。', gold: []},
  {file: 'provincial/甘肃省/2014.md', line: 12, text: '2013年工作回顾', gold: [['2013年', 'date', null]]},
  {file: 'provincial/甘肃省/2014.md', line: 22, text: '实现学前教育、义务教育、高中教育、职业教育、高等教育资助政策全覆盖，88.39万人次家庭经济困难学生获得资助。', gold: [['88.39万人次', 'number', 883_900]]},
  {file: 'provincial/甘肃省/2014.md', line: 52, text: '大力发展蔬菜、林果产业，壮大提升马铃薯、中药材产业，推进河西国家玉米制种基地和葡萄产业带建设，新增特色优势经济作物面积120万亩。', gold: [['120万亩', 'number', 1_200_000]]},
  // （1） is a list marker
  {file: 'provincial/甘肃省/2014.md', line: 116, text: '按照普惠制和量力而行、尽力而为的原则，集中力量办好10项23件实事：（1）实施城乡居民职业技能培训工程；', gold: [['10项', 'number', 10], ['23件', 'number', 23]]},
  {file: 'provincial/甘肃省/2014.md', line: 6, text: '甘肃省省长 刘伟平', gold: []},
  {file: 'provincial/甘肃省/2014.md', line: 108, text: '大力加强文化事业建设。', gold: []},
  {file: 'provincial/广东省/2018.md', line: 7, text: '——2018年1月25日在广东省第十三届人民代表大会第一次会议上', gold: [['2018年1月25日', 'date', null]]},
  {file: 'provincial/广东省/2018.md', line: 37, text: '启动基础设施供给侧结构性改革，重点在项目库、投资、审批制度供给方面发力，设立规模5500亿元的基础设施投资基金，压减项目审批事项39项，全省基础设施投资增长24.3%，创2010年以来最高增速。', gold: [['5500亿元', 'number', 550_000_000_000], ['39项', 'number', 39], ['24.3%', 'percent', 24.3], ['2010年', 'date', null]]},
  {file: 'provincial/广东省/2018.md', line: 77, text: '研发经费支出占地区生产总值比重达2.7%；', gold: [['2.7%', 'percent', 2.7]]},
  {file: 'provincial/广东省/2018.md', line: 147, text: '推动农村基础设施建设提档升级，加快垃圾、污水处理设施和电网、供水、网络等建设，完善“四好农村路”建设体制机制，建设农村公路3000公里，全面完成农村贫困户危房改造任务，加强中小河流治理。', gold: [['3000公里', 'number', 3000]]},
  {file: 'provincial/广东省/2018.md', line: 6, text: '政府工作报告', gold: []},
  {file: 'provincial/广东省/2018.md', line: 119, text: '积极构建亲清新型政商关系。', gold: []},
  {file: 'provincial/云南省/2023.md', line: 6, text: '——2023年1月11日在云南省第十四届人民代表大会第一次会议上', gold: [['2023年1月11日', 'date', null]]},
  {file: 'provincial/云南省/2023.md', line: 38, text: '完成480万亩高标准农田建设，粮食播种面积6316.5万亩、产量1958万吨。', gold: [['480万亩', 'number', 4_800_000], ['6316.5万亩', 'number', 63_165_000], ['1958万吨', 'number', 19_580_000]]},
  {file: 'provincial/云南省/2023.md', line: 48, text: '改造城镇棚户区4.9万套，实施保障性租赁住房6.19万套。', gold: [['4.9万套', 'number', 49_000], ['6.19万套', 'number', 61_900]]},
  // 十大工程 (N大) and “两个健康” are names
  {file: 'provincial/云南省/2023.md', line: 124, text: '深入实施民营经济高质量发展十大工程，积极创建新时代“两个健康”先行区，民营经济增加值占GDP比重超过52%。', gold: [['超过52%', 'percent', 52]]},
  {file: 'provincial/云南省/2023.md', line: 12, text: '现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。', gold: []},
  {file: 'provincial/云南省/2023.md', line: 116, text: '（四）深化重点领域改革，在激发市场活力和社会创造力上取得新突破', gold: []},
  {file: 'provincial/贵州省/2025.md', line: 6, text: '<!-- 2025年1月19日上午，贵州省第十四届人民代表大会第三次会议在贵阳隆重开幕。', gold: [['2025年1月19日', 'date', null]]},
  {file: 'provincial/贵州省/2025.md', line: 36, text: '安排衔接资金37.9亿元实施产业奖补到户，带动413万人增收。', gold: [['37.9亿元', 'number', 3_790_000_000], ['413万人', 'number', 4_130_000]]},
  {file: 'provincial/贵州省/2025.md', line: 58, text: '社会消费品零售总额增长5%以上；', gold: [['5%以上', 'percent', 5]]},
  // 五星级/四星级 are hotel classes, not counts
  {file: 'provincial/贵州省/2025.md', line: 74, text: '大力开展住宿业、餐饮业服务品质提升行动，新增五星级饭店5家、培育四星级标准饭店40家，新增民宿经营主体1500家；', gold: [['5家', 'number', 5], ['40家', 'number', 40], ['1500家', 'number', 1500]]},
  {file: 'provincial/贵州省/2025.md', line: 6, text: '图为李炳军作政府工作报告。', gold: []},
  {file: 'provincial/贵州省/2025.md', line: 74, text: '增加“一场三站”到重点景区客运直达线路，改造提升步道、索道、停车场等公共基础设施，畅通重点景区内部“微循环”，提档升级旅游厕所、标识标牌等配套设施。', gold: []}
]
