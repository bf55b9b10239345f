import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

test('the language switch turns the UI from Chinese to English and back, and is remembered', async ({ page }) => {
  await signIn(page, demo('designer'));
  const home = page.getByTestId('nav-home');
  await expect(home).toHaveText('工作台');
  await expect(page.getByTestId('sign-out')).toHaveText('退出登录');

  await page.getByTestId('lang-switch').click();
  await expect(home).toHaveText('Home');
  await expect(page.getByTestId('sign-out')).toHaveText('Sign out');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByTestId('nav-home')).toHaveText('Home');

  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('nav-home')).toHaveText('工作台');
});

test('the login page has the language switch too', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-submit')).toHaveText('登录');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('login-submit')).toHaveText('Sign in');
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('login-submit')).toHaveText('登录');
});
