import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption } from '../../support/inventory';
import { createSupplier, shopDayFromNow } from './procurementSetup';

async function switchUser(page: Page, email: string, path: string) {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, undefined, path);
}

test('a contract is drafted, reviewed by someone else, put in force, and flagged on the workspace as it ends within 30 days', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const supplier = await createSupplier(request, '宜兴紫砂工坊');
  const title = `紫砂壶供货协议 ${supplier.code}`;

  await signIn(page, demo('purchasing'));
  await page.getByTestId('nav-proc-contracts').click();
  await page.getByTestId('contract-create').click();
  await page.getByTestId('contract-title').fill(title);
  await chooseOption(page, 'contract-type', '供货协议');
  await page.getByTestId('contract-supplier').fill(supplier.code);
  await page.locator(`li[data-supplier="${supplier.code}"]`).click();
  await page.getByTestId('contract-shop-party').fill('ShopOps 茶具旗舰店');
  await page.getByTestId('contract-amount').fill('50000');
  await page.getByTestId('contract-start').fill(shopDayFromNow(-335));
  // Ends before it starts: the server's message shows beside the end date.
  await page.getByTestId('contract-end').fill(shopDayFromNow(-400));
  await page.getByTestId('contract-submit').click();
  await expect(page.getByTestId('contract-form')).toContainText('end date is before the start date');
  await page.getByTestId('contract-end').fill(shopDayFromNow(12));
  await page.getByTestId('contract-submit').click();

  await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', 'DRAFT');
  const code = (await page.getByRole('heading', { level: 1 }).innerText()).split(' ')[0];
  await page.getByTestId('contract-submit').click();
  await page.getByTestId('contract-submit-dialog-confirm').click();
  await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', 'UNDER_REVIEW');
  // The author may not review their own contract.
  await expect(page.getByTestId('contract-approve')).toHaveCount(0);
  await expect(page.getByTestId('contract-review-other')).toBeVisible();
  const url = page.url();

  await switchUser(page, demo('admin'), new URL(url).pathname);
  await page.getByTestId('contract-approve').click();
  await page.getByTestId('contract-approve-dialog-note').fill('条款与报价一致');
  await page.getByTestId('contract-approve-dialog-confirm').click();
  await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', 'SIGNED');
  await page.getByTestId('contract-activate').click();
  await page.getByTestId('contract-activate-dialog-confirm').click();
  await expect(page.getByTestId('contract-status')).toHaveAttribute('data-status', 'ACTIVE');
  await expect(page.getByTestId('contract-expiring')).toHaveAttribute('data-days-left', '12');
  await expect(page.getByTestId('contract-history')).toContainText('条款与报价一致');

  await switchUser(page, demo('purchasing'), '/procurement');
  await expect(page.getByTestId('procurement-pending').getByTestId('pending-toApprove')).toHaveAttribute('data-count', /\d+/);
  const alert = page.getByTestId(`contract-expiry-${code}`);
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('data-days-left', '12');
  await expect(alert).toContainText(supplier.name);

  await page.getByTestId('nav-proc-contracts').click();
  await page.getByTestId('contract-filter-expiring').check();
  const row = page.getByTestId('contracts-grid').getByRole('row', { name: new RegExp(code) });
  await expect(row).toBeVisible();
  await expect(row.getByTestId('contract-expiring')).toContainText('12');
});
