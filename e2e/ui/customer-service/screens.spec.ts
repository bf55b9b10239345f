import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

const SCREENS = [
  ['cs-customers', 'cs-customers-page'],
  ['cs-callbacks', 'cs-callbacks-page'],
  ['cs-campaigns', 'cs-campaigns-page'],
  ['cs-assignment', 'cs-assignment-page'],
  ['cs-conversations', 'cs-conversations-page'],
  ['cs-faq', 'cs-faq-page'],
  ['cs-unclosed', 'cs-unclosed-page'],
  ['cs-leads', 'cs-leads-page'],
] as const;

test('the supervisor opens every desk screen from the menu, each loads without an error', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo('cs.lead'));
  for (const [nav, screen] of SCREENS) {
    await page.getByTestId(`nav-${nav}`).click();
    await expect(page.getByTestId(screen)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /加载失败/ })).toHaveCount(0);
  }
});

test('a specialist sees the desk screens but not assignment; a warehouse clerk sees none', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, demo('cs1'));
  await expect(page.getByTestId('nav-cs-customers')).toBeVisible();
  await expect(page.getByTestId('nav-cs-callbacks')).toBeVisible();
  await expect(page.getByTestId('nav-cs-faq')).toBeVisible();
  await expect(page.getByTestId('nav-cs-assignment')).toHaveCount(0);
  const clerk = await browser.newPage();
  await signIn(clerk, demo('warehouse1'));
  await expect(clerk.getByTestId('nav-cs-customers')).toHaveCount(0);
  await clerk.goto('/customer-service/assignment');
  await expect(clerk.getByTestId('cs-assignment-page')).toHaveCount(0);
  await clerk.close();
});
