import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { seedDemoCatalog, demoBarcode } from '../src/seed/demo-catalog.js';
import { Product } from '../src/modules/catalog/entities/product.entity.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { PriceHistory } from '../src/modules/catalog/entities/price-history.entity.js';
import { titleWidth } from '../src/modules/catalog/services/title.js';
import { specKey } from '../src/modules/catalog/services/name-value.js';

let s: TestServer;
let seeded: Awaited<ReturnType<typeof seedDemoCatalog>>;
beforeAll(async () => {
  s = await startTestServer();
  seeded = await seedDemoCatalog(s.orm.em.fork());
});
afterAll(async () => { await s?.close(); });

const isEan13 = (code: string) => /^\d{13}$/.test(code) && [...code].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0) % 10 === 0;

describe('the demo catalogue', () => {
  it('is a tea-and-teaware shop of about 60 products and 200 SKUs, and seeds only once', async () => {
    expect(seeded).toEqual({ products: 61, skus: expect.any(Number) });
    expect(seeded!.skus).toBeGreaterThanOrEqual(190);
    expect(seeded!.skus).toBeLessThanOrEqual(210);
    expect(await seedDemoCatalog(s.orm.em.fork())).toBeNull();
    expect(await s.orm.em.fork().count(Sku, {})).toBe(seeded!.skus);
  });

  it('keeps the catalogue’s own rules: title width, valid unique barcodes, distinct specs, integer prices with history', async () => {
    const em = s.orm.em.fork();
    const products = await em.find(Product, {}, { populate: ['skus'] });
    for (const p of products) {
      expect(titleWidth(p.title), p.title).toBeLessThanOrEqual(60);
      const specs = p.skus.getItems().map((x) => specKey(x.spec));
      expect(new Set(specs).size, p.code).toBe(specs.length);
    }
    const skus = products.flatMap((p) => p.skus.getItems());
    const barcodes = skus.map((x) => x.barcode).filter((b): b is string => !!b);
    expect(barcodes.every(isEan13)).toBe(true);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(isEan13(demoBarcode(1))).toBe(true);
    for (const x of skus) {
      expect(Number.isInteger(x.priceFen) && x.priceFen >= 0, x.code).toBe(true);
      expect(x.vipPriceFen == null || x.vipPriceFen < x.priceFen, x.code).toBe(true);
      expect(x.weightGrams).toBeGreaterThan(0);
    }
    expect(skus.filter((x) => x.isGift).every((x) => x.priceFen === 0)).toBe(true);
    expect(skus.filter((x) => x.isGift).length).toBeGreaterThanOrEqual(5);
    expect(await em.count(PriceHistory, {})).toBe(skus.length + skus.filter((x) => x.vipPriceFen != null).length);
  });

  it('shows a balanced 2-7-1 mix and the categories of the brief', async () => {
    const admin = await s.login('admin@demo.shop');
    const r = await s.gql(`{ priceTierMix { balanced total tiers { tier count } } categories { path productCount } }`, {}, { token: admin });
    expect(r.data.priceTierMix.balanced).toBe(true);
    // 61 products, 7 off the shelf (4 gifts, 3 seasonal): 11 traffic, 37 volume, 6 image = 20.4 / 68.5 / 11.1 %.
    expect(r.data.priceTierMix.tiers.map((t: any) => t.count)).toEqual([11, 37, 6]);
    const paths = r.data.categories.map((c: any) => c.path);
    expect(paths).toEqual(expect.arrayContaining(['茶叶/绿茶', '茶叶/乌龙茶', '茶叶/红茶', '茶叶/普洱', '茶叶/白茶', '茶具/紫砂壶', '茶具/盖碗', '茶具/茶杯', '茶具/茶盘', '礼盒', '赠品']));
    const search = await s.gql(`{ products(where: { search: "铁观音" }) { nodes { code } } }`, {}, { token: admin });
    expect(search.data.products.nodes.map((n: any) => n.code)).toEqual(['LH01', 'WL01', 'WL02']); // the gift box names it too
  });
});
