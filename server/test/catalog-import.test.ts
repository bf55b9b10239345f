import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { loadConfig } from '../src/config.js';
import { parseCsv } from '../src/modules/catalog/services/csv-parse.js';
import { Product } from '../src/modules/catalog/entities/product.entity.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { StockMovement } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { auditOf, createProduct, uniq } from './catalog-fixtures.js';

let s: TestServer;
let admin: string;
let marketing: string;
beforeAll(async () => {
  // A larger body limit than the default, so files near the 5 MB import limit reach the server.
  s = await startTestServer({ limits: { ...loadConfig().limits, bodyBytes: '8mb' } });
  admin = await s.login('admin@demo.shop');
  marketing = await s.login('marketing@demo.shop');
  for (const [code, name] of [['HZ', '杭州主仓'], ['GZ', '广州仓']]) {
    const r = await s.gql(`mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { errors { code } } }`, { i: { code, name } }, { token: admin });
    expect(r.data.createWarehouse.errors).toEqual([]);
  }
});
afterAll(async () => { await s?.close(); });

const HEADER = 'product_code,title,category_path,price_tier,sku_code,barcode,spec,weight_grams,price_yuan,vip_price_yuan,is_gift,warehouse_code,opening_qty';
const START = `mutation($i: StartProductImportInput!) { startProductImport(input: $i) { job { id status totalRows } errors { field code message } } }`;

