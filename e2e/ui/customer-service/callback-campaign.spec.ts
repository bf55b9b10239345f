import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asLead, createCustomer, ensureMemberLevel, shopClock, shopLocal, unique, uniquePhone } from './desk';

/**
 * cs.lead creates a callback campaign for members, cs1 records an unsatisfied callback that raises a complaint
 * request, and the campaign board shows the coverage change. The campaign's quiet hours are set around the
 * current Shanghai time (a window that ended an hour ago), so the test runs at any hour: calling now is allowed,
 * and a call logged two hours ago falls inside the quiet hours and is refused.
 */
test('callback campaign: create for members, unsatisfied callback raises a complaint, coverage moves', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const tag = `e2e-cb-${unique()}`;
  await asLead(request);
  await ensureMemberLevel(request);
  const anna = `回访甲${unique()}`;
  const bo = `回访乙${unique()}`;
  await createCustomer(request, { name: anna, phone: uniquePhone(), member: true, tags: [tag] });
  await createCustomer(request, { name: bo, phone: uniquePhone(), member: true, tags: [tag] });

  // cs.lead defines the campaign from the workspace.
  await signIn(page, demo('cs.lead'), undefined, '/customer-service');
  await page.getByTestId('workspace-link-cs-campaigns').click();
  await expect(page.getByTestId('cs-campaigns-page')).toBeVisible();
  await page.getByTestId('campaign-create').click();
  const name = `会员回访 ${tag}`;
  await page.getByTestId('campaign-name').fill(name);
  await page.getByTestId('campaign-tags').fill(tag);
  await page.getByTestId('campaign-tags').press('Enter');
  await expect(page.getByTestId('campaign-audience')).toContainText('2');
  const now = new Date();
  await page.getByTestId('quiet-start-0').fill(shopClock(new Date(now.getTime() - 3 * 3600_000)));
  await page.getByTestId('quiet-end-0').fill(shopClock(new Date(now.getTime() - 3600_000)));
  await page.getByTestId('quiet-remove-1').click();
  await page.getByTestId('campaign-specialists').click();
  await page.getByRole('option', { name: '陈小雨' }).click();
  await page.getByTestId('campaign-submit').click();

  await expect(page.getByTestId('campaign-detail')).toBeVisible();
  await expect(page.getByTestId('campaign-status')).toHaveAttribute('data-status', 'DRAFT');
  await page.getByTestId('campaign-start').click();
  await page.getByTestId('campaign-start-dialog-confirm').click();
  await expect(page.getByTestId('campaign-status')).toHaveAttribute('data-status', 'RUNNING');
  await expect(page.getByTestId('campaign-progress-tasks')).toHaveAttribute('data-value', '2');
  await expect(page.getByTestId('campaign-coverage')).toHaveAttribute('data-reached', '0');
  await expect(page.getByTestId('campaign-coverage')).toHaveAttribute('data-members', '2');
  const campaignUrl = page.url();
  const campaignId = campaignUrl.split('/').pop()!;

  // cs1 works the task: script, a refused call inside the quiet hours, then the unsatisfied result with a complaint.
  const cs1 = await browser.newPage();
  await signIn(cs1, demo('cs1'));
  await cs1.getByTestId('nav-cs-callbacks').click();
  await expect(cs1.getByTestId('cs-callbacks-page')).toBeVisible();
  await cs1.goto(`/customer-service/callbacks?campaign=${campaignId}`);
  await expect(cs1.getByTestId('callbacks-grid').getByRole('row')).toHaveCount(3);
  await cs1.getByTestId('callbacks-grid').getByText(anna).click();
  await expect(cs1.getByTestId('callback-task')).toBeVisible();
  await expect(cs1.getByTestId('callback-phone')).toHaveText(/^139\d{8}$/);
  await expect(cs1.getByTestId('script-opening')).not.toBeEmpty();

  await cs1.getByTestId('callback-rating-UNSATISFIED').check();
  await expect(cs1.getByTestId('script-unsatisfied')).toHaveAttribute('data-active', 'true');
  await cs1.getByTestId('callback-opinions').fill('快递太慢，包装破损');
  await cs1.getByTestId('callback-suggestions').fill('换一家快递');
  await cs1.getByTestId('callback-raise-complaint').check();
  await cs1.getByTestId('callback-called-at').fill(shopLocal(new Date(now.getTime() - 2 * 3600_000)));
  await cs1.getByTestId('callback-submit').click();
  await expect(cs1.getByTestId('quiet-hours-refusal')).toBeVisible();
  await expect(cs1.getByTestId('quiet-hours-refusal')).toContainText('quiet hours');
  await expect(cs1.getByTestId('callback-status')).toHaveAttribute('data-status', 'OPEN');

  await cs1.getByTestId('callback-called-at').fill('');
  await cs1.getByTestId('callback-submit').click();
  await expect(cs1.getByTestId('callback-status')).toHaveAttribute('data-status', 'DONE');
  await expect(cs1.getByTestId('callback-result-rating')).toContainText('不满意');
  await expect(cs1.getByTestId('complaint-request')).toContainText('快递太慢');
  await cs1.close();

  // The board shows the coverage change: one of two members reached.
  await page.getByTestId('nav-cs-campaigns').click();
  await page.getByTestId('campaigns-search').fill(tag);
  const code = await page.getByTestId('campaigns-grid').getByRole('row').nth(1).getByRole('gridcell').first().textContent();
  await expect(page.getByTestId(`campaign-coverage-${code}`)).toHaveAttribute('data-reached', '1');
  await expect(page.getByTestId(`campaign-coverage-${code}`)).toContainText('50.0%');

  // The live report counts the unsatisfied callback and the suggestion.
  await page.goto(campaignUrl);
  await expect(page.getByTestId('campaign-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-suggestions')).toContainText('换一家快递');
  await expect(page.getByTestId('report-per-specialist')).toContainText('陈小雨');
});
