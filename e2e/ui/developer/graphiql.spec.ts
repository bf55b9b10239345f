import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

test('an analyst opens GraphiQL and runs the saved "me" example with the session cookie', async ({ page }) => {
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(r.url()));
  await signIn(page, demo('analyst'));
  await page.getByTestId('nav-graphiql').click();
  await expect(page).toHaveURL(/\/graphiql$/);
  await expect(page.locator('.graphiql-container')).toBeVisible();
  await expect(page.locator('.graphiql-query-editor')).toContainText('query');

  // The first saved example (me-permissions) is the first tab; run it.
  await page.locator('.graphiql-tab').first().click();
  await page.locator('.graphiql-execute-button').click();
  await expect(page.locator('.graphiql-response')).toContainText('analyst@demo.shop');
  await expect(page.locator('.graphiql-response')).toContainText('analytics:read');
  // The GraphQL language worker runs (bundled, not from a CDN): typing offers schema-aware completions.
  await page.locator('.graphiql-query-editor .monaco-editor').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nquery More { partn');
  await expect(page.locator('.suggest-widget.visible')).toContainText('partners');
  // Nothing was fetched from outside the app (no CDN).
  expect(failed.filter((u) => !u.startsWith('http://127.0.0.1'))).toEqual([]);
});
