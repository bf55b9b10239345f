import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

test('admin issues an analyst token; the secret is shown once and works as a Bearer token until revoked', async ({ page, playwright, baseURL }) => {
  const name = `BI export ${Date.now().toString(36)}`;
  await signIn(page, demo('admin'), undefined, '/admin/api-tokens');
  await page.getByTestId('token-create').click();
  await page.getByTestId('token-name').fill(name);
  await page.locator('[data-perm="order:read"] input').check();
  await page.getByTestId('token-submit').click();
  const secret = (await page.getByTestId('token-secret').innerText()).trim();
  expect(secret.length).toBeGreaterThan(20);
  await expect(page.getByTestId('token-secret-copy')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('token-secret-dialog')).toHaveCount(0);

  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const me = await (await api.post('/graphql', { data: { query: '{ me { permissions apiToken { name kind } } }' } })).json();
  expect(me.data.me.apiToken).toEqual({ name, kind: 'ANALYST' });
  expect(me.data.me.permissions).toEqual(['order:read']);

  await page.getByTestId(`token-revoke-${name}`).click();
  await page.getByTestId('token-revoke-confirm').click();
  await expect(page.getByTestId(`token-revoke-${name}`)).toHaveCount(0);
  const after = await (await api.post('/graphql', { data: { query: '{ me { apiToken { name } } }' } })).json();
  expect(after.data?.me?.apiToken ?? null).toBeNull();
  await api.dispose();
});

test('admin creates a role with a grouped permission checklist', async ({ page }) => {
  const code = `e2e-role-${Date.now().toString(36)}`;
  await signIn(page, demo('admin'), undefined, '/admin/roles');
  const grid = page.getByTestId('roles-grid');
  await expect(grid).toContainText('cs-specialist');
  const countBefore = Number((await grid.locator('.MuiTablePagination-displayedRows').innerText()).match(/(\d+)\s*$/)![1]);
  await page.getByRole('button', { name: '新建角色' }).click();
  const form = page.getByTestId('role-form');
  await form.getByLabel('编码').fill(code);
  await form.getByLabel('中文名称').fill('测试角色');
  await form.getByLabel('英文名称').fill('Test role');
  await form.getByRole('checkbox', { name: '商品' }).check();
  await expect(form.getByText('已选 2 项')).toBeVisible();
  await page.getByTestId('role-submit').click();
  await expect(form).toHaveCount(0);
  await expect(grid.locator('.MuiTablePagination-displayedRows')).toHaveText(new RegExp(`共 ${countBefore + 1}$`));
  // The new role is the last row: scroll the (virtualised) grid down to it.
  await grid.locator('.MuiDataGrid-virtualScroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(grid).toContainText(code);
});

test('purchasing creates a supplier; a warehouse specialist cannot open partners', async ({ page, browser }) => {
  const code = `SUP-${Date.now().toString(36).toUpperCase()}`;
  await signIn(page, demo('purchasing'), undefined, '/admin/partners');
  await page.getByTestId('partner-create').click();
  const form = page.getByTestId('partner-form');
  await form.getByRole('textbox', { name: '编码', exact: true }).fill(code);
  await form.getByRole('textbox', { name: '名称', exact: true }).fill('测试供应商');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('notice')).toBeVisible();
  await expect(page.getByRole('grid')).toContainText(code);

  const other = await browser.newPage();
  await signIn(other, demo('warehouse1'));
  await expect(other.getByTestId('nav-partners')).toHaveCount(0);
  await other.goto('/admin/partners');
  await expect(other.getByTestId('no-access')).toBeVisible();
  await other.close();
});
