import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { apiSignIn } from '../../support/graphql';
import { signIn } from '../../support/session';
import { createCourier } from '../orders/orderSetup';
import { choose, unique } from './afterSales';

/** Shop-local "YYYY-MM-DD HH:mm" of an instant, as a review export writes it. */
const shopTime = (date: Date) => date.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 16);

/**
 * Reviews imported from a CSV export (a bad row reported by row and column, the good ones kept), then a bad
 * review handled by its logistics cause: reply, verify with the courier, claim from it, apologise with a
 * compensation, resolve — resolving before the steps are done is refused and says what is missing.
 */
test('bad review: CSV import with per-row errors, logistics cause handled and resolved', async ({ page, request }) => {
  test.slow();
  const login = await apiSignIn(request, demo('admin'));
  expect(login.errors).toEqual([]);
  const courier = await createCourier(request, '评价测试快递');
  const buyer = `差评买家${unique()}`;
  const happy = `好评买家${unique()}`;
  const at = shopTime(new Date(Date.now() - 3600_000));
  const csv = '\uFEFFplatform,review_id,order_no,sku_code,buyer,rating,text,reviewed_at,reply\n'
    + `TAOBAO,R-${unique()},,,${buyer},1,快递太慢，盒子压坏了,${at},\n`
    + `TAOBAO,R-${unique()},,,${happy},9,评分写错了,${at},\n`
    + `TMALL,R-${unique()},,,${happy},5,茶很好喝,${at},\n`;

  await signIn(page, demo('aftersales1'), undefined, '/after-sales/reviews');
  await expect(page.getByTestId('as-reviews-page')).toBeVisible();
  await page.getByTestId('reviews-import-open').click();
  await page.getByTestId('reviews-import-file').setInputFiles({ name: 'reviews.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByTestId('reviews-import-start').click();
  await expect(page.getByTestId('reviews-import-result')).toContainText('已导入 2 条');
  const rowError = page.getByTestId('reviews-import-row-errors').locator('tr[data-row="3"]');
  await expect(rowError).toContainText('rating');
  await page.getByRole('button', { name: '关闭' }).click();

  // The bad review waits for handling.
  await page.getByTestId('reviews-search').fill(buyer);
  await expect(page.getByTestId('reviews-grid').getByRole('row')).toHaveCount(2);
  await expect(page.getByTestId('review-row-status')).toHaveAttribute('data-status', 'OPEN');
  await page.getByTestId('reviews-grid').getByText(buyer).click();
  await expect(page.getByTestId('review-detail')).toBeVisible();
  await expect(page.getByTestId('review-rating')).toHaveAttribute('data-rating', '1');

  // Reply, then name the cause.
  await page.getByTestId('review-reply-text').fill('非常抱歉给您带来不便，我们马上核实物流情况。');
  await page.getByTestId('review-reply-submit').click();
  await expect(page.getByTestId('review-reply-shown')).toContainText('非常抱歉给您带来不便');
  await choose(page, 'review-classify-cause', '物流原因');
  await page.getByTestId('review-classify-submit').click();
  await expect(page.getByTestId('review-handling')).toHaveAttribute('data-status', 'IN_PROGRESS');
  await expect(page.getByTestId('review-cause-handling')).toHaveAttribute('data-cause', 'LOGISTICS');

  // Resolving too early is refused, naming what is still to do.
  await page.getByTestId('review-resolve-submit').click();
  await expect(page.getByTestId('review-resolve-error')).toContainText('verify with the courier');

  await page.getByTestId('review-verify-finding').fill('快递中转时挤压，外箱破损属实');
  await page.getByTestId('review-verify-submit').click();
  await expect(page.getByTestId('review-finding')).toContainText('外箱破损属实');

  await choose(page, 'review-claim-courierId', new RegExp(courier.code));
  await page.getByTestId('review-claim-amountFen').fill('30');
  await page.getByTestId('review-claim-waybillNo').fill(`YT${unique()}`);
  await page.getByTestId('review-claim-reason').fill('运输途中外箱压坏');
  await page.getByTestId('review-claim-submit').click();
  await expect(page.locator('[data-testid^="review-claim-row-"]')).toContainText(courier.name);

  await page.getByTestId('review-apologise-apology').fill('已电话致歉并补偿 10 元红包');
  await page.getByTestId('review-apologise-compensationFen').fill('10');
  await page.getByTestId('review-apologise-submit').click();
  await expect(page.getByTestId('review-apology')).toContainText('¥10.00');

  await page.getByTestId('review-resolve-submit').click();
  await expect(page.getByTestId('review-handling')).toHaveAttribute('data-status', 'RESOLVED');
  await expect(page.getByTestId('review-resolved')).toBeVisible();
});
