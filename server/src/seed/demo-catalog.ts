import type { EntityManager } from '@mikro-orm/core';
import { Category } from '../modules/catalog/entities/category.entity.js';
import { ListingStatus, PriceTier, Product } from '../modules/catalog/entities/product.entity.js';
import { createSku } from '../modules/catalog/services/product-write.service.js';
import type { SkuDraft } from '../modules/catalog/services/product-rules.js';

/**
 * The demo shop's catalogue: a tea-and-teaware shop (茶叶与茶具), about 60 products and 200
 * SKUs, with a 2-7-1-ish tier mix among the listed products. Deterministic, so every demo
 * database looks the same. Runs only on an empty catalogue.
 */

const { TRAFFIC: T, VOLUME: V, IMAGE: I } = PriceTier;
type Variant = [code: string, spec: Record<string, string>, weightGrams: number, priceYuan: number];
type Kind = 'tea' | 'cake' | 'pot' | 'bowl' | 'cup' | 'tray' | 'box' | 'gift';
/** code, name, title keywords, category, tier, kind, base price (yuan), attributes. */
type Row = [string, string, string, string, PriceTier, Kind, number, Record<string, string>];

const TEA = (origin: string, year = '2026', aroma = '') => ({ 产地: origin, 年份: year, ...(aroma ? { 香型: aroma } : {}) });
const WARE = (material: string, origin: string) => ({ 材质: material, 产地: origin });

