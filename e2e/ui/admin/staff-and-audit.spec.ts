import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

async function chooseOption(page: Page, trigger: string, option: string) {
  await page.getByTestId(trigger).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('admin creates a staff user on the staff screen and then finds it in the audit log', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const email = `e2e.${stamp}@demo.shop`;
  const name = `测试员工${stamp}`;

  await signIn(page, demo('admin'));
  await page.getByTestId('nav-staff').click();
  await expect(page.getByTestId('staff-grid')).toContainText('cs1@demo.shop');

  await page.getByTestId('user-create').click();
  const form = page.getByTestId('user-form');
  // Client-side validation first: nothing filled in.
  await page.getByTestId('user-submit').click();
  await expect(form).toContainText('邮箱格式不正确');
  await expect(form).toContainText('请至少选择一个角色');

  await page.getByTestId('user-email').fill(email);
  await page.getByTestId('user-name').fill(name);
  await page.getByTestId('user-password').fill('a-long-password-1');
  await chooseOption(page, 'user-department', '客服部');
  await chooseOption(page, 'user-roles', '客服专员');
  await page.keyboard.press('Escape');
  await page.getByTestId('user-submit').click();
  await expect(page.getByTestId('notice')).toContainText(name);
  await expect(form).toHaveCount(0);

  await page.getByTestId('staff-search').fill(stamp);
  await expect(page.getByTestId('staff-grid')).toContainText(email);

  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-grid')).toContainText(new RegExp(`${email}|${name}`));
  await page.getByTestId('audit-search').fill(stamp);
  await expect(page.getByTestId('audit-grid')).toContainText(new RegExp(`${email}|${name}`));

  // Filter by actor and operation too.
  await page.getByTestId('audit-actor').getByRole('combobox').fill('admin@demo.shop');
  await page.getByRole('option', { name: /admin@demo\.shop/ }).click();
  await page.getByTestId('audit-operation').fill('createUser');
  await expect(page.getByTestId('audit-grid')).toContainText('createUser');
  await expect(page.getByTestId('audit-grid')).toContainText(new RegExp(`${email}|${name}`));
  await page.getByTestId('audit-operation').fill('login');
  await expect(page.getByTestId('audit-grid')).not.toContainText(new RegExp(`${email}|${name}`));
});

test('the server’s field errors appear next to the field (duplicate email)', async ({ page }) => {
  await signIn(page, demo('admin'), undefined, '/admin/users');
  await page.getByTestId('user-create').click();
  await page.getByTestId('user-email').fill(demo('cs1'));
  await page.getByTestId('user-name').fill('重复邮箱');
  await page.getByTestId('user-password').fill('a-long-password-1');
  await chooseOption(page, 'user-roles', '客服专员');
  await page.keyboard.press('Escape');
  await page.getByTestId('user-submit').click();
  const emailField = page.getByTestId('user-form').locator('.MuiFormControl-root', { has: page.getByTestId('user-email') });
  await expect(emailField.locator('.MuiFormHelperText-root')).toBeVisible();
  await expect(page.getByTestId('user-form')).toBeVisible();
});

test('a read-only viewer of staff gets no management buttons', async ({ page }) => {
  await signIn(page, demo('cs.lead'), undefined, '/admin/users');
  await expect(page.getByTestId('staff-grid')).toContainText('cs1@demo.shop');
  await expect(page.getByTestId('user-create')).toHaveCount(0);
});

test('the staff grid pages and sorts on the server', async ({ page }) => {
  await signIn(page, demo('admin'), undefined, '/admin/users');
  const grid = page.getByTestId('staff-grid');
  await expect(grid).toContainText('cs1@demo.shop');

  // Sort by email, ascending: admin@ comes first.
  await grid.getByRole('columnheader', { name: '邮箱' }).click();
  await expect(grid.getByRole('row').nth(1)).toContainText('admin@demo.shop');

  // Ten rows a page; the next page is fetched with the cursor of the first.
  await grid.getByRole('combobox').click();
  await page.getByRole('option', { name: '10', exact: true }).click();
  await expect(grid.getByRole('row')).toHaveCount(11);
  await grid.getByRole('button', { name: /下一页|next page/i }).click();
  await expect(grid.getByRole('row').nth(1)).not.toContainText('admin@demo.shop');
  await expect(grid).toContainText(/11–\d+/);
  await grid.getByRole('button', { name: /上一页|previous page/i }).click();
  await expect(grid.getByRole('row').nth(1)).toContainText('admin@demo.shop');
});
