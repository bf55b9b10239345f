/** Names, places and phone numbers for demo buyers. */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玲红梅鑫宇浩然子轩欣怡佳琪思远雨涵梓萱晨阳一鸣若曦文博诗涵'.split('');

/** Province → weight (share of online orders) and a few cities. */
export const REGIONS: [string, number, string[]][] = [
  ['广东省', 14, ['广州市', '深圳市', '东莞市', '佛山市']], ['浙江省', 10, ['杭州市', '宁波市', '温州市']], ['江苏省', 10, ['南京市', '苏州市', '无锡市']],
  ['上海市', 7, ['上海市']], ['北京市', 6, ['北京市']], ['山东省', 6, ['济南市', '青岛市']], ['福建省', 5, ['福州市', '厦门市', '泉州市']],
  ['四川省', 5, ['成都市', '绵阳市']], ['河南省', 4, ['郑州市', '洛阳市']], ['湖北省', 4, ['武汉市', '宜昌市']], ['湖南省', 3.5, ['长沙市', '株洲市']],
  ['安徽省', 3, ['合肥市', '芜湖市']], ['河北省', 3, ['石家庄市', '保定市']], ['辽宁省', 2.5, ['沈阳市', '大连市']], ['重庆市', 2.5, ['重庆市']],
  ['陕西省', 2, ['西安市']], ['江西省', 2, ['南昌市']], ['广西壮族自治区', 2, ['南宁市', '桂林市']], ['天津市', 2, ['天津市']],
  ['云南省', 1.5, ['昆明市']], ['山西省', 1.5, ['太原市']], ['黑龙江省', 1.2, ['哈尔滨市']], ['吉林省', 1, ['长春市']], ['贵州省', 1, ['贵阳市']],
  ['内蒙古自治区', 0.8, ['呼和浩特市']], ['新疆维吾尔自治区', 0.6, ['乌鲁木齐市']], ['甘肃省', 0.6, ['兰州市']], ['海南省', 0.6, ['海口市', '三亚市']],
  ['宁夏回族自治区', 0.3, ['银川市']], ['青海省', 0.2, ['西宁市']], ['西藏自治区', 0.1, ['拉萨市']],
];
const REGION_TOTAL = REGIONS.reduce((a, r) => a + r[1], 0);

/** Orders to these provinces ship from the Guangzhou warehouse, these from Beijing; the rest from Hangzhou. */
export const SOUTH = new Set(['广东省', '广西壮族自治区', '海南省', '福建省', '湖南省', '江西省', '云南省', '贵州省', '四川省', '重庆市']);
export const NORTH = new Set(['北京市', '天津市', '河北省', '山西省', '内蒙古自治区', '辽宁省', '吉林省', '黑龙江省', '山东省', '河南省', '陕西省', '甘肃省', '宁夏回族自治区', '青海省', '新疆维吾尔自治区']);

const STREETS = ['人民路', '中山路', '解放路', '建设路', '和平路', '文化路', '新华路', '长江路', '南京路', '幸福路'];
const DISTRICTS = ['城东区', '城西区', '高新区', '开发区', '新城区', '老城区'];

export const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];

export function region(rnd: () => number): { province: string; city: string } {
  let x = rnd() * REGION_TOTAL;
  for (const [province, weight, cities] of REGIONS) if ((x -= weight) <= 0) return { province, city: pick(rnd, cities) };
  return { province: '浙江省', city: '杭州市' };
}

export function person(rnd: () => number) {
  const name = pick(rnd, SURNAMES) + pick(rnd, GIVEN) + (rnd() < 0.6 ? pick(rnd, GIVEN) : '');
  const phone = `1${pick(rnd, ['3', '5', '7', '8', '9'])}${String(Math.floor(rnd() * 1e9)).padStart(9, '0')}`;
  const detail = `${pick(rnd, STREETS)}${1 + Math.floor(rnd() * 300)}号${1 + Math.floor(rnd() * 20)}幢${100 + Math.floor(rnd() * 2000)}室`;
  return { name, phone, district: pick(rnd, DISTRICTS), detail, account: `tea_${Math.floor(rnd() * 1e7).toString(36)}` };
}

/** A deterministic generator, so every fresh demo looks the same. */
export function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    // xorshift32: fast and good enough for demo data.
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return x / 4294967296;
  };
}
