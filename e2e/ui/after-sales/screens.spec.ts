import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

const SCREENS = [
  ['after-sales', 'workspace-after-sales'],
  ['as-complaints', 'as-complaints-page'],
  ['as-escalations', 'as-escalations-page'],
  ['as-returns', 'as-returns-page'],
  ['as-refunds', 'as-refunds-page'],
  ['as-reviews', 'as-reviews-page'],
  ['as-statistics', 'as-statistics-page'],
] as const;

test('the after-sales supervisor opens every screen from the menu, each loads without an error, statistics draw', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demo('aftersales.lead'));
  for (const [nav, screen] of SCREENS) {
    await page.getByTestId(`nav-${nav}`).click();
    await expect(page.getByTestId(screen)).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: /加载失败/ })).toHaveCount(0);
  }
  await expect(page.getByTestId('stats-complaint-sheet')).toBeVisible();
  await page.getByTestId('stats-tab-returns').click();
  await expect(page.getByTestId('stats-return-reason')).toBeVisible();
  await page.getByTestId('stats-tab-reviews').click();
  await expect(page.getByTestId('stats-review-period')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /加载失败/ })).toHaveCount(0);
  await page.goto('/after-sales');
  await expect(page.getByTestId('workspace-escalations')).toBeVisible();
  await expect(page.getByTestId('workspace-team')).toContainText('aftersales1@demo.shop');
});

test('a specialist has no escalations; customer service and the warehouse see no after-sales screens', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page, demo('aftersales1'));
  await expect(page.getByTestId('nav-as-complaints')).toBeVisible();
  await expect(page.getByTestId('nav-as-escalations')).toHaveCount(0);
  await page.getByTestId('nav-after-sales').click();
  await expect(page.getByTestId('complaint-board')).toBeVisible();
  await expect(page.getByTestId('workspace-escalations')).toHaveCount(0);
  for (const who of ['cs1', 'warehouse1']) {
    const other = await browser.newPage();
    await signIn(other, demo(who));
    await expect(other.getByTestId('nav-as-complaints')).toHaveCount(0);
    await expect(other.getByTestId('nav-as-returns')).toHaveCount(0);
    await other.goto('/after-sales/returns');
    await expect(other.getByTestId('as-returns-page')).toHaveCount(0);
    await other.close();
  }
});
