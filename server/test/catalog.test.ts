import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { sqlCounter } from '../src/core/db/sql-counter.js';
import { Product } from '../src/modules/catalog/entities/product.entity.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { CREATE_PRODUCT, UPDATE_PRODUCT, auditOf, createCategory, createProduct, sku, uniq } from './catalog-fixtures.js';

let s: TestServer;
let admin: string;
let marketing: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('admin@demo.shop');
  marketing = await s.login('marketing@demo.shop');
});
afterAll(async () => { await s?.close(); });

const MOVE = `mutation($i: MoveCategoryInput!) { moveCategory(input: $i) { category { id path parentId } errors { field code } } }`;

describe('categories', () => {
  it('builds a tree, lists it with parent ids and paths, and refuses cycles', async () => {
    const tea = await createCategory(s, marketing, '测试茶叶');
    const oolong = await createCategory(s, marketing, '乌龙茶', tea.id);
    const tgy = await createCategory(s, marketing, '铁观音', oolong.id);
    expect(tgy).toMatchObject({ path: '测试茶叶/乌龙茶/铁观音', parentId: oolong.id });

    const all = await s.gql(`{ categories { id parentId path } }`, {}, { token: marketing });
    expect(all.data.categories).toEqual(expect.arrayContaining([{ id: oolong.id, parentId: tea.id, path: '测试茶叶/乌龙茶' }]));

    for (const parentId of [tea.id, tgy.id]) {
      const r = await s.gql(MOVE, { i: { id: tea.id, parentId } }, { token: marketing });
      expect(r.data.moveCategory).toEqual({ category: null, errors: [{ field: 'parentId', code: 'CYCLE' }] });
    }
    const moved = await s.gql(MOVE, { i: { id: tgy.id, parentId: null } }, { token: marketing });
    expect(moved.data.moveCategory).toEqual({ category: { id: tgy.id, path: '铁观音', parentId: null }, errors: [] });
    expect((await auditOf(s, admin, 'moveCategory', tgy.id))[0].summary).toBe('moved 测试茶叶/乌龙茶/铁观音 → 铁观音');
  });

  it('refuses a duplicate sibling name and a name with a slash', async () => {
    const root = await createCategory(s, marketing, uniq('根'));
    await createCategory(s, marketing, '红茶', root.id);
    const r = await s.gql(`mutation($i: CreateCategoryInput!) { createCategory(input: $i) { errors { field code } } }`, { i: { name: '红茶', parentId: root.id } }, { token: marketing });
    expect(r.data.createCategory.errors).toEqual([{ field: 'name', code: 'DUPLICATE' }]);
    const slash = await s.gql(`mutation { createCategory(input: { name: "茶/具" }) { errors { field code } } }`, {}, { token: marketing });
    expect(slash.data.createCategory.errors).toEqual([{ field: 'name', code: 'INVALID' }]);
    const green = await createCategory(s, marketing, '绿茶', root.id);
    const rename = await s.gql(`mutation($i: UpdateCategoryInput!) { updateCategory(input: $i) { category { name } errors { field code } } }`, { i: { id: green.id, name: '红茶' } }, { token: marketing });
    expect(rename.data.updateCategory).toEqual({ category: null, errors: [{ field: 'name', code: 'DUPLICATE' }] });
    const after = await s.gql(`{ categories { id name } }`, {}, { token: marketing });
    expect(after.data.categories.find((c: any) => c.id === green.id).name).toBe('绿茶');
  });
});

