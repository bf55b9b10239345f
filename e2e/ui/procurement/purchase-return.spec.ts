import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, createWarehouse, pickSku } from '../../support/inventory';
import { createSupplier, receivedOrder, supplySku, type TestSupplier } from './procurementSetup';

async function startReturn(page: Page, supplier: TestSupplier, warehouseLabel: string) {
  await page.getByTestId('return-create').click();
  await page.getByTestId('return-supplier').fill(supplier.code);
  await page.locator(`li[data-supplier="${supplier.code}"]`).click();
  await chooseOption(page, 'return-warehouse', warehouseLabel);
}

/** Closes the return's detail with its close button (Escape depends on where focus went after a step's dialog). */
async function closeDetail(page: Page) {
  await expect(page.locator('[data-testid^="return-"][data-testid$="-dialog"]')).toHaveCount(0);
  await page.getByTestId('return-close').click();
  await expect(page.getByTestId('return-detail')).toBeHidden();
}

async function openReturn(page: Page, code: string) {
  await page.getByTestId('return-search').fill(code);
  await page.getByTestId('returns-grid').getByRole('row', { name: new RegExp(code) }).click();
  await expect(page.getByTestId('return-detail')).toBeVisible();
}

test('saleable stock goes back to the supplier and is credited on its statement; QC rejects held apart are shipped back', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '退货测试仓');
  const product = await createProduct(request, { title: '建水紫陶 茶杯 退货', skus: [{ suffix: 'CUP', priceFen: 6800 }] });
  const cup = product.skus[0];
  const supplier = await createSupplier(request, '建水紫陶厂');
  await supplySku(request, supplier.id, cup.id, { unitPrice: 2500 });
  await receivedOrder(request, { supplierId: supplier.id, warehouseId: warehouse.id, skuId: cup.id, unitPrice: 2500, accepted: 10, rejected: 2, reason: '杯口崩瓷' });

  await signIn(page, demo('purchasing'));
  await page.getByTestId('nav-proc-returns').click();

  // Three saleable cups go back and are credited at the purchase price.
  await startReturn(page, supplier, warehouse.label);
  await pickSku(page, 'return-stock-sku', cup.code);
  await page.getByTestId('return-add-stock').click();
  await page.getByTestId(`return-stock-qty-${cup.code}`).fill('3');
  await page.getByTestId(`return-stock-reason-${cup.code}`).fill('滞销退回');
  await page.getByTestId('return-submit').click();
  const created = page.getByTestId('notice');
  await expect(created).toContainText('退货单');
  const stockReturn = (await created.innerText()).match(/RT-[\d-]+/)![0];
  await openReturn(page, stockReturn);
  await page.getByTestId('return-ship').click();
  await page.getByTestId('return-ship-dialog-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'SHIPPED');
  await page.getByTestId('return-credit').click();
  await page.getByTestId('return-credit-dialog').getByLabel('供应商红字单号').fill('HZ-CN-0001');
  await page.getByTestId('return-credit-dialog-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'CREDITED');
  await expect(page.getByTestId('return-history')).toContainText('已冲账');
  await closeDetail(page);

  // The two rejected cups are held apart; shipping them back releases the holding.
  await startReturn(page, supplier, warehouse.label);
  const holding = page.getByTestId(`return-holding-${cup.code}`);
  await expect(holding).toContainText('待退 2 件');
  await page.getByTestId(`return-pick-${cup.code}`).check();
  await page.getByTestId('return-submit').click();
  await expect(page.getByTestId('notice')).toContainText('退货单');
  const heldReturn = (await page.getByTestId('notice').innerText()).match(/RT-[\d-]+/)![0];
  await openReturn(page, heldReturn);
  await expect(page.getByTestId('return-detail')).toContainText('杯口崩瓷');
  await page.getByTestId('return-ship').click();
  await page.getByTestId('return-ship-dialog-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'SHIPPED');
  await closeDetail(page);
  await startReturn(page, supplier, warehouse.label);
  await expect(page.getByTestId(`return-holding-${cup.code}`)).toHaveCount(0);
  await page.getByTestId('return-form').getByRole('button', { name: '取消' }).click();

  // Payable for 10 accepted cups (¥250) less the credit for 3 (¥75).
  await page.getByTestId('nav-proc-statements').click();
  await page.getByTestId(`balance-${supplier.code}`).click();
  await expect(page.getByTestId('statement-payable')).toHaveText('¥250.00');
  await expect(page.getByTestId('statement-credited')).toHaveText('¥75.00');
  await expect(page.getByTestId('statement-closing')).toHaveText('¥175.00');
  await expect(page.getByTestId('statement-entry-CREDIT')).toContainText(stockReturn);
});
