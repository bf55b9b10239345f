import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { unique } from './desk';

test('a specialist adds an FAQ entry, finds it and copies it; the use is counted', async ({ page }) => {
  test.setTimeout(120_000);
  const title = `发货时间 ${unique()}`;
  await signIn(page, demo('cs1'), undefined, '/customer-service');
  await page.getByTestId('workspace-link-cs-faq').click();
  await expect(page.getByTestId('cs-faq-page')).toBeVisible();
  await page.getByTestId('faq-create').click();
  await page.getByTestId('faq-submit').click();
  await expect(page.getByTestId('faq-form')).toContainText('此项必填');
  await page.getByTestId('faq-category').fill('物流');
  await page.getByTestId('faq-title').fill(title);
  await page.getByTestId('faq-content').fill('亲，下单后 48 小时内发货，顺丰包邮。');
  await page.getByTestId('faq-submit').click();
  await expect(page.getByTestId('faq-form')).toHaveCount(0);

  await page.getByTestId('faq-search').fill(title);
  const row = page.getByTestId('faq-grid').getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-field="usageCount"]')).toHaveText('0');
  await row.getByTestId('faq-copy').click();
  await expect(page.getByTestId('notice')).toBeVisible();
  // The mutation returns the new count, which updates the row in place.
  await expect(row.locator('[data-field="usageCount"]')).toHaveText('1');
});
