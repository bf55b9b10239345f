/**
 * China's 34 province-level regions. Addresses, fee templates and ship-first regions all
 * use these canonical names, so "浙江" and "浙江省" reach the same template.
 */
export const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市',
  '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省',
  '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省', '甘肃省', '青海省', '台湾省',
  '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
  '香港特别行政区', '澳门特别行政区',
] as const;

/** A fee template or rate card row for every province not listed on its own. */
export const ANY_PROVINCE = '*';

const SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const BY_SHORT = new Map<string, string>(PROVINCES.map((p) => [p.replace(SUFFIX, ''), p]));

/** The canonical name for a province as people write it ("浙江", "浙江省", " 广西 "), or null if unknown. */
export function canonicalProvince(text: string | null | undefined): string | null {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return null;
  if ((PROVINCES as readonly string[]).includes(trimmed)) return trimmed;
  return BY_SHORT.get(trimmed.replace(SUFFIX, '')) ?? null;
}
