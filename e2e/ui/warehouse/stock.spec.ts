import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, createWarehouse, stockIn } from '../../support/inventory';

test('stock view: manual movement with a reason, ledger drill-down, safety stock, low-stock alert and CSV export', async ({ page, request }) => {
  test.slow(); // six steps across two screens: 25 s alone, over a minute beside three other workers on two cores
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '库存测试仓');
  const product = await createProduct(request, { title: '武夷岩茶 大红袍 库存', skus: [{ suffix: '150g', priceFen: 26800 }] });
  const sku = product.skus[0];
  await stockIn(request, sku.id, warehouse.id, 40);

  await signIn(page, demo('warehouse.lead'));
  await page.getByTestId('nav-warehouse').click();
  await page.getByTestId('workspace-link-stock').click();
  await expect(page.getByTestId(`warehouse-summary-${warehouse.code}`)).toBeVisible();
  await page.getByTestId(`warehouse-summary-${warehouse.code}`).click();
  await page.getByTestId('stock-search').fill(sku.code);
  const grid = page.getByTestId('stock-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toContainText('武夷岩茶 大红袍 库存 · 150g');

  // A manual "other out" needs a reason.
  await page.getByTestId(`stock-move-${sku.code}-${warehouse.code}`).click();
  await chooseOption(page, 'movement-type', '其他出库');
  await page.getByTestId('movement-quantity').fill('6');
  await page.getByTestId('movement-submit').click();
  await expect(page.getByTestId('movement-form')).toContainText('请填写原因');
  await page.getByTestId('movement-reason').fill('样品寄送达人');
  await page.getByTestId('movement-submit').click();
  await expect(page.getByTestId('notice')).toContainText('结存 34');
  await expect(grid.getByRole('row').nth(1).locator('[data-field="onHand"]')).toHaveText('34');

  // More than is available is refused by the server, next to the quantity.
  await page.getByTestId('stock-new-movement').click();
  await chooseOption(page, 'movement-warehouse', warehouse.label);
  await page.getByTestId('movement-sku').fill(sku.code);
  await page.locator(`li[data-sku="${sku.code}"]`).click();
  await chooseOption(page, 'movement-type', '其他出库');
  await page.getByTestId('movement-quantity').fill('500');
  await page.getByTestId('movement-reason').fill('报损');
  await page.getByTestId('movement-submit').click();
  const quantityField = page.getByTestId('movement-form').locator('.MuiFormControl-root', { has: page.getByTestId('movement-quantity') });
  await expect(quantityField.locator('.MuiFormHelperText-root')).toContainText('可用库存不足');
  await page.getByTestId('movement-form').getByRole('button', { name: '取消' }).click();

  // The ledger: opening receipt and the manual issue, newest first.
  await grid.getByRole('row').nth(1).click();
  const ledger = page.getByTestId('ledger-drawer');
  await expect(ledger.getByRole('row')).toHaveCount(3);
  await expect(ledger.getByRole('row').nth(1)).toContainText('其他出库');
  await expect(ledger.getByRole('row').nth(1)).toContainText('样品寄送达人');
  await expect(ledger.getByRole('row').nth(1)).toContainText('周库房主管');
  await expect(ledger.getByRole('row').nth(2)).toContainText('其他入库');
  await page.getByTestId('ledger-close').click();

  // Safety stock above what is available puts the SKU on the low-stock list with a suggested reorder.
  await page.getByTestId(`stock-safety-${sku.code}-${warehouse.code}`).click();
  await page.getByTestId('safety-input').fill('-3');
  await page.getByTestId('safety-submit').click();
  await expect(page.getByTestId('safety-form')).toContainText('请输入不小于 0 的整数');
  await page.getByTestId('safety-input').fill('50');
  await page.getByTestId('safety-submit').click();
  await expect(grid.getByRole('row').nth(1)).toContainText('低于安全库存');
  await page.getByTestId('stock-filter-below').check();
  await expect(grid.getByRole('row')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByTestId('stock-export').click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(sku.code);

  await page.getByTestId('nav-low-stock').click();
  await chooseOption(page, 'low-stock-warehouse', warehouse.label);
  const low = page.getByTestId('low-stock-grid');
  await expect(low.getByRole('row')).toHaveCount(2);
  await expect(low.getByRole('row').nth(1)).toContainText(sku.code);
  // Twice the safety stock (100) minus available (34) and in transit (0).
  await expect(low.getByRole('row').nth(1).locator('[data-field="suggestedReorder"]')).toHaveText('66');
});

test('the ABC tab draws the chart from the ledger', async ({ page }) => {
  await signIn(page, demo('warehouse.lead'), undefined, '/warehouse/stock');
  await page.getByTestId('stock-tab-abc').click();
  await expect(page.getByTestId('abc-chart').locator('svg').first()).toBeVisible();
  await expect(page.getByTestId('abc-class-A')).toBeVisible();
});

test('people who only read stock see it without the buttons that change it', async ({ page }) => {
  await signIn(page, demo('cs1'));
  await expect(page.getByTestId('nav-stock')).toBeVisible();
  await expect(page.getByTestId('nav-transfers')).toHaveCount(0);
  await expect(page.getByTestId('nav-stocktakes')).toHaveCount(0);
  await page.getByTestId('nav-stock').click();
  await expect(page.getByTestId('stock-grid')).toBeVisible();
  await expect(page.getByTestId('stock-new-movement')).toHaveCount(0);
  await page.goto('/warehouse/transfers');
  await expect(page.getByTestId('no-access')).toBeVisible();

  // warehouse1 works transfers and stocktakes but may not adjust stock by hand.
  await page.getByTestId('sign-out').click();
  await signIn(page, demo('warehouse1'), undefined, '/warehouse/stock');
  await expect(page.getByTestId('stock-grid')).toBeVisible();
  await expect(page.getByTestId('stock-new-movement')).toHaveCount(0);
  await expect(page.getByTestId('nav-transfers')).toBeVisible();
  await expect(page.getByTestId('nav-price-approvals')).toHaveCount(0);
});

test('goods of a SKU a warehouse never held are received with an "other in"', async ({ page, request }) => {
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '新品入库仓');
  const product = await createProduct(request, { title: '滇红 金丝 新品入库', skus: [{ suffix: '100g', priceFen: 8800 }] });
  const sku = product.skus[0];

  await signIn(page, demo('warehouse.lead'), undefined, '/warehouse/stock');
  await page.getByTestId('stock-new-movement').click();
  await chooseOption(page, 'movement-warehouse', warehouse.label);
  await chooseOption(page, 'movement-type', '其他入库');
  await page.getByTestId('movement-sku').fill(sku.code);
  await page.locator(`li[data-sku="${sku.code}"]`).click();
  await page.getByTestId('movement-quantity').fill('12');
  await page.getByTestId('movement-reason').fill('样品转正常库存');
  await page.getByTestId('movement-submit').click();
  await expect(page.getByTestId('notice')).toContainText('结存 12');

  await chooseOption(page, 'stock-warehouse', warehouse.label);
  const grid = page.getByTestId('stock-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1).locator('[data-field="available"]')).toHaveText('12');
});

test('warehouse.lead adds a warehouse; a code already used is refused next to the field', async ({ page }) => {
  const code = `WH-${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, demo('warehouse.lead'), undefined, '/warehouse/stock');
  await page.getByTestId('stock-warehouses').click();
  await page.getByTestId('warehouse-code').fill(code);
  await page.getByTestId('warehouse-name').fill('成都仓');
  await page.getByTestId('warehouse-save').click();
  const dialog = page.getByTestId('warehouses-dialog');
  await expect(dialog.getByRole('cell', { name: code, exact: true })).toBeVisible();
  await page.getByTestId('warehouse-code').fill(code);
  await page.getByTestId('warehouse-name').fill('成都二仓');
  await page.getByTestId('warehouse-save').click();
  const codeField = dialog.locator('.MuiFormControl-root', { has: page.getByTestId('warehouse-code') });
  await expect(codeField.locator('.MuiFormHelperText-root')).toContainText('已存在相同的记录');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await chooseOption(page, 'stock-warehouse', `${code} 成都仓`);
  await expect(page.getByTestId('stock-grid').getByRole('row')).toHaveCount(1);

  // warehouse1 has no warehouse:manage, so no button.
  await page.getByTestId('sign-out').click();
  await signIn(page, demo('warehouse1'), undefined, '/warehouse/stock');
  await expect(page.getByTestId('stock-grid')).toBeVisible();
  await expect(page.getByTestId('stock-warehouses')).toHaveCount(0);
});
