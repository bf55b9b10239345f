import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, stamp } from '../../support/inventory';

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('marketing creates a product with a SKU, sees server field errors beside the field, lists it and adds a picture', async ({ page, request }) => {
  await asAdmin(request);
  const taken = await createProduct(request, { title: '已有商品 编码占用', skus: [{ suffix: 'X', priceFen: 100 }] });
  const code = `E2E-P-${stamp()}`;

  await signIn(page, demo('marketing'));
  await page.getByTestId('nav-marketing').click();
  await page.getByTestId('workspace-link-products').click();
  await page.getByTestId('product-create').click();
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('product-editor')).toContainText('此项必填');

  await page.getByTestId('product-code').fill(code);
  await page.getByTestId('product-title').fill('凤凰单丛 蜜兰香 2026 春茶 高山乌龙');
  await expect(page.getByTestId('product-editor')).toContainText('长度 34 / 60');
  await chooseOption(page, 'product-tier', '引流款');
  await page.getByTestId('product-attributes').fill('产地=广东潮州\n年份=2026');
  const row = page.getByTestId('sku-table').locator('tbody tr').first();
  await row.getByLabel('SKU 编码').fill(taken.skus[0].code);
  await row.getByLabel('规格').fill('规格=125g');
  await row.getByLabel('重量（克）').fill('200');
  await row.getByLabel('售价').fill('88.5');
  await page.getByTestId('product-save').click();
  // The server refuses the SKU code already in use; the message sits under that field.
  await expect(row.locator('.MuiFormHelperText-root.Mui-error')).toContainText('已存在相同的记录');
  await expect(page).toHaveURL(/\/marketing\/products\/new$/);

  await row.getByLabel('SKU 编码').fill(`${code}-125G`);
  await page.getByTestId('product-save').click();
  await expect(page).toHaveURL(/\/marketing\/products\/\d+$/);
  await expect(page.getByTestId(`sku-price-${code}-125G`)).toHaveText('¥88.50');

  await page.getByTestId('product-listing-toggle').click();
  await expect(page.getByTestId('notice')).toContainText('商品已上架');
  await expect(page.getByTestId('product-listing-toggle')).toBeChecked();
  await page.getByTestId('product-image-file').setInputFiles({ name: 'front.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByTestId('product-image')).toHaveCount(1);
  await expect.poll(() => page.getByTestId('product-image').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  await page.getByTestId('nav-products').click();
  await chooseOption(page, 'products-filter-listing', '在架');
  await chooseOption(page, 'products-filter-tier', '引流款');
  await page.getByTestId('products-search').fill(code);
  const grid = page.getByTestId('products-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toContainText('¥88.50');
  await chooseOption(page, 'products-filter-listing', '下架');
  await expect(grid.getByRole('row')).toHaveCount(1);
});

test('CSV import: a bad row stops an all-or-nothing import; valid rows only imports the rest, with progress', async ({ page }) => {
  const code = `E2E-CSV-${stamp()}`;
  const header = 'product_code,title,category_path,price_tier,sku_code,barcode,spec,weight_grams,price_yuan,vip_price_yuan,is_gift,warehouse_code,opening_qty';
  const csv = [
    header,
    `${code},祁门红茶 特级 导入,茶叶/红茶,VOLUME,${code}-100G,,规格=100g,150,68.00,,false,,`,
    `${code},祁门红茶 特级 导入,茶叶/红茶,VOLUME,${code}-250G,,规格=250g,300,148.00,138.00,false,,`,
    `${code}-B,坏行 价格不对,茶叶/红茶,VOLUME,${code}-B-1,,规格=1,100,abc,,false,,`,
  ].join('\n');
  const file = { name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') };

  await signIn(page, demo('marketing'), undefined, '/marketing/products');
  await page.getByTestId('products-import').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-start').click();
  const progress = page.getByTestId('import-progress');
  await expect(progress).toHaveAttribute('data-status', 'FAILED');
  await expect(page.getByTestId('import-row-errors')).toContainText('price_yuan');
  await expect(page.getByTestId('import-row-errors').getByRole('row').nth(1)).toContainText('4');
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByTestId('products-search').fill(code);
  await expect(page.getByTestId('products-grid').getByRole('row')).toHaveCount(1);

  await page.getByTestId('products-import').click();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-valid-only').check();
  await page.getByTestId('import-start').click();
  await expect(progress).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(progress).toContainText('导入 2 行');
  await page.getByRole('button', { name: '关闭' }).click();
  const grid = page.getByTestId('products-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toContainText('¥68.00 – ¥148.00');
  await expect(grid.getByRole('row').nth(1)).toContainText('茶叶/红茶');

  const download = page.waitForEvent('download');
  await page.getByTestId('products-export').click();
  expect((await download).suggestedFilename()).toMatch(/^products-\d{8}\.csv$/);
});

test('the 2-7-1 tab charts the price mix against its target', async ({ page }) => {
  await signIn(page, demo('marketing'), undefined, '/marketing/products');
  await page.getByTestId('products-tab-mix').click();
  const mix = page.getByTestId('tier-mix');
  await expect(mix.locator('svg').first()).toBeVisible();
  await expect(mix.getByTestId('tier-row-TRAFFIC')).toContainText('20%');
  await expect(mix.getByTestId('tier-row-VOLUME')).toContainText('70%');
  await expect(mix.getByTestId('tier-row-IMAGE')).toContainText('10%');
});

test('marketing adds a category and a subcategory; the tree shows their path', async ({ page }) => {
  const name = `茶器${stamp()}`;
  await signIn(page, demo('marketing'), undefined, '/marketing/products');
  await page.getByTestId('products-categories').click();
  const dialog = page.getByTestId('categories-dialog');
  await page.getByTestId('category-save').click();
  await expect(dialog).toContainText('此项必填');
  await page.getByTestId('category-name').fill(name);
  await page.getByTestId('category-save').click();
  await expect(dialog.getByRole('cell', { name, exact: true })).toBeVisible();
  await page.getByTestId('category-name').fill('盖碗');
  await dialog.getByLabel('上级类目').click();
  await page.getByRole('option', { name, exact: true }).click();
  await page.getByTestId('category-save').click();
  await expect(dialog.getByRole('cell', { name: `${name}/盖碗`, exact: true })).toBeVisible();
});
