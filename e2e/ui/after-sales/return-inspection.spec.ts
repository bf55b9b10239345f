import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { apiSignIn } from '../../support/graphql';
import { signIn } from '../../support/session';
import { choose, createShippedOrder, unique } from './afterSales';

/**
 * A return from opening to completion: aftersales1 opens it on a shipped order, the supervisor approves, the goods
 * are received at the order's warehouse and inspected per unit (one restocked, one defective), and a large refund
 * takes two different approvers — the supervisor's second approval of their own first one is refused.
 */
test('return: opened, approved, received, inspected per line, large refund approved twice, completed', async ({ page, browser, request }) => {
  test.slow();
  const login = await apiSignIn(request, demo('admin'));
  expect(login.errors).toEqual([]);
  const order = await createShippedOrder(request, { unitPriceFen: 40_000, receiverName: `退货${unique()}` });

  // aftersales1 opens the request on the order's line.
  await signIn(page, demo('aftersales1'), undefined, '/after-sales/returns');
  await expect(page.getByTestId('as-returns-page')).toBeVisible();
  await page.getByTestId('return-open').click();
  await page.getByTestId('return-order-search').fill(order.code);
  await page.getByTestId('return-order').click();
  await page.locator(`li[data-order="${order.code}"]`).click();
  await page.getByTestId(`return-qty-${order.skuCode}`).fill('3');
  await page.getByTestId('return-submit').click();
  await expect(page.getByTestId('return-form').locator('.Mui-error').first()).toBeVisible();
  await page.getByTestId(`return-qty-${order.skuCode}`).fill('2');
  await choose(page, 'return-reason', '质量问题');
  await page.getByTestId('return-note').fill('壶盖有裂纹');
  await page.getByTestId('return-submit').click();
  await expect(page.getByTestId('return-detail')).toBeVisible();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'REQUESTED');
  await expect(page.getByTestId('return-approve')).toHaveCount(0);
  const returnUrl = page.url();

  const returnCode = /RR-[\w-]+/.exec(await page.getByRole('heading', { level: 1 }).textContent() ?? '')![0];

  // The supervisor approves it from the queue.
  const lead = await browser.newPage();
  await signIn(lead, demo('aftersales.lead'), undefined, '/after-sales/returns');
  await lead.getByTestId('returns-search').fill(order.code);
  await lead.getByTestId(`return-row-approve-${returnCode}`).click();
  await lead.getByTestId('return-approve-dialog-note').fill('照片确认裂纹');
  await lead.getByTestId('return-approve-dialog-confirm').click();
  await expect(lead.getByTestId('returns-grid').getByTestId('return-row-status')).toContainText('已同意');
  await lead.goto(returnUrl);
  await expect(lead.getByTestId('return-status')).toHaveAttribute('data-status', 'APPROVED');

  // Received at the warehouse, then inspected: one unit back into stock, one kept apart as defective.
  await page.reload();
  await page.getByTestId('return-receive').click();
  await page.getByTestId('return-receive-warehouse').click();
  await page.locator(`li[data-code="${order.warehouse.code}"]`).click();
  await page.getByTestId('return-receive-note').fill('退货运单 SF123456');
  await page.getByTestId('return-receive-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'RECEIVED');
  await expect(page.getByTestId('return-warehouse')).toContainText(order.warehouse.code);
  await page.getByTestId('return-inspect').click();
  await page.getByTestId(`inspect-restock-${order.skuCode}`).fill('1');
  await page.getByTestId(`inspect-defective-${order.skuCode}`).fill('1');
  await page.getByTestId(`inspect-note-${order.skuCode}`).fill('一只完好，一只壶盖裂');
  await page.getByTestId('return-inspect-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'INSPECTED');
  const line = page.getByTestId(`return-line-${order.skuCode}`);
  await expect(line.getByTestId('line-restocked')).toHaveText('1');
  await expect(line.getByTestId('line-defective')).toHaveText('1');
  await expect(page.getByTestId('return-inspections').locator('tbody tr')).toHaveCount(2);

  // A refund of ¥600 is above the limit: two approvals.
  await page.getByTestId('return-refund').click();
  await page.getByTestId('refund-amount').fill('600');
  await page.getByTestId('refund-reason').fill('质量问题退货退款');
  await page.getByTestId('refund-request-confirm').click();
  await expect(page.getByTestId('return-refunds').locator('tbody tr')).toHaveCount(1);
  await expect(page.getByTestId('return-refunds')).toContainText('待一审');

  await lead.goto('/after-sales/refunds');
  await lead.getByTestId('refunds-search').fill(order.code);
  // Searched by the order number, the grid holds this one refund (the header is the first row).
  await expect(lead.getByTestId('refunds-grid').getByRole('row')).toHaveCount(2);
  const row = lead.getByTestId('refunds-grid').getByRole('row').nth(1);
  await row.locator('[data-testid$="-approve"]').click();
  await expect(lead.getByTestId('refund-approve-dialog')).toContainText('二次');
  await lead.getByTestId('refund-approve-dialog-confirm').click();
  await expect(row.getByTestId('refund-row-status')).toHaveAttribute('data-status', 'AWAITING_SECOND_APPROVAL');
  await expect(row).toContainText(/赵售后主管|aftersales\.lead/);
  await row.locator('[data-testid$="-approve"]').click();
  await lead.getByTestId('refund-approve-dialog-confirm').click();
  await expect(lead.getByTestId('refund-approve-dialog-error')).toContainText('不能审批自己提交的申请');
  await lead.close();

  const manager = await browser.newPage();
  await signIn(manager, demo('manager'), undefined, '/after-sales/refunds');
  await manager.getByTestId('refunds-search').fill(order.code);
  await expect(manager.getByTestId('refunds-grid').getByRole('row')).toHaveCount(2);
  const managerRow = manager.getByTestId('refunds-grid').getByRole('row').nth(1);
  await managerRow.locator('[data-testid$="-approve"]').click();
  await manager.getByTestId('refund-approve-dialog-confirm').click();
  await expect(managerRow.getByTestId('refund-row-status')).toHaveAttribute('data-status', 'PAID');
  await manager.close();

  // Completed once the refund is paid.
  await page.reload();
  await expect(page.getByTestId('return-refunds')).toContainText('已支付');
  await page.getByTestId('return-complete').click();
  await page.getByTestId('return-complete-dialog-confirm').click();
  await expect(page.getByTestId('return-status')).toHaveAttribute('data-status', 'COMPLETED');
  await expect(page.getByTestId('return-history-event').last()).toContainText('已完成');
});
