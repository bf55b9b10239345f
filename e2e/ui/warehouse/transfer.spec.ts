import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, createWarehouse, pickSku, stockIn, type TestWarehouse } from '../../support/inventory';

async function onHandIn(page: Page, warehouse: TestWarehouse, skuCode: string) {
  await page.goto('/warehouse/stock');
  await chooseOption(page, 'stock-warehouse', warehouse.label);
  await page.getByTestId('stock-search').fill(skuCode);
  const grid = page.getByTestId('stock-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  return grid.getByRole('row').nth(1);
}

test('a transfer is shipped and received with a shortfall, kept as a variance, then closed', async ({ page, request }) => {
  await asAdmin(request);
  const from = await createWarehouse(request, '调出测试仓');
  const to = await createWarehouse(request, '调入测试仓');
  const product = await createProduct(request, { title: '云南普洱 熟茶饼 调拨', skus: [{ suffix: '357g', priceFen: 16800 }, { suffix: '100g', priceFen: 5800 }] });
  const [cake, small] = product.skus;
  await stockIn(request, cake.id, from.id, 30);
  await stockIn(request, small.id, from.id, 12);

  await signIn(page, demo('warehouse1'));
  await page.getByTestId('nav-transfers').click();
  await page.getByTestId('transfer-create').click();
  // Nothing filled in: the form says what is missing.
  await page.getByTestId('transfer-submit').click();
  await expect(page.getByTestId('transfer-form')).toContainText('请至少添加一行');
  await chooseOption(page, 'transfer-from', from.label);
  await chooseOption(page, 'transfer-to', to.label);
  await pickSku(page, 'transfer-sku', cake.code);
  await page.getByTestId('transfer-sku-quantity').fill('10');
  await page.getByTestId('transfer-add-line').click();
  await pickSku(page, 'transfer-sku', small.code);
  await page.getByTestId('transfer-sku-quantity').fill('4');
  await page.getByTestId('transfer-add-line').click();
  await page.getByTestId('transfer-note').fill('补货广州');
  await page.getByTestId('transfer-submit').click();

  const status = page.getByTestId('transfer-status');
  await expect(status).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('transfer-ship').click();
  await page.getByTestId('transfer-ship-dialog-confirm').click();
  await expect(status).toHaveAttribute('data-status', 'SHIPPED');
  await expect(page.getByTestId('transfer-cancel')).toHaveCount(0);

  await page.getByTestId('transfer-receive').click();
  // More than was sent is refused before asking the server.
  await page.getByTestId(`receive-qty-${cake.code}`).fill('11');
  await page.getByTestId('receive-submit').click();
  await expect(page.getByTestId('receive-form')).toContainText('0 到 10');
  await page.getByTestId(`receive-qty-${cake.code}`).fill('8');
  await page.getByTestId('receive-note').fill('两饼外包装破损，未入库');
  await page.getByTestId('receive-submit').click();
  await expect(status).toHaveAttribute('data-status', 'RECEIVED');
  await expect(page.getByTestId(`transfer-line-${cake.code}`).getByTestId('line-variance')).toHaveText('-2');
  await expect(page.getByTestId(`transfer-line-${small.code}`).getByTestId('line-variance')).toHaveText('0');
  await expect(page.getByTestId('transfer-shortfall')).toContainText('2');

  await page.getByTestId('transfer-close').click();
  await page.getByTestId('transfer-close-dialog-confirm').click();
  await expect(status).toHaveAttribute('data-status', 'CLOSED');
  const history = page.getByTestId('transfer-history');
  await expect(history.getByTestId('transfer-history-event')).toHaveCount(4);
  await expect(history).toContainText('两饼外包装破损');
  await expect(history).toContainText('吴强');

  // The list finds it by state and warehouse.
  const code = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ').pop()!;
  await page.getByTestId('nav-transfers').click();
  await chooseOption(page, 'transfer-filter-status', '已关闭');
  await chooseOption(page, 'transfer-filter-warehouse', to.label);
  await expect(page.getByTestId('transfers-grid')).toContainText(code);
  await chooseOption(page, 'transfer-filter-status', '草稿');
  await expect(page.getByTestId('transfers-grid')).not.toContainText(code);

  // Stock: 10 left the source, 8 arrived; the 2 short are on neither side.
  await expect((await onHandIn(page, from, cake.code)).locator('[data-field="onHand"]')).toHaveText('20');
  const arrived = await onHandIn(page, to, cake.code);
  await expect(arrived.locator('[data-field="onHand"]')).toHaveText('8');
  await expect(arrived.locator('[data-field="inTransit"]')).toHaveText('0');
});

test('a draft transfer can be cancelled; shipping more than is available is refused', async ({ page, request }) => {
  await asAdmin(request);
  const from = await createWarehouse(request, '作废测试仓');
  const to = await createWarehouse(request, '作废目的仓');
  const product = await createProduct(request, { title: '福鼎白茶 白牡丹 调拨', skus: [{ suffix: '200g', priceFen: 19800 }] });
  const sku = product.skus[0];
  await stockIn(request, sku.id, from.id, 3);

  await signIn(page, demo('warehouse.lead'), undefined, '/warehouse/transfers');
  await page.getByTestId('transfer-create').click();
  await chooseOption(page, 'transfer-from', from.label);
  await chooseOption(page, 'transfer-to', to.label);
  await pickSku(page, 'transfer-sku', sku.code);
  await page.getByTestId('transfer-sku-quantity').fill('5');
  await page.getByTestId('transfer-add-line').click();
  await page.getByTestId('transfer-submit').click();
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'DRAFT');

  await page.getByTestId('transfer-ship').click();
  await page.getByTestId('transfer-ship-dialog-confirm').click();
  await expect(page.getByTestId('transfer-ship-dialog-error')).toContainText('可用库存不足');
  await page.getByTestId('transfer-ship-dialog').getByRole('button', { name: '取消' }).click();

  await page.getByTestId('transfer-cancel').click();
  await page.getByTestId('transfer-cancel-dialog-note').fill('数量有误，重新开单');
  await page.getByTestId('transfer-cancel-dialog-confirm').click();
  await expect(page.getByTestId('transfer-status')).toHaveAttribute('data-status', 'CANCELLED');
  await expect(page.getByTestId('transfer-ship')).toHaveCount(0);
  await expect(page.getByTestId('transfer-history')).toContainText('数量有误，重新开单');
});
