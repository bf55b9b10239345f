import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';

test.describe('each department sees its own workspace', () => {
  test('customer service specialist sees customer service, not warehouse or administration', async ({ page }) => {
    await signIn(page, demo('cs1'));
    await expect(page.getByTestId('nav-customer-service')).toBeVisible();
    await expect(page.getByTestId('nav-warehouse')).toHaveCount(0);
    await expect(page.getByTestId('nav-staff')).toHaveCount(0);
    await expect(page.getByTestId('nav-audit')).toHaveCount(0);

    await page.getByTestId('nav-customer-service').click();
    await expect(page).toHaveURL(/\/customer-service$/);
    await expect(page.getByTestId('workspace-customer-service')).toBeVisible();
    await expect(page.getByTestId('workspace-permissions').locator('[data-perm="customer:read"]')).toBeVisible();
  });

  test('warehouse specialist sees warehouse, not customer service', async ({ page }) => {
    await signIn(page, demo('warehouse1'));
    await expect(page.getByTestId('nav-warehouse')).toBeVisible();
    await expect(page.getByTestId('nav-customer-service')).toHaveCount(0);
    await expect(page.getByTestId('nav-staff')).toHaveCount(0);

    await page.getByTestId('nav-warehouse').click();
    await expect(page.getByTestId('workspace-warehouse')).toBeVisible();
    await expect(page.getByTestId('workspace-permissions').locator('[data-perm="stock:read"]')).toBeVisible();
  });

  test('home shows who I am: department, roles and permissions', async ({ page }) => {
    await signIn(page, demo('cs1'));
    await expect(page.getByTestId('home-department')).toHaveText('客服部');
    await expect(page.getByTestId('home-roles')).toContainText('客服专员');
    await expect(page.getByTestId('home-permissions').locator('[data-perm="customer:read"]')).toBeVisible();
  });

  test('a supervisor sees the team on the workspace', async ({ page }) => {
    await signIn(page, demo('cs.lead'), undefined, '/customer-service');
    await expect(page.getByTestId('workspace-customer-service')).toBeVisible();
    await expect(page.getByTestId('workspace-team')).toContainText('cs1@demo.shop');
  });
});