describe('products', () => {
  it('creates a product with SKUs, spec and attributes as name/value pairs, and audits the first prices', async () => {
    const cat = await createCategory(s, marketing, uniq('绿茶'));
    const code = uniq('LJ');
    const r = await s.gql(CREATE_PRODUCT, { i: {
      code, title: '西湖龙井 2026明前特级 绿茶 罐装250g', categoryId: cat.id, priceTier: 'IMAGE',
      attributes: [{ name: '产地', value: '杭州西湖' }, { name: '年份', value: '2026' }],
      skus: [
        { code: `${code}-250`, barcode: `69${Date.now()}`.slice(0, 13), spec: [{ name: '规格', value: '250g' }, { name: '包装', value: '罐装' }], weightGrams: 420, priceFen: 68800, vipPriceFen: 65000 },
        { code: `${code}-GIFT`, spec: [{ name: '规格', value: '试饮装' }], weightGrams: 20, priceFen: 0, isGift: true },
      ],
    } }, { token: marketing });
    expect(r.data.createProduct.errors).toEqual([]);
    const p = r.data.createProduct.product;
    expect(p).toMatchObject({ code, listingStatus: 'OFF_SHELF', showcase: false, priceTier: 'IMAGE', minPriceFen: 0, maxPriceFen: 68800, category: { id: cat.id } });
    expect(p.attributes).toEqual([{ name: '产地', value: '杭州西湖' }, { name: '年份', value: '2026' }]);
    expect(p.skus[0].spec).toEqual([{ name: '包装', value: '罐装' }, { name: '规格', value: '250g' }]);
    expect(p.skus[1]).toMatchObject({ isGift: true, priceFen: 0, vipPriceFen: null });

    const [entry] = await auditOf(s, admin, 'createProduct', p.id);
    expect(entry.summary).toContain(`${code}-250 ¥688.00 (VIP ¥650.00)`);
    const history = await s.gql(`query($id: ID!) { priceHistory(skuId: $id) { kind oldFen newFen changedByLabel priceChangeId } }`, { id: p.skus[0].id }, { token: marketing });
    expect(history.data.priceHistory).toEqual(expect.arrayContaining([
      { kind: 'PRICE', oldFen: null, newFen: 68800, changedByLabel: 'marketing@demo.shop', priceChangeId: null },
      { kind: 'VIP', oldFen: null, newFen: 65000, changedByLabel: 'marketing@demo.shop', priceChangeId: null },
    ]));
  });

  it('checks the title by Taobao’s count: 30 Chinese characters pass, 31 do not; mixed text counts 1 per ASCII character', async () => {
    const ok = await createProduct(s, marketing, { title: '茶'.repeat(30) });
    expect(ok.title).toHaveLength(30);
    const long = await s.gql(CREATE_PRODUCT, { i: { code: uniq('T'), title: '茶'.repeat(31), skus: [] } }, { token: marketing });
    expect(long.data.createProduct.errors).toEqual([{ field: 'title', code: 'TOO_LONG', message: expect.stringContaining('62') }]);
    const mixed = await s.gql(CREATE_PRODUCT, { i: { code: uniq('T'), title: `${'茶'.repeat(29)}abc`, skus: [] } }, { token: marketing });
    expect(mixed.data.createProduct.errors.map((e: any) => e.code)).toEqual(['TOO_LONG']);
    const blank = await s.gql(CREATE_PRODUCT, { i: { code: uniq('T'), title: '  ', skus: [] } }, { token: marketing });
    expect(blank.data.createProduct.errors).toEqual([{ field: 'title', code: 'REQUIRED', message: 'Title is required' }]);
    const update = await s.gql(UPDATE_PRODUCT, { i: { id: ok.id, title: '茶'.repeat(31) } }, { token: marketing });
    expect(update.data.updateProduct.errors.map((e: any) => e.code)).toEqual(['TOO_LONG']);
  });

  it('refuses duplicate SKU codes and barcodes, within the input and against the catalog, and writes nothing', async () => {
    const first = await createProduct(s, marketing, { skus: [sku(uniq('S'), { barcode: '6900000000017' })] });
    const taken = first.skus[0];
    const before = await s.orm.em.fork().count(Product, {});
    const r = await s.gql(CREATE_PRODUCT, { i: { code: uniq('D'), title: '重复检查', skus: [
      sku(taken.code, { spec: [{ name: '规格', value: 'a' }] }),
      sku('NEW-1', { barcode: '6900000000017', spec: [{ name: '规格', value: 'b' }] }),
      sku('NEW-2', { barcode: '6900000000024', spec: [{ name: '规格', value: 'c' }] }),
      sku('NEW-2', { barcode: '6900000000024', spec: [{ name: '规格', value: 'd' }] }),
    ] } }, { token: marketing });
    expect(r.data.createProduct.product).toBeNull();
    expect(r.data.createProduct.errors.map((e: any) => `${e.field}:${e.code}`).sort()).toEqual([
      'skus.0.code:DUPLICATE', 'skus.1.barcode:DUPLICATE', 'skus.3.barcode:DUPLICATE', 'skus.3.code:DUPLICATE',
    ]);
    expect(r.data.createProduct.errors.find((e: any) => e.field === 'skus.0.code').message).toContain(first.code);
    expect(await s.orm.em.fork().count(Product, {})).toBe(before);

    // Changing an existing SKU to a taken barcode is refused too.
    const other = await createProduct(s, marketing);
    const u = await s.gql(UPDATE_PRODUCT, { i: { id: other.id, updateSkus: [{ id: other.skus[0].id, barcode: '6900000000017' }] } }, { token: marketing });
    expect(u.data.updateProduct.errors.map((e: any) => `${e.field}:${e.code}`)).toEqual(['updateSkus.0.barcode:DUPLICATE']);
  });

  it('refuses a weight of 0, a negative price, a VIP price above the price and two SKUs with one spec', async () => {
    const r = await s.gql(CREATE_PRODUCT, { i: { code: uniq('W'), title: '规则检查', skus: [
      sku('W-1', { weightGrams: 0 }), sku('W-2', { priceFen: -1 }), sku('W-3', { vipPriceFen: 20000 }),
      sku('W-4', { spec: [{ name: '规格', value: '同' }] }), sku('W-5', { spec: [{ name: '规格', value: '同' }] }),
    ] } }, { token: marketing });
    expect(r.data.createProduct.errors.map((e: any) => `${e.field}:${e.code}`)).toEqual([
      'skus.0.weightGrams:INVALID', 'skus.1.priceFen:INVALID', 'skus.2.vipPriceFen:INVALID', 'skus.4.spec:DUPLICATE',
    ]);
  });

  it('updates product fields and SKUs, adds a SKU with its price, and keeps prices out of SKU changes', async () => {
    const p = await createProduct(s, marketing);
    const r = await s.gql(UPDATE_PRODUCT, { i: {
      id: p.id, title: '新标题 铁观音', priceTier: 'TRAFFIC', attributes: [{ name: '产地', value: '安溪' }],
      updateSkus: [{ id: p.skus[0].id, weightGrams: 550, spec: [{ name: '规格', value: '500g' }] }],
      addSkus: [sku(`${p.code}-B`, { priceFen: 9900 })],
    } }, { token: marketing });
    expect(r.data.updateProduct.errors).toEqual([]);
    expect(r.data.updateProduct.product).toMatchObject({ title: '新标题 铁观音', priceTier: 'TRAFFIC', attributes: [{ name: '产地', value: '安溪' }], minPriceFen: 9900 });
    expect(r.data.updateProduct.product.skus.map((x: any) => [x.code, x.weightGrams, x.priceFen])).toEqual([[p.skus[0].code, 550, 12800], [`${p.code}-B`, 300, 9900]]);
    const [entry] = await auditOf(s, admin, 'updateProduct', p.id);
    expect(entry.summary).toContain('weightGrams: 300 → 550');
    expect(entry.summary).toContain(`added ${p.code}-B ¥99.00`);
    // The contract has no price on a SKU change.
    const price = await s.gql(UPDATE_PRODUCT, { i: { id: p.id, updateSkus: [{ id: p.skus[0].id, priceFen: 1 }] } }, { token: marketing });
    expect(codes(price)).toEqual(['BAD_USER_INPUT']);
  });

  it('puts products on the shelf only with an active SKU, all or none, and sets the showcase flag', async () => {
    const good = await createProduct(s, marketing);
    const empty = await createProduct(s, marketing, { skus: [] });
    const LIST = `mutation($i: SetListingStatusInput!) { setListingStatus(input: $i) { products { id listingStatus } errors { field code } } }`;
    const refused = await s.gql(LIST, { i: { productIds: [good.id, empty.id], status: 'ON_SHELF' } }, { token: marketing });
    expect(refused.data.setListingStatus).toEqual({ products: null, errors: [{ field: 'productIds.1', code: 'NO_ACTIVE_SKU' }] });
    expect((await s.orm.em.fork().findOneOrFail(Product, Number(good.id))).listingStatus).toBe('OFF_SHELF');
    const ok = await s.gql(LIST, { i: { productIds: [good.id], status: 'ON_SHELF' } }, { token: marketing });
    expect(ok.data.setListingStatus).toEqual({ products: [{ id: good.id, listingStatus: 'ON_SHELF' }], errors: [] });
    const show = await s.gql(`mutation($i: SetShowcaseInput!) { setShowcase(input: $i) { products { showcase } errors { code } } }`, { i: { productIds: [good.id], showcase: true } }, { token: marketing });
    expect(show.data.setShowcase).toEqual({ products: [{ showcase: true }], errors: [] });
    expect((await auditOf(s, admin, 'setListingStatus', good.id))[0].summary).toBe('listingStatus: OFF_SHELF → ON_SHELF');
  });

  it('searches by code, title, SKU code and barcode, and filters by category including subcategories', async () => {
    const root = await createCategory(s, marketing, uniq('茶具'));
    const child = await createCategory(s, marketing, '紫砂壶', root.id);
    const tag = uniq('Q');
    const inChild = await createProduct(s, marketing, { title: `宜兴紫砂壶 ${tag}`, categoryId: child.id, skus: [sku(`${tag}_SKU`, { barcode: `${tag}-BC` })] });
    const inRoot = await createProduct(s, marketing, { categoryId: root.id });
    await createProduct(s, marketing);
    const find = async (where: Record<string, unknown>) => {
      const r = await s.gql(`query($w: ProductFilter) { products(where: $w, first: 100) { totalCount nodes { id } } }`, { w: where }, { token: marketing });
      return r.data.products.nodes.map((n: any) => n.id).sort();
    };
    expect(await find({ search: tag.toLowerCase() })).toEqual([inChild.id]);
    expect(await find({ search: `${tag}_SKU` })).toEqual([inChild.id]);
    expect(await find({ search: `${tag}-BC` })).toEqual([inChild.id]);
    expect(await find({ search: inRoot.code })).toEqual([inRoot.id]);
    expect(await find({ categoryId: root.id })).toEqual([inChild.id, inRoot.id].sort());
    expect(await find({ categoryId: child.id })).toEqual([inChild.id]);
    expect(await find({ categoryId: root.id, priceTier: 'IMAGE' })).toEqual([]);
  });

  it('sorts and pages, and refuses a page over 100', async () => {
    const page = await s.gql(`{ products(first: 3, sort: { field: CODE, direction: DESC }) { totalCount pageInfo { hasNextPage } nodes { code } } }`, {}, { token: marketing });
    const got = page.data.products.nodes.map((n: any) => n.code);
    expect(got).toEqual([...got].sort().reverse());
    expect(page.data.products.pageInfo.hasNextPage).toBe(true);
    const big = await s.gql(`{ products(first: 101) { totalCount } }`, {}, { token: marketing });
    expect(big.errors?.[0].message).toMatch(/between 1 and 100/);
  });

  it('is refused to a role without product:write, and changes nothing', async () => {
    const cs = await s.login('cs1@demo.shop');
    const r = await s.gql(CREATE_PRODUCT, { i: { code: uniq('X'), title: '客服不能建商品', skus: [] } }, { token: cs });
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect(await s.orm.em.fork().count(Product, { title: '客服不能建商品' })).toBe(0);
  });
});

describe('the product list', () => {
  it('costs the same number of SQL statements at 10 and 100 rows (no N+1)', async () => {
    const cat = await createCategory(s, admin, uniq('批量'));
    for (let i = 0; i < 100; i++) {
      await createProduct(s, admin, { categoryId: cat.id, skus: [sku(uniq('N')), sku(uniq('N'), { spec: [{ name: '规格', value: '礼盒' }] })] });
    }
    const q = (n: number) => `{ products(first: ${n}, where: { categoryId: "${cat.id}" }) { totalCount nodes {
      code category { name path productCount } attributes { name } minPriceFen images { url }
      skus { code spec { name value } product { code } } } } }`;
    const count = async (n: number) => {
      const before = sqlCounter.count;
      const r = await s.gql(q(n), {}, { token: admin });
      expect(r.errors).toBeUndefined();
      expect(r.data.products.nodes).toHaveLength(n);
      expect(r.data.products.nodes[0].skus).toHaveLength(2);
      return sqlCounter.count - before;
    };
    await count(10); // warm
    const at10 = await count(10);
    expect(await count(100)).toBe(at10);
    expect(await s.orm.em.fork().count(Sku, {})).toBeGreaterThanOrEqual(200);
  });
});
