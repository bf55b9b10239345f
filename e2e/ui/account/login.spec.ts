import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';

test('repeated wrong passwords lock the account, and the login page says so', async ({ page }) => {
  await page.goto('/login');
  const email = demo('cs2');
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(`wrong-${attempt}`);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
  }
  await expect(page.getByTestId('login-error')).toContainText('锁定');
  // Even the right password is refused while locked.
  await page.getByTestId('login-password').fill('shopops-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('login-error')).toContainText('锁定');
  await expect(page).toHaveURL(/\/login/);
});

test('the login form checks the e-mail before asking the server', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill('not-an-email');
  await page.getByTestId('login-submit').click();
  await expect(page.getByText('请输入有效的邮箱地址')).toBeVisible();
});

test('signing out returns to the login page and the app is closed again', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(demo('editor'));
  await page.getByTestId('login-password').fill('shopops-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-home')).toBeVisible();
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
});

test('when the session ends, the next request leads back to the login page', async ({ page }) => {
  await page.goto('/login');
  await page.getByTestId('login-email').fill(demo('admin'));
  await page.getByTestId('login-password').fill('shopops-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-home')).toBeVisible();
  await page.context().clearCookies();
  await page.getByTestId('nav-audit').click();
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Faudit-log/);
});