const PRODUCTS: Row[] = [
  ['GT01', '西湖龙井', '2026明前特级 绿茶 杭州原产 春茶', '茶叶/绿茶', I, 'tea', 298, TEA('浙江杭州', '2026', '豆香')],
  ['GT02', '洞庭碧螺春', '明前一级 绿茶 苏州原产 春茶', '茶叶/绿茶', V, 'tea', 128, TEA('江苏苏州', '2026', '花果香')],
  ['GT03', '黄山毛峰', '特级 绿茶 安徽原产 新茶', '茶叶/绿茶', V, 'tea', 88, TEA('安徽黄山')],
  ['GT04', '信阳毛尖', '雨前 绿茶 河南原产 口粮茶', '茶叶/绿茶', V, 'tea', 68, TEA('河南信阳')],
  ['GT05', '六安瓜片', '一级 绿茶 安徽原产 无芽无梗', '茶叶/绿茶', V, 'tea', 108, TEA('安徽六安')],
  ['GT06', '太平猴魁', '手工捏尖 绿茶 安徽原产', '茶叶/绿茶', V, 'tea', 158, TEA('安徽黄山')],
  ['GT07', '安吉白茶', '明前 绿茶 浙江原产 高氨基酸', '茶叶/绿茶', V, 'tea', 118, TEA('浙江安吉')],
  ['GT08', '日照绿茶', '新茶 浓香耐泡 口粮茶 特价', '茶叶/绿茶', T, 'tea', 29, TEA('山东日照')],
  ['WL01', '安溪铁观音', '浓香型 乌龙茶 2026秋茶 兰花香', '茶叶/乌龙茶', V, 'tea', 98, TEA('福建安溪', '2026', '浓香')],
  ['WL02', '安溪铁观音', '清香型 乌龙茶 高山茶 春茶', '茶叶/乌龙茶', V, 'tea', 118, TEA('福建安溪', '2026', '清香')],
  ['WL03', '武夷大红袍', '岩茶 乌龙茶 中火 焙火香', '茶叶/乌龙茶', V, 'tea', 138, TEA('福建武夷山', '2025', '焙火香')],
  ['WL04', '武夷肉桂', '岩茶 乌龙茶 桂皮香 足火', '茶叶/乌龙茶', V, 'tea', 158, TEA('福建武夷山', '2025', '桂皮香')],
  ['WL05', '武夷水仙', '老枞 岩茶 乌龙茶 木质香', '茶叶/乌龙茶', V, 'tea', 118, TEA('福建武夷山', '2025', '木质香')],
  ['WL06', '凤凰单丛', '蜜兰香 乌龙茶 潮州原产', '茶叶/乌龙茶', V, 'tea', 108, TEA('广东潮州', '2026', '蜜兰香')],
  ['WL07', '台湾高山乌龙', '冻顶 乌龙茶 奶香 原装进口', '茶叶/乌龙茶', V, 'tea', 168, TEA('台湾南投', '2026', '奶香')],
  ['WL08', '漳平水仙', '茶饼 乌龙茶 兰花香 口粮 特价', '茶叶/乌龙茶', T, 'tea', 39, TEA('福建漳平', '2026', '兰花香')],
  ['HC01', '正山小种', '桐木关 红茶 松烟香 传统', '茶叶/红茶', V, 'tea', 98, TEA('福建武夷山', '2026', '松烟香')],
  ['HC02', '金骏眉', '特级 红茶 桐木关 蜜香 芽尖', '茶叶/红茶', I, 'tea', 368, TEA('福建武夷山', '2026', '蜜香')],
  ['HC03', '祁门红茶', '祁红香螺 红茶 安徽原产', '茶叶/红茶', V, 'tea', 88, TEA('安徽祁门', '2026', '祁门香')],
  ['HC04', '滇红金芽', '云南凤庆 红茶 金毫 蜜香', '茶叶/红茶', V, 'tea', 78, TEA('云南凤庆', '2026', '蜜香')],
  ['HC05', '英德红茶', '英红九号 红茶 口粮茶 特价', '茶叶/红茶', T, 'tea', 32, TEA('广东英德')],
  ['HC06', '宜兴红茶', '阳羡 红茶 江苏原产', '茶叶/红茶', V, 'tea', 68, TEA('江苏宜兴')],
  ['HC07', '坦洋工夫', '红茶 福安原产 桂圆香', '茶叶/红茶', V, 'tea', 72, TEA('福建福安', '2026', '桂圆香')],
  ['PE01', '普洱熟茶饼', '357g 勐海 宫廷料 陈香', '茶叶/普洱', V, 'cake', 168, TEA('云南勐海', '2019', '陈香')],
  ['PE02', '普洱生茶饼', '357g 易武 古树 春茶', '茶叶/普洱', V, 'cake', 238, TEA('云南易武', '2023')],
  ['PE03', '老班章古树', '普洱生茶 357g 收藏级 头春', '茶叶/普洱', I, 'cake', 1880, TEA('云南勐海', '2021')],
  ['PE04', '宫廷普洱散茶', '熟茶 金芽 勐海 陈香', '茶叶/普洱', V, 'tea', 88, TEA('云南勐海', '2020', '陈香')],
  ['PE05', '新会小青柑', '普洱 柑普茶 独立包装 特价', '茶叶/普洱', T, 'tea', 36, TEA('广东新会', '2025', '柑香')],
  ['PE06', '普洱沱茶', '熟茶 100g 下关 口粮', '茶叶/普洱', V, 'tea', 45, TEA('云南大理', '2022')],
  ['BC01', '白毫银针', '福鼎白茶 特级 芽头 毫香', '茶叶/白茶', V, 'tea', 198, TEA('福建福鼎', '2026', '毫香')],
  ['BC02', '白牡丹', '福鼎白茶 一级 花香', '茶叶/白茶', V, 'tea', 98, TEA('福建福鼎', '2025', '花香')],
  ['BC03', '福鼎寿眉', '白茶 口粮茶 枣香 特价', '茶叶/白茶', T, 'tea', 35, TEA('福建福鼎', '2023', '枣香')],
  ['BC04', '老白茶饼', '2018年 寿眉饼 350g 药香', '茶叶/白茶', V, 'cake', 268, TEA('福建福鼎', '2018', '药香')],
  ['BC05', '福鼎贡眉', '白茶 一级 清甜', '茶叶/白茶', V, 'tea', 78, TEA('福建福鼎', '2025')],
  ['ZS01', '宜兴紫砂壶 西施壶', '原矿紫泥 纯手工 泡茶壶', '茶具/紫砂壶', V, 'pot', 398, WARE('原矿紫泥', '江苏宜兴')],
  ['ZS02', '宜兴紫砂壶 石瓢壶', '大师手作 原矿底槽清 收藏', '茶具/紫砂壶', I, 'pot', 2680, WARE('底槽清', '江苏宜兴')],
  ['ZS03', '宜兴紫砂壶 仿古壶', '原矿朱泥 半手工 泡茶壶', '茶具/紫砂壶', V, 'pot', 328, WARE('原矿朱泥', '江苏宜兴')],
  ['ZS04', '宜兴紫砂壶 掇球壶', '原矿段泥 全手工', '茶具/紫砂壶', V, 'pot', 458, WARE('原矿段泥', '江苏宜兴')],
  ['ZS05', '朱泥小品壶', '潮州手拉壶 功夫茶具', '茶具/紫砂壶', V, 'pot', 268, WARE('朱泥', '广东潮州')],
  ['ZS06', '入门紫砂壶', '新手泡茶壶 过滤 特价包邮', '茶具/紫砂壶', T, 'pot', 59, WARE('紫砂', '江苏宜兴')],
  ['GW01', '白瓷盖碗', '德化羊脂玉 三才碗 不烫手', '茶具/盖碗', V, 'bowl', 78, WARE('羊脂玉瓷', '福建德化')],
  ['GW02', '青花盖碗', '景德镇手绘 三才碗', '茶具/盖碗', V, 'bowl', 128, WARE('青花瓷', '江西景德镇')],
  ['GW03', '汝窑盖碗', '开片可养 天青色 三才碗', '茶具/盖碗', V, 'bowl', 98, WARE('汝瓷', '河南汝州')],
  ['GW04', '玻璃盖碗', '耐热高硼硅 透明 特价', '茶具/盖碗', T, 'bowl', 29, WARE('高硼硅玻璃', '河北')],
  ['CB01', '青花品茗杯', '景德镇 陶瓷小茶杯 功夫茶杯', '茶具/茶杯', T, 'cup', 19, WARE('青花瓷', '江西景德镇')],
  ['CB02', '建盏', '建阳兔毫 主人杯 纯手工 铁胎', '茶具/茶杯', V, 'cup', 168, WARE('铁胎', '福建建阳')],
  ['CB03', '玻璃公道杯', '加厚耐热 分茶器 带滤网', '茶具/茶杯', T, 'cup', 25, WARE('高硼硅玻璃', '河北')],
  ['CB04', '汝窑品茗杯', '开片 天青 陶瓷茶杯', '茶具/茶杯', V, 'cup', 38, WARE('汝瓷', '河南汝州')],
  ['CB05', '柴烧主人杯', '手工柴烧 落灰釉 茶杯', '茶具/茶杯', V, 'cup', 88, WARE('粗陶', '福建德化')],
  ['CP01', '竹制茶盘', '储水式 家用 功夫茶台 特价', '茶具/茶盘', T, 'tray', 69, WARE('楠竹', '福建')],
  ['CP02', '乌金石茶盘', '整块天然石 大号 茶海', '茶具/茶盘', I, 'tray', 1280, WARE('乌金石', '安徽')],
  ['CP03', '干泡茶盘', '陶瓷 小号 日式 壶承', '茶具/茶盘', V, 'tray', 89, WARE('陶瓷', '福建德化')],
  ['CP04', '电木茶盘', '胶木 排水 功夫茶盘 特价', '茶具/茶盘', T, 'tray', 79, WARE('电木', '广东潮州')],
  ['LH01', '中秋茶礼盒', '铁观音+大红袍 双罐 送礼', '礼盒', V, 'box', 268, TEA('福建')],
  ['LH02', '春节茶礼盒', '金骏眉 白毫银针 高端商务送礼', '礼盒', I, 'box', 888, TEA('福建')],
  ['LH03', '功夫茶具套装', '紫砂壶+品茗杯+茶盘 礼盒装', '礼盒', V, 'box', 398, WARE('紫砂/陶瓷', '江苏宜兴')],
  ['LH04', '乌龙茶组合礼盒', '四大名茶 品鉴装 送长辈', '礼盒', V, 'box', 198, TEA('福建')],
  ['ZP01', '茶样试饮装', '赠品 随单赠送', '赠品', V, 'gift', 0, {}],
  ['ZP02', '茶巾', '赠品 吸水棉麻', '赠品', V, 'gift', 0, {}],
  ['ZP03', '茶道六君子', '赠品 竹制茶夹套装', '赠品', V, 'gift', 0, {}],
  ['ZP04', '品牌手提袋', '赠品 礼品袋', '赠品', V, 'gift', 0, {}],
];

