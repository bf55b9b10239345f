import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asLead, createCustomer, shopLocal, unique, uniquePhone } from './desk';

test('a role without customer:pii:read sees masked phone numbers', async ({ page, request }) => {
  await asLead(request);
  const name = `脱敏${unique()}`;
  const phone = uniquePhone();
  await createCustomer(request, { name, phone });

  await signIn(page, demo('analyst'));
  await page.getByTestId('nav-cs-customers').click();
  await page.getByTestId('customers-search').fill(name);
  const cell = page.getByTestId('customers-grid').getByTestId('customer-phone');
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveAttribute('data-masked', 'true');
  await expect(cell).toHaveText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  await page.getByTestId('customers-grid').getByText(name).click();
  await expect(page.getByTestId('customer-masked')).toBeVisible();
  await expect(page.getByTestId('customer-detail-phone')).not.toContainText(phone);
  await expect(page.getByTestId('log-contact')).toHaveCount(0);
});

test('supervisor assigns a customer; the specialist sees it, a call in quiet hours is refused, an e-mail counts as first contact', async ({ page, browser, request }) => {
  test.setTimeout(120_000);
  await asLead(request);
  const name = `分配${unique()}`;
  const phone = uniquePhone();
  await createCustomer(request, { name, phone });

  await signIn(page, demo('cs.lead'), undefined, '/customer-service/assignment');
  await page.getByTestId('assignment-search').fill(name);
  // Header plus the one customer: the search has been applied.
  await expect(page.getByTestId('assignment-grid').getByRole('row')).toHaveCount(2);
  const row = page.getByTestId('assignment-grid').getByRole('row').filter({ hasText: name });
  await expect(async () => {
    await row.getByRole('checkbox').click();
    await expect(row.getByRole('checkbox')).toBeChecked({ timeout: 2000 });
  }).toPass();
  await page.getByTestId('assignment-specialist').click();
  await page.getByTestId('assignment-specialist-cs1@demo.shop').click();
  await page.getByTestId('assignment-assign').click();
  await expect(page.getByTestId('notice')).toBeVisible();

  const cs1 = await browser.newPage();
  await signIn(cs1, demo('cs1'));
  await cs1.getByTestId('nav-cs-customers').click();
  await cs1.getByTestId('customers-search').fill(name);
  await expect(cs1.getByTestId('customers-grid').getByTestId('customer-phone')).toHaveCount(1);
  await expect(cs1.getByTestId('customers-grid').getByTestId('customer-phone')).toHaveText(phone);
  await cs1.getByTestId('customers-grid').getByText(name).click();
  await expect(cs1.getByTestId('customer-assignee')).toHaveText('陈小雨');
  await expect(cs1.getByTestId('assignment-history')).toContainText('陈小雨');

  // Yesterday 22:30 Shanghai time is inside the default quiet hours (21:00–09:00) whatever the time now.
  const yesterday = shopLocal(new Date(Date.now() - 24 * 3600_000)).slice(0, 10);
  await cs1.getByTestId('log-contact').click();
  await cs1.getByTestId('log-contact-at').fill(`${yesterday}T22:30`);
  await cs1.getByTestId('log-contact-summary').fill('电话介绍会员权益');
  await cs1.getByTestId('log-contact-submit').click();
  await expect(cs1.getByTestId('quiet-hours-refusal')).toBeVisible();

  // An e-mail is not bound by quiet hours.
  await cs1.getByTestId('log-contact-form').getByLabel('方式').click();
  await cs1.getByRole('option', { name: '邮件' }).click();
  await cs1.getByTestId('log-contact-submit').click();
  await expect(cs1.getByTestId('contact-log')).toContainText('电话介绍会员权益');
  await expect(cs1.getByTestId('customer-detail')).toContainText('已联系');
});

test('supervisor balances selected customers automatically and sees the result per specialist', async ({ page, request }) => {
  test.setTimeout(120_000);
  await asLead(request);
  const prefix = `均衡${unique()}`;
  for (const n of [1, 2, 3]) await createCustomer(request, { name: `${prefix}-${n}`, phone: uniquePhone() });

  await signIn(page, demo('cs.lead'), undefined, '/customer-service/assignment');
  for (const who of ['cs1@demo.shop', 'cs2@demo.shop']) {
    const pool = page.getByTestId(`specialist-pool-${who}`);
    if (!(await pool.isChecked())) await pool.click();
    await expect(pool).toBeChecked();
  }
  await page.getByTestId('assignment-search').fill(prefix);
  await expect(page.getByTestId('assignment-grid').getByRole('row')).toHaveCount(4);
  for (const n of [1, 2, 3]) {
    const box = page.getByTestId('assignment-grid').getByRole('row').filter({ hasText: `${prefix}-${n}` }).getByRole('checkbox');
    await expect(async () => {
      if (!(await box.isChecked())) await box.click();
      await expect(box).toBeChecked({ timeout: 2000 });
    }).toPass();
  }
  await page.getByTestId('assignment-auto').click();
  await expect(page.getByTestId('auto-assign-total')).toContainText('3');
  await expect(page.getByTestId('auto-assign-result')).toContainText('陈小雨');
  await expect(page.getByTestId('auto-assign-result')).toContainText('刘晓晴');
});