/** Starts an import and polls the job until it finishes, as the web does. */
async function runImport(csv: string, mode?: string, token = admin) {
  const started = await s.gql(START, { i: { csv, mode, fileName: 'catalog.csv' } }, { token });
  expect(started.errors).toBeUndefined();
  expect(started.data.startProductImport.errors).toEqual([]);
  const id = started.data.startProductImport.job.id;
  for (let i = 0; i < 600; i++) {
    const r = await s.gql(`query($id: ID!) { importJob(id: $id) { id status mode totalRows processedRows importedRows errorCount errors { row column code message } } }`, { id }, { token });
    const job = r.data.importJob;
    if (job.status === 'SUCCEEDED' || job.status === 'FAILED') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('import did not finish');
}

/** A file of two products (one with two SKUs) and one bad row per kind of mistake. */
function fileWithBadRows(tag: string) {
  return [
    HEADER,
    `${tag}-TGY,安溪铁观音 浓香型 2026秋茶,${tag}茶叶/乌龙茶,VOLUME,${tag}-TGY-250,,规格=250g;包装=罐装,300,128.00,118.5,false,HZ,40`,
    `${tag}-TGY,,,,${tag}-TGY-500,,规格=500g;包装=罐装,560,"1,15",,false,HZ,10`, // row 3: bad price
    `${tag}-TGY,,,,${tag}-TGY-50,,规格=50g;包装=袋装,60,19.99,,false,GZ,5`,
    `${tag}-CUP,"青花瓷 品茗杯, 单只装",${tag}茶具/茶杯,TRAFFIC,${tag}-CUP-1,,颜色=青花,150,1.15,,,NOPE,3`, // row 5: unknown warehouse
    `${tag}-CUP,,,,${tag}-TGY-250,,颜色=粉彩,150,9.90,,,,`, // row 6: SKU code already on row 2
    `${tag}-GIFT,茶样 试饮装,${tag}赠品,,${tag}-GIFT-1,,,10,0,,是,HZ,100`,
  ].join('\r\n');
}

describe('CSV import', () => {
  it('ALL_OR_NOTHING: one bad row and nothing is imported; every problem is reported by row and column', async () => {
    const tag = uniq('A');
    const products = await s.orm.em.fork().count(Product, {});
    const movements = await s.orm.em.fork().count(StockMovement, {});
    const job = await runImport(fileWithBadRows(tag));
    expect(job).toMatchObject({ status: 'FAILED', mode: 'ALL_OR_NOTHING', totalRows: 6, processedRows: 6, importedRows: 0, errorCount: 3 });
    expect(job.errors.map((e: any) => `${e.row}:${e.column}:${e.code}`)).toEqual(['3:price_yuan:INVALID', '5:warehouse_code:NOT_FOUND', '6:sku_code:DUPLICATE']);
    expect(job.errors[2].message).toBe(`SKU code ${tag}-TGY-250 is also on row 2`);
    expect(await s.orm.em.fork().count(Product, {})).toBe(products);
    expect(await s.orm.em.fork().count(StockMovement, {})).toBe(movements);
  });

  it('VALID_ROWS_ONLY: the good rows are imported, prices exactly in fen, categories made, opening stock through the ledger', async () => {
    const tag = uniq('V');
    const job = await runImport(fileWithBadRows(tag), 'VALID_ROWS_ONLY');
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 6, processedRows: 6, importedRows: 3, errorCount: 3 });
    expect(job.errors.map((e: any) => e.row)).toEqual([3, 5, 6]);

    const r = await s.gql(`query($w: ProductFilter) { products(where: $w, first: 10, sort: { field: CODE, direction: ASC }) { nodes {
      code title priceTier category { path } skus { code priceFen vipPriceFen weightGrams isGift spec { name value } } } } }`, { w: { search: tag } }, { token: admin });
    const [gift, tgy] = r.data.products.nodes;
    expect(r.data.products.nodes).toHaveLength(2); // the cup's only valid row was refused
    expect(tgy).toMatchObject({ code: `${tag}-TGY`, title: '安溪铁观音 浓香型 2026秋茶', priceTier: 'VOLUME', category: { path: `${tag}茶叶/乌龙茶` } });
    expect(tgy.skus.map((x: any) => [x.code, x.priceFen, x.vipPriceFen, x.weightGrams])).toEqual([[`${tag}-TGY-250`, 12800, 11850, 300], [`${tag}-TGY-50`, 1999, null, 60]]);
    expect(tgy.skus[0].spec).toEqual([{ name: '包装', value: '罐装' }, { name: '规格', value: '250g' }]);
    expect(gift).toMatchObject({ code: `${tag}-GIFT`, category: { path: `${tag}赠品` }, skus: [{ isGift: true, priceFen: 0 }] });

    const moves = await s.gql(`query($w: StockMovementFilter) { stockMovements(where: $w, first: 10) { nodes { type quantity onHandAfter warehouse { code } } } }`, { w: { referenceType: 'ImportJob', referenceId: job.id } }, { token: admin });
    expect(moves.data.stockMovements.nodes.map((m: any) => `${m.type}:${m.warehouse.code}:${m.quantity}:${m.onHandAfter}`).sort()).toEqual(['OPENING:GZ:5:5', 'OPENING:HZ:100:100', 'OPENING:HZ:40:40']);
    const [entry] = await auditOf(s, admin, 'importProducts', job.id);
    expect(entry.summary).toContain('2 new products');
    expect(entry.summary).toContain('145 units of opening stock');
  });

  it('adds SKUs to an existing product and reports SKU codes that already exist', async () => {
    const existing = await createProduct(s, admin);
    const csv = [HEADER, `${existing.code},,,,${existing.code}-NEW,,规格=新,100,5,,,,`, `${existing.code},,,,${existing.skus[0].code},,规格=旧,100,5,,,,`].join('\n');
    const job = await runImport(csv, 'VALID_ROWS_ONLY');
    expect(job.errors.map((e: any) => `${e.row}:${e.column}:${e.code}`)).toEqual(['3:sku_code:DUPLICATE']);
    const skus = await s.orm.em.fork().find(Sku, { product: Number(existing.id) }, { orderBy: { id: 'asc' } });
    expect(skus.map((x) => x.code)).toEqual([existing.skus[0].code, `${existing.code}-NEW`]);
  });

  it('holds the rows of one product to one title, needs a title for a new product, and one spec per SKU', async () => {
    const tag = uniq('C');
    const csv = [HEADER,
      `${tag}-1,凤凰单丛 蜜兰香,,,${tag}-1A,,规格=100g,130,88,,,,`,
      `${tag}-1,凤凰单丛 鸭屎香,,,${tag}-1B,,规格=250g,380,198,,,,`,
      `${tag}-1,,,,${tag}-1C,,规格=100g,130,90,,,,`,
      `${tag}-2,,,,${tag}-2A,,,130,88,,,,`,
      `${tag}-2,,,,${tag}-2B,,规格=大,130,88,,,,`,
    ].join('\n');
    const job = await runImport(csv);
    expect(job.errors.map((e: any) => `${e.row}:${e.column}:${e.code}`)).toEqual([
      '3:title:CONFLICT', '4:spec:DUPLICATE', '5:title:REQUIRED', '6:product_code:INVALID',
    ]);
    expect(job.errors[3].message).toBe(`Product ${tag}-2 cannot be created: see row 5`);
  });

  it('opening stock needs stock:adjust: marketing may import products but not their stock', async () => {
    const tag = uniq('M');
    const csv = [HEADER, `${tag},营销导入,,,${tag}-1,,,100,5.00,,,HZ,10`, `${tag},,,,${tag}-2,,规格=二,100,5.00,,,,`].join('\n');
    const job = await runImport(csv, 'VALID_ROWS_ONLY', marketing);
    expect(job.errors).toEqual([{ row: 2, column: 'opening_qty', code: 'FORBIDDEN', message: 'Opening stock needs the permission stock:adjust' }]);
    expect(await s.orm.em.fork().count(Sku, { code: { $like: `${tag}-%` } })).toBe(1);
  });

  it('reports progress over several chunks for a larger file', async () => {
    const tag = uniq('L');
    const rows = Array.from({ length: 1200 }, (_, i) => `${tag}-${Math.floor(i / 3)},批量商品 ${Math.floor(i / 3)},${tag}/批量,,${tag}-S${i},69${String(i).padStart(11, '0')}${tag.slice(-2)},规格=${i},${100 + i},${(i % 100) + 0.5},,,HZ,${i % 7}`);
    const job = await runImport([HEADER, ...rows].join('\n'));
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 1200, processedRows: 1200, importedRows: 1200, errorCount: 0 });
    expect(await s.orm.em.fork().count(Product, { code: { $like: `${tag}-%` } })).toBe(400);
  });

  it('refuses, before any job, an empty file, a broken CSV, missing columns and a file over 5 MB', async () => {
    const refuse = async (csv: string) => (await s.gql(START, { i: { csv } }, { token: admin })).data.startProductImport;
    expect((await refuse('')).errors).toEqual([{ field: 'csv', code: 'REQUIRED', message: expect.any(String) }]);
    expect((await refuse(`${HEADER}\nX,"unclosed`)).errors[0]).toMatchObject({ field: 'csv', code: 'INVALID', message: expect.stringContaining('Row 2') });
    expect((await refuse('product_code,title\nX,Y')).errors[0].message).toContain('Missing column(s): sku_code, weight_grams, price_yuan');
    expect((await refuse(HEADER)).errors[0].message).toBe('The file has a header but no rows');
    const big = await refuse(`${HEADER}\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect(big).toEqual({ job: null, errors: [{ field: 'csv', code: 'TOO_LARGE', message: expect.any(String) }] });
  });
});

describe('CSV export', () => {
  it('exports the filtered list one line per SKU, in the import’s columns, readable back', async () => {
    const tag = uniq('E');
    await runImport([HEADER,
      `${tag}-B,"白毫银针, 特级",${tag}/白茶,IMAGE,${tag}-B-1,6901234567892,规格=100g;包装=盒装,200,388.00,350,,,`,
      `${tag}-B,,,,${tag}-B-2,,规格=200g;包装=盒装,380,699.5,,,,`,
      `${tag}-A,=公式标题,${tag}/白茶,,${tag}-A-1,,,50,12,,,,`,
    ].join('\n'));
    const r = await s.gql(`query($w: ProductFilter) { productsCsv(where: $w, sort: { field: CODE, direction: DESC }) }`, { w: { search: tag } }, { token: marketing });
    const text: string = r.data.productsCsv;
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text).map((x) => x.cells);
    expect(header.slice(0, 11)).toEqual(HEADER.split(',').slice(0, 11));
    expect(rows.map((x) => x.slice(0, 11))).toEqual([
      [`${tag}-B`, '白毫银针, 特级', `${tag}/白茶`, 'IMAGE', `${tag}-B-1`, '6901234567892', '包装=盒装;规格=100g', '200', '388.00', '350.00', 'false'],
      [`${tag}-B`, '白毫银针, 特级', `${tag}/白茶`, 'IMAGE', `${tag}-B-2`, '', '包装=盒装;规格=200g', '380', '699.50', '', 'false'],
      [`${tag}-A`, "'=公式标题", `${tag}/白茶`, 'VOLUME', `${tag}-A-1`, '', '', '50', '12.00', '', 'false'],
    ]);
    const none = await s.gql(`{ productsCsv(where: { search: "no-such-product-anywhere" }) }`, {}, { token: marketing });
    expect(parseCsv(none.data.productsCsv)).toHaveLength(1);
  });
});
