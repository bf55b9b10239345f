import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

test('a page outside my permissions shows the no-access message', async ({ page }) => {
  await signIn(page, demo('warehouse1'));
  await page.goto('/admin/users');
  await expect(page.getByTestId('no-access')).toBeVisible();
  await expect(page.getByTestId('no-access')).toContainText('无权访问');
  await expect(page.getByTestId('no-access')).toContainText('user:read');
  await expect(page.getByTestId('staff-grid')).toHaveCount(0);
});

test('a workspace of another department shows the no-access message', async ({ page }) => {
  await signIn(page, demo('cs1'));
  await page.goto('/warehouse');
  await expect(page.getByTestId('no-access')).toBeVisible();
});

test('an unknown address shows the not-found page', async ({ page }) => {
  await signIn(page, demo('cs1'));
  await page.goto('/no/such/page');
  await expect(page.getByTestId('not-found')).toBeVisible();
});

test('signed-out visitors are sent to the login page and back after signing in', async ({ page }) => {
  await page.goto('/admin/audit-log');
  await expect(page).toHaveURL(/\/login\?next=/);
  await page.getByTestId('login-email').fill(demo('admin'));
  await page.getByTestId('login-password').fill('shopops-demo');
  await page.getByTestId('login-submit').click();
  await expect(page).toHaveURL(/\/admin\/audit-log$/);
});

test('a wrong password shows the server message and stays on the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(demo('editor'));
  await page.getByTestId('login-password').fill('not-the-password');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});