/** Specs, weights and price factors per kind of product; factor 1 is the base price. */
function variants(kind: Kind, code: string, base: number): Variant[] {
  const v = (suffix: string, spec: Record<string, string>, grams: number, factor: number): Variant => [suffix, spec, grams, base * factor];
  switch (kind) {
    case 'tea': return [v('50', { 规格: '50g', 包装: '试饮袋装' }, 80, 0.55), v('100', { 规格: '100g', 包装: '袋装' }, 130, 1), v('250', { 规格: '250g', 包装: '罐装' }, 380, 2.4), v('500', { 规格: '500g', 包装: '礼盒装' }, 900, 4.6)];
    case 'cake': return [v('1', { 规格: '单饼' }, 420, 1), v('7', { 规格: '整提(7饼)' }, 2800, 6.5)];
    case 'pot': return [v('180', { 容量: '180ml' }, 380, 1), v('220', { 容量: '220ml' }, 450, 1.15), v('260', { 容量: '260ml' }, 520, 1.3)];
    case 'bowl': return [v('100W', { 容量: '100ml', 颜色: '白' }, 260, 1), v('150W', { 容量: '150ml', 颜色: '白' }, 320, 1.2), v('150B', { 容量: '150ml', 颜色: '青' }, 320, 1.3)];
    case 'cup': return [v('1', { 规格: '单只' }, 120, 1), v('4', { 规格: '四只装' }, 480, 3.6), v('6', { 规格: '六只装' }, 700, 5.2)];
    case 'tray': return [v('S', { 尺寸: '小号' }, 2600, 1), v('L', { 尺寸: '大号' }, 4200, 1.6)];
    case 'box': return [v('STD', { 规格: '标准装' }, 1500, 1), v('LUX', { 规格: '豪华装' }, 2200, 1.8)];
    case 'gift':
      if (code === 'ZP01') return [v('TGY', { 口味: '铁观音' }, 12, 0), v('HC', { 口味: '红茶' }, 12, 0), v('BC', { 口味: '白茶' }, 12, 0)];
      if (code === 'ZP02') return [v('G', { 颜色: '灰' }, 40, 0), v('B', { 颜色: '棕' }, 40, 0)];
      if (code === 'ZP04') return [v('S', { 尺寸: '小号' }, 60, 0), v('L', { 尺寸: '大号' }, 90, 0)];
      return [v('1', { 规格: '六件套' }, 180, 0)];
  }
}

