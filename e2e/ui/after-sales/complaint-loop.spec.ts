import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { apiSignIn, gql } from '../../support/graphql';
import { signIn } from '../../support/session';
import { choose, createCustomer, pickCustomer, unique } from './afterSales';

/**
 * The complaint loop across three people: aftersales1 registers a complaint and takes it through judgment,
 * investigation and proposals; the supervisor aftersales.lead approves one; aftersales1 implements it, records
 * the customer's acceptance and closes it with the summary. Customer service then finds the follow-up callback
 * in its queue. A step sent from a stale page is refused by the server and the refusal is shown.
 */
test('complaint closed loop: intake → approval by the supervisor → acceptance → follow-up callback', async ({ page, browser, request }) => {
  test.slow();
  const login = await apiSignIn(request, demo('admin'));
  expect(login.errors).toEqual([]);
  const customer = `投诉人${unique()}`;
  await createCustomer(request, customer);

  // Step 1: intake, from the after-sales workspace.
  await signIn(page, demo('aftersales1'), undefined, '/after-sales');
  await expect(page.getByTestId('workspace-after-sales')).toBeVisible();
  await expect(page.getByTestId('complaint-board')).toBeVisible();
  await page.getByTestId('complaint-new').click();
  await expect(page.getByTestId('complaint-intake')).toBeVisible();
  await page.getByTestId('complaint-submit').click();
  await expect(page.getByTestId('complaint-form')).toContainText('此项必填');
  await pickCustomer(page, 'complaint-customer', customer);
  await choose(page, 'complaint-channel', '电话');
  await choose(page, 'complaint-category', '物流问题');
  await page.getByTestId('complaint-content').fill('快递三天未送达，外包装破损');
  await page.getByTestId('complaint-demand').fill('要求补偿运费');
  await page.getByTestId('complaint-submit').click();

  await expect(page.getByTestId('complaint-detail')).toBeVisible();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'REGISTERED');
  await expect(page.getByTestId('complaint-deadline')).toHaveAttribute('data-overdue', 'false');
  await expect(page.getByTestId('complaint-deadline')).toContainText(/剩 2[34]:\d\d:\d\d/);
  // Later steps are not offered before their turn.
  await expect(page.getByTestId('step-approval')).toHaveAttribute('data-phase', 'pending');
  await expect(page.getByTestId('investigation-form')).toHaveCount(0);
  const complaintUrl = page.url();
  const complaintId = complaintUrl.split('/').pop()!;

  // A second tab left open on the registered complaint.
  const stale = await page.context().newPage();
  await stale.goto(complaintUrl);
  await expect(stale.getByTestId('judgment-form')).toBeVisible();

  // Step 2: judgment.
  await page.getByTestId('judgment-valid-yes').check();
  await choose(page, 'judgment-department', '售后部');
  await page.getByTestId('judgment-note').fill('物流延误属实');
  await page.getByTestId('judgment-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'JUDGED');
  await expect(page.getByTestId('step-judgment')).toHaveAttribute('data-phase', 'done');

  // The stale tab's judgment is refused by the server, which says what the complaint waits for.
  await stale.getByTestId('judgment-valid-no').check();
  await stale.getByTestId('judgment-reply').fill('抱歉');
  await stale.getByTestId('judgment-submit').click();
  await expect(stale.getByTestId('judgment-error')).toContainText('当前状态下不能进行此操作');
  await expect(stale.getByTestId('judgment-error')).toContainText('investigation');
  await stale.close();

  // Step 3: investigation — a logistics cause names the courier.
  await expect(page.getByTestId('investigation-form')).toBeVisible();
  await choose(page, 'investigation-cause', '物流');
  await page.getByTestId('investigation-findings').fill('快递中转滞留两天');
  await page.getByTestId('investigation-submit').click();
  await expect(page.getByTestId('investigation-form')).toContainText('此项必填');
  await page.getByTestId('investigation-courier').fill('中通快递');
  await page.getByTestId('investigation-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'INVESTIGATED');

  // Step 4: two proposals.
  await choose(page, 'proposal-solution', '赔偿');
  await page.getByTestId('proposal-amount').fill('20');
  await page.getByTestId('proposal-description').fill('补偿运费 20 元');
  await page.getByTestId('proposal-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'PROPOSED');
  await choose(page, 'proposal-solution', '道歉说明');
  await page.getByTestId('proposal-amount').fill('');
  await page.getByTestId('proposal-description').fill('电话致歉并说明原因');
  await page.getByTestId('proposal-submit').click();
  await expect(page.getByTestId('step-proposals').getByTestId('proposal-list').locator('tbody tr')).toHaveCount(2);
  // Only the supervisor approves.
  await expect(page.getByTestId('approval-waiting')).toBeVisible();
  await expect(page.locator('[data-testid^="proposal-approve-"]')).toHaveCount(0);

  // Step 5: aftersales.lead approves the compensation.
  const lead = await browser.newPage();
  await signIn(lead, demo('aftersales.lead'), undefined, '/after-sales');
  await expect(lead.getByTestId('board-column-PROPOSED')).toBeVisible();
  await lead.goto(complaintUrl);
  const compensation = lead.getByTestId('approval-form').locator('tr[data-solution="COMPENSATION"]');
  await compensation.locator('[data-testid^="proposal-approve-"]').click();
  await lead.getByTestId('proposal-approve-dialog-note').fill('同意补偿');
  await lead.getByTestId('proposal-approve-dialog-confirm').click();
  await expect(lead.getByTestId('complaint-state')).toHaveAttribute('data-state', 'APPROVED');
  await expect(lead.getByTestId('approved-by')).toContainText('赵售后主管');
  await lead.close();

  // Step 6: aftersales1 implements, notifies the customer and records the acceptance.
  await page.reload();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'APPROVED');
  await expect(page.getByTestId('approved-solution')).toContainText('赔偿');
  await page.getByTestId('implementation-note').fill('已通过支付宝补偿 20 元');
  await choose(page, 'implementation-channel', '电话');
  await page.getByTestId('implementation-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'IMPLEMENTED');
  await page.getByTestId('acceptance-yes').check();
  await choose(page, 'acceptance-method', '电话确认');
  await page.getByTestId('acceptance-feedback').fill('满意，谢谢');
  await page.getByTestId('acceptance-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'ACCEPTED');
  await expect(page.getByTestId('acceptance-record')).toContainText(customer);

  // Step 7: summary closes the loop; the follow-up callback is scheduled.
  await page.getByTestId('summary-classification').fill('物流-延误');
  await page.getByTestId('summary-root-cause').fill('中转站爆仓');
  await page.getByTestId('summary-improvement').fill('大促期间改用顺丰');
  await page.getByTestId('summary-submit').click();
  await expect(page.getByTestId('complaint-state')).toHaveAttribute('data-state', 'CLOSED');
  await expect(page.getByTestId('complaint-resolution')).toContainText('24 小时内闭环');
  await expect(page.getByTestId('complaint-history-event').last()).toContainText('已闭环');
  await expect(page.getByTestId('complaint-follow-up')).toBeVisible();

  // Customer service: the specialist the follow-up went to sees it in the callbacks queue.
  const followUp = await gql<{ complaint: { followUpTask: { id: string; assignee: { email: string }; campaign: { id: string } } | null } }>(request,
    'query ($id: ID!) { complaint(id: $id) { followUpTask { id assignee { email } campaign { id } } } }', { id: complaintId });
  const task = followUp.data!.complaint.followUpTask!;
  expect(task.assignee.email).toMatch(/^cs/);
  const cs = await browser.newPage();
  await signIn(cs, task.assignee.email);
  await cs.getByTestId('nav-cs-callbacks').click();
  await expect(cs.getByTestId('cs-callbacks-page')).toBeVisible();
  // The standing follow-up campaign's tasks, latest due first: the one just scheduled is at the top.
  await cs.goto(`/customer-service/callbacks?campaign=${task.campaign.id}`);
  await cs.getByTestId('callbacks-grid').getByRole('columnheader', { name: '截止时间' }).click();
  await cs.getByTestId('callbacks-grid').getByRole('columnheader', { name: '截止时间' }).click();
  await cs.getByTestId('callbacks-grid').getByText(customer).click();
  await expect(cs.getByTestId('callback-task')).toBeVisible();
  await expect(cs).toHaveURL(new RegExp(`/customer-service/callbacks/${task.id}$`));
  await cs.close();
});
