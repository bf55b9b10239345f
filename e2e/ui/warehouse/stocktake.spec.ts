import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, createWarehouse, pickSku, stockIn } from '../../support/inventory';

test('a stocktake counted by warehouse1 and approved by warehouse.lead adjusts the stock view', async ({ page, request }) => {
  // Own warehouse and SKUs: an open stocktake locks its warehouse, so parallel tests must not share one.
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '盘点测试仓');
  const product = await createProduct(request, { title: '安溪铁观音 浓香型 盘点', skus: [{ suffix: '250g', priceFen: 12800 }, { suffix: '500g', priceFen: 23800 }] });
  const [counted, untouched] = product.skus;
  await stockIn(request, counted.id, warehouse.id, 20);
  await stockIn(request, untouched.id, warehouse.id, 7);

  // warehouse1 opens a count sheet for two SKUs, enters a count that differs from the book, and submits.
  await signIn(page, demo('warehouse1'));
  await page.getByTestId('nav-stocktakes').click();
  await page.getByTestId('stocktake-open').click();
  await chooseOption(page, 'stocktake-warehouse', warehouse.label);
  await pickSku(page, 'stocktake-sku', counted.code);
  await pickSku(page, 'stocktake-sku', untouched.code);
  await expect(page.getByTestId('stocktake-chosen')).toContainText(untouched.code);
  await page.getByTestId('stocktake-submit-open').click();

  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'COUNTING');
  const code = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ').pop()!;
  const line = page.getByTestId(`count-line-${counted.code}`);
  await expect(line.getByTestId('count-book')).toHaveText('20');
  await page.getByTestId(`count-input-${counted.code}`).fill('17');
  await page.getByTestId(`count-input-${untouched.code}`).fill('7');
  await expect(line.getByTestId('count-variance')).toContainText('-3');
  // warehouse1 may count, not approve.
  await expect(page.getByTestId('stocktake-approve')).toHaveCount(0);
  await page.getByTestId('stocktake-submit').click();
  await page.getByTestId('stocktake-submit-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'SUBMITTED');
  await expect(page.getByTestId('stocktake-progress')).toContainText('2 / 2');
  await expect(page.getByTestId('stocktake-approve')).toHaveCount(0);

  // warehouse.lead finds it in the list, reviews the variance and approves.
  await page.getByTestId('sign-out').click();
  await signIn(page, demo('warehouse.lead'));
  await page.getByTestId('nav-stocktakes').click();
  await chooseOption(page, 'stocktake-filter-warehouse', warehouse.label);
  await page.getByTestId('stocktakes-grid').getByText(code).click();
  await expect(page.getByTestId('variance-summary')).toContainText('1');
  await page.getByTestId('stocktake-approve').click();
  await page.getByTestId('stocktake-approve-dialog-note').fill('复核无误');
  await page.getByTestId('stocktake-approve-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'APPROVED');
  await expect(line.getByTestId('count-variance')).toHaveText('-3');
  const history = page.getByTestId('stocktake-history');
  await expect(history.getByTestId('stocktake-history-event')).toHaveCount(3);
  await expect(history).toContainText('复核无误');
  await expect(history).toContainText('周库房主管');

  // The stock view shows the adjusted quantity, and the ledger the stocktake adjustment.
  await page.getByTestId('nav-stock').click();
  await chooseOption(page, 'stock-warehouse', warehouse.label);
  await page.getByTestId('stock-search').fill(counted.code);
  const grid = page.getByTestId('stock-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  const row = grid.getByRole('row').nth(1);
  await expect(row.locator('[data-field="onHand"]')).toHaveText('17');
  await row.click();
  const ledger = page.getByTestId('ledger-drawer');
  await expect(ledger.getByRole('row').nth(1)).toContainText('盘点调整');
  await expect(ledger.getByRole('row').nth(1)).toContainText('-3');
  await expect(ledger.getByRole('row').nth(1)).toContainText(code);
});

test('a submitted stocktake is sent back with a note; refusals show where they belong', async ({ page, request }) => {
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '退回测试仓');
  const product = await createProduct(request, { title: '宜兴紫砂壶 西施壶 退回', skus: [{ suffix: '200ml', priceFen: 58800 }] });
  const sku = product.skus[0];
  await stockIn(request, sku.id, warehouse.id, 5);

  await signIn(page, demo('warehouse.lead'), undefined, '/warehouse/stocktakes');
  await page.getByTestId('stocktake-open').click();
  // Nothing chosen: the form says so before asking the server.
  await page.getByTestId('stocktake-submit-open').click();
  await expect(page.getByTestId('stocktake-form')).toContainText('此项必填');
  await chooseOption(page, 'stocktake-warehouse', warehouse.label);
  await pickSku(page, 'stocktake-sku', sku.code);
  await page.getByTestId('stocktake-submit-open').click();
  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'COUNTING');
  const sheet = page.url();

  // A second open stocktake of the same warehouse is refused next to the warehouse field.
  await page.goto('/warehouse/stocktakes');
  await page.getByTestId('stocktake-open').click();
  await chooseOption(page, 'stocktake-warehouse', warehouse.label);
  await page.getByTestId('stocktake-scope-all').check();
  await page.getByTestId('stocktake-submit-open').click();
  const warehouseField = page.getByTestId('stocktake-form').locator('.MuiFormControl-root', { has: page.getByTestId('stocktake-warehouse') });
  await expect(warehouseField.locator('.MuiFormHelperText-root')).toContainText('冲突');
  await page.goto(sheet);

  // Submitting with the line uncounted is refused by the server, in the dialog.
  await page.getByTestId('stocktake-submit').click();
  await page.getByTestId('stocktake-submit-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-submit-dialog-error')).toContainText(sku.code);
  await page.getByTestId('stocktake-submit-dialog').getByRole('button', { name: '取消' }).click();
  await page.getByTestId(`count-input-${sku.code}`).fill('-1');
  await page.getByTestId('stocktake-save-counts').click();
  await expect(page.getByTestId(`count-line-${sku.code}`)).toContainText('请输入不小于 0 的整数');
  await page.getByTestId(`count-input-${sku.code}`).fill('6');
  await page.getByTestId('stocktake-submit').click();
  await page.getByTestId('stocktake-submit-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'SUBMITTED');

  // Sending back needs a note; the note lands in the history.
  await page.getByTestId('stocktake-reject').click();
  await page.getByTestId('stocktake-reject-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-reject-dialog')).toContainText('此项必填');
  await page.getByTestId('stocktake-reject-dialog-note').fill('货架 B 区重新清点');
  await page.getByTestId('stocktake-reject-dialog-confirm').click();
  await expect(page.getByTestId('stocktake-status')).toHaveAttribute('data-status', 'COUNTING');
  await expect(page.getByTestId('stocktake-history')).toContainText('货架 B 区重新清点');
  await expect(page.getByTestId(`count-input-${sku.code}`)).toHaveValue('6');
});
