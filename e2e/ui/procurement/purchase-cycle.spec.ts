import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, createWarehouse, setSafetyStock, stockIn } from '../../support/inventory';
import { createSupplier, supplySku } from './procurementSetup';

test('a plan from low stock becomes a sent order, the warehouse receives it with a partial QC rejection, and the statement and scorecard show it', async ({ page, browser, request }) => {
  test.slow();
  await asAdmin(request);
  const warehouse = await createWarehouse(request, '采购测试仓');
  const product = await createProduct(request, { title: '武夷岩茶 大红袍 采购', skus: [{ suffix: '125g', priceFen: 16800 }, { suffix: '250g', priceFen: 29800 }] });
  const [small, large] = product.skus;
  // Below safety stock: 2 available against 20 wanted, so the plan asks 18 of each (no sales, no stock on the way).
  for (const sku of [small, large]) {
    await stockIn(request, sku.id, warehouse.id, 2);
    await setSafetyStock(request, sku.id, warehouse.id, 20);
  }
  const supplier = await createSupplier(request, '武夷山岩韵茶厂');
  await supplySku(request, supplier.id, small.id, { unitPrice: 4500, leadTimeDays: 3 });
  await supplySku(request, supplier.id, large.id, { unitPrice: 3200, leadTimeDays: 5 });

  // Purchasing generates a weekly plan from low stock for the test warehouse.
  await signIn(page, demo('purchasing'));
  await page.getByTestId('nav-proc-plans').click();
  await page.getByTestId('plan-generate').click();
  await chooseOption(page, 'plan-warehouse', warehouse.label);
  await expect(page.getByTestId('plan-low-stock-only')).toBeChecked();
  await page.getByTestId('plan-submit').click();
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-status', 'DRAFT');
  const smallLine = page.getByTestId(`plan-line-${small.code}`);
  const largeLine = page.getByTestId(`plan-line-${large.code}`);
  await expect(smallLine.getByTestId('plan-line-suggested')).toHaveText('18');
  await expect(largeLine.getByTestId('plan-line-suggested')).toHaveText('18');
  await expect(page.getByTestId(`plan-supplier-${small.code}`)).toHaveValue(supplier.label);

  // The planner buys fewer of the large tin, then approves the plan into one order for the supplier.
  await page.getByTestId(`plan-qty-${large.code}`).fill('10');
  await page.getByTestId('plan-save-lines').click();
  await expect(page.getByTestId('plan-save-lines')).toBeDisabled();
  await expect(page.getByTestId('plan-total')).toHaveText('¥1,130.00');
  await page.getByTestId('plan-approve').click();
  await page.getByTestId('plan-approve-dialog-confirm').click();
  await expect(page.getByTestId('plan-status')).toHaveAttribute('data-status', 'APPROVED');
  await page.getByTestId(`plan-order-${supplier.code}`).click();

  await expect(page.getByTestId('po-status')).toHaveAttribute('data-status', 'APPROVED');
  const poCode = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ').pop()!;
  await expect(page.getByTestId(`po-line-${large.code}`).getByTestId('po-line-ordered')).toHaveText('10');
  await page.getByTestId('po-send').click();
  await page.getByTestId('po-send-dialog-confirm').click();
  await expect(page.getByTestId('po-status')).toHaveAttribute('data-status', 'SENT');

  // The warehouse, which may receive but not buy, finds it under receiving in its menu.
  const warehouseContext = await browser.newContext();
  const wh = await warehouseContext.newPage();
  await signIn(wh, demo('warehouse1'));
  await expect(wh.getByTestId('nav-proc-plans')).toHaveCount(0);
  await expect(wh.getByTestId('nav-proc-receiving')).toBeVisible();
  await wh.getByTestId('nav-warehouse').click();
  await wh.getByTestId('workspace-link-proc-receiving').click();
  await wh.getByTestId('receiving-search').fill(poCode);
  // Wait for the searched list (header + this order) so the click cannot land on a row being replaced.
  await expect(wh.getByTestId('receiving-grid').getByRole('row')).toHaveCount(2);
  await wh.getByTestId('receiving-grid').getByRole('row', { name: new RegExp(poCode) }).click();
  await expect(wh.getByTestId('receive-po-status')).toHaveAttribute('data-status', 'SENT');
  // Rejected units need a reason.
  await wh.getByTestId(`qc-accepted-${large.code}`).fill('7');
  await wh.getByTestId(`qc-rejected-${large.code}`).fill('3');
  await wh.getByTestId('qc-submit').click();
  await expect(wh.getByTestId(`qc-line-${large.code}`)).toContainText('请填写原因');
  await wh.getByTestId(`qc-reason-${large.code}`).fill('罐体凹陷，茶叶受潮');
  await wh.getByTestId('qc-submit').click();
  await expect(wh.getByTestId('receive-done')).toContainText('合格 25 件，不合格 3 件');
  await expect(wh.getByTestId('receive-done')).toContainText('¥1,034.00');
  await expect(wh.getByTestId('receive-po-status')).toHaveAttribute('data-status', 'RECEIVED');
  await warehouseContext.close();

  // Purchasing sees the order received with the rejection, the payable for the accepted units only, and the QC rate.
  await page.reload();
  await expect(page.getByTestId('po-status')).toHaveAttribute('data-status', 'RECEIVED');
  const largeRow = page.getByTestId(`po-line-${large.code}`);
  await expect(largeRow.getByTestId('po-line-accepted')).toHaveText('7');
  await expect(largeRow.getByTestId('po-line-rejected')).toHaveText('3');
  await expect(page.getByTestId('po-receipts')).toContainText('罐体凹陷');
  await expect(page.getByTestId('po-history')).toContainText('吴强');

  await page.getByTestId('nav-proc-statements').click();
  await page.getByTestId(`balance-${supplier.code}`).click();
  await expect(page.getByTestId('statement-supplier-name')).toContainText(supplier.name);
  await expect(page.getByTestId('statement-opening')).toHaveText('¥0.00');
  await expect(page.getByTestId('statement-payable')).toHaveText('¥1,034.00');
  await expect(page.getByTestId('statement-closing')).toHaveText('¥1,034.00');
  await expect(page.getByTestId('statement-entry-PAYABLE')).toHaveCount(1);

  await page.goto(`/procurement/suppliers/${supplier.id}`);
  const scorecard = page.getByTestId('supplier-scorecard');
  await expect(scorecard.getByTestId('fact-qcPassRate-value')).toHaveText('89.3%');
  await expect(scorecard.getByTestId('fact-qcPassRate')).toContainText('合格 25 / 检验 28 件');
  await expect(scorecard.getByTestId('score-quality')).toHaveAttribute('data-source', 'COMPUTED');
});
