/**
 * Provincial-level regions of China, with the short names texts use.
 *
 * @module
 */

/** One provincial-level region. */
export interface Province {
  /** Full name (`内蒙古自治区`). */
  name: string
  /** Short names that stand for it at the start of a title (`内蒙古`). */
  short: ReadonlyArray<string>
}

/** All 34 provincial-level regions. Extend `short` when a text uses another form. */
export const provinces: ReadonlyArray<Province> = [
  {name: '北京市', short: ['北京']},
  {name: '天津市', short: ['天津']},
  {name: '上海市', short: ['上海']},
  {name: '重庆市', short: ['重庆']},
  {name: '河北省', short: ['河北']},
  {name: '山西省', short: ['山西']},
  {name: '辽宁省', short: ['辽宁']},
  {name: '吉林省', short: ['吉林']},
  {name: '黑龙江省', short: ['黑龙江']},
  {name: '江苏省', short: ['江苏']},
  {name: '浙江省', short: ['浙江']},
  {name: '安徽省', short: ['安徽']},
  {name: '福建省', short: ['福建']},
  {name: '江西省', short: ['江西']},
  {name: '山东省', short: ['山东']},
  {name: '河南省', short: ['河南']},
  {name: '湖北省', short: ['湖北']},
  {name: '湖南省', short: ['湖南']},
  {name: '广东省', short: ['广东']},
  {name: '海南省', short: ['海南']},
  {name: '四川省', short: ['四川']},
  {name: '贵州省', short: ['贵州']},
  {name: '云南省', short: ['云南']},
  {name: '陕西省', short: ['陕西']},
  {name: '甘肃省', short: ['甘肃']},
  {name: '青海省', short: ['青海']},
  {name: '台湾省', short: ['台湾']},
  {name: '内蒙古自治区', short: ['内蒙古']},
  {name: '广西壮族自治区', short: ['广西']},
  {name: '西藏自治区', short: ['西藏']},
  {name: '宁夏回族自治区', short: ['宁夏']},
  {name: '新疆维吾尔自治区', short: ['新疆']},
  {name: '香港特别行政区', short: ['香港']},
  {name: '澳门特别行政区', short: ['澳门']}
]
