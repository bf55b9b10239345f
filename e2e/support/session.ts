import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './accounts';

/** Signs in through the login page and waits for the app shell. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = '/'): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(path)}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('nav-home')).toBeVisible();
}