/** Shop-style prices in fen: ¥x.9 under ¥20, otherwise whole yuan ending in 8. */
function shopPriceFen(yuan: number): number {
  if (yuan <= 0) return 0;
  if (yuan < 20) return Math.max(1, Math.round(yuan)) * 100 - 10;
  return (Math.round(yuan / 10) * 10 - 2) * 100;
}

/** A valid EAN-13 with the China prefix 69 and a made-up company number. */
export function demoBarcode(n: number): string {
  const body = `6901234${String(n).padStart(5, '0')}`;
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return body + ((10 - (sum % 10)) % 10);
}

// Not listed: seasonal or being reworked, and the gifts (they ship with orders, never sold alone).
const OFF_SHELF = new Set(['GT06', 'WL05', 'CB05', 'ZP01', 'ZP02', 'ZP03', 'ZP04']);
const SHOWCASE = new Set(['GT01', 'WL01', 'HC02', 'PE01', 'BC01', 'ZS01', 'GW01', 'LH01']);

export async function seedDemoCatalog(em: EntityManager): Promise<{ products: number; skus: number } | null> {
  if (await em.count(Product, {})) return null;
  const categories = new Map<string, Category>();
  const categoryAt = (path: string): Category => {
    let parent: Category | undefined;
    path.split('/').forEach((name, depth, parts) => {
      const key = parts.slice(0, depth + 1).join('/');
      parent = categories.get(key) ?? em.create(Category, { name, parent, sortOrder: categories.size });
      categories.set(key, parent);
    });
    return parent!;
  };
  for (const path of ['茶叶/绿茶', '茶叶/乌龙茶', '茶叶/红茶', '茶叶/普洱', '茶叶/白茶', '茶具/紫砂壶', '茶具/盖碗', '茶具/茶杯', '茶具/茶盘', '礼盒', '赠品']) categoryAt(path);

  let barcodes = 0;
  let skus = 0;
  const actor = { label: 'demo seed' };
  for (const [code, name, keywords, path, tier, kind, base, attributes] of PRODUCTS) {
    const product = em.create(Product, {
      code, title: `${name} ${keywords}`, category: categoryAt(path), attributes, priceTier: tier,
      listingStatus: OFF_SHELF.has(code) ? ListingStatus.OFF_SHELF : ListingStatus.ON_SHELF, showcase: SHOWCASE.has(code),
      description: kind === 'gift' ? '赠品：随订单或活动赠送，不单独销售。' : `${name}。${keywords.replace(/ /g, '，')}。`,
    });
    for (const [suffix, spec, weightGrams, yuan] of variants(kind, code, base)) {
      const priceFen = shopPriceFen(yuan);
      const draft: SkuDraft = {
        code: `${code}-${suffix}`, barcode: kind === 'gift' && code !== 'ZP01' ? null : demoBarcode(++barcodes), spec, weightGrams, priceFen,
        // Members get about 5 % off the volume and image items.
        vipPriceFen: tier !== T && priceFen >= 5000 ? Math.round((priceFen * 0.95) / 100) * 100 : null,
        isGift: kind === 'gift', active: true,
      };
      createSku(em, product, draft, actor);
      skus++;
    }
  }
  await em.flush();
  return { products: PRODUCTS.length, skus };
}
