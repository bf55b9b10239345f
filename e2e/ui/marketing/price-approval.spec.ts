import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { gql } from '../../support/graphql';
import { asAdmin, createProduct } from '../../support/inventory';

test('a price change proposed by marketing appears in the manager’s queue and takes effect on approval', async ({ page, request }) => {
  await asAdmin(request);
  const product = await createProduct(request, { title: '西湖龙井 明前特级 调价', skus: [{ suffix: '250g', priceFen: 12800 }, { suffix: '100g', priceFen: 5800 }] });
  const sku = product.skus[0];

  // marketing finds the product and proposes a new price; the price itself does not change yet.
  await signIn(page, demo('marketing'));
  await expect(page.getByTestId('nav-price-approvals')).toHaveCount(0);
  await page.getByTestId('nav-products').click();
  await page.getByTestId('products-search').fill(product.code);
  const grid = page.getByTestId('products-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid.getByRole('row').nth(1)).toContainText('¥58.00 – ¥128.00');
  await grid.getByText(product.title).click();
  await expect(page.getByTestId(`sku-price-${sku.code}`)).toHaveText('¥128.00');
  await page.getByTestId(`sku-propose-${sku.code}`).click();
  await expect(page.getByTestId('price-change-current')).toHaveText('¥128.00');
  await page.getByTestId('price-change-price').fill('99.5');
  await page.getByTestId('price-change-submit').click();
  await expect(page.getByTestId('price-change-form')).toContainText('此项必填');
  await page.getByTestId('price-change-reason').fill('竞品降价，双十二活动');
  await page.getByTestId('price-change-submit').click();
  await expect(page.getByTestId('notice')).toContainText(sku.code);
  await expect(page.getByTestId(`sku-price-${sku.code}`)).toHaveText('¥128.00');

  // A second pending change of the same SKU is refused.
  await page.getByTestId(`sku-propose-${sku.code}`).click();
  await page.getByTestId('price-change-price').fill('95');
  await page.getByTestId('price-change-reason').fill('再降一点');
  await page.getByTestId('price-change-submit').click();
  await expect(page.getByTestId('price-change-error')).toBeVisible();
  await page.getByTestId('price-change-form').getByRole('button', { name: '取消' }).click();

  // The manager sees it in the queue and approves it.
  await page.getByTestId('sign-out').click();
  await signIn(page, demo('manager'));
  await page.getByTestId('nav-price-approvals').click();
  const queue = page.getByTestId('price-queue-grid');
  await expect(queue.getByTestId(`price-change-${sku.code}`)).toContainText('¥128.00 → ¥99.50');
  await expect(queue).toContainText('竞品降价，双十二活动');
  await expect(queue).toContainText('冯推广');
  await page.getByTestId(`price-approve-${sku.code}`).click();
  await page.getByTestId('price-approve-dialog-confirm').click();
  await expect(page.getByTestId('notice')).toContainText('¥99.50');
  await expect(queue.getByTestId(`price-change-${sku.code}`)).toHaveCount(0);

  // The new price is in force: on the product, in the list, and in the price history.
  await page.goto(`/marketing/products/${product.id}`);
  await expect(page.getByTestId(`sku-price-${sku.code}`)).toHaveText('¥99.50');
  await page.getByTestId(`sku-prices-${sku.code}`).click();
  await expect(page.getByTestId('price-history').getByRole('row').nth(1)).toContainText('¥128.00');
  await expect(page.getByTestId('price-history').getByRole('row').nth(1)).toContainText('¥99.50');
  await expect(page.getByTestId('price-requests')).toContainText('已批准');
  await page.getByRole('button', { name: '关闭' }).click();
  await page.getByTestId('nav-products').click();
  await page.getByTestId('products-search').fill(product.code);
  await expect(grid.getByRole('row').nth(1)).toContainText('¥58.00 – ¥99.50');
});

test('four eyes: the proposer’s own price change is refused with the server’s message; a rejection needs a note', async ({ page, request }) => {
  await asAdmin(request);
  const product = await createProduct(request, { title: '正山小种 桐木关 调价', skus: [{ suffix: '200g', priceFen: 16800 }] });
  const sku = product.skus[0];
  // admin holds both price:propose and price:approve.
  const proposed = await gql<{ proposePriceChange: { errors: unknown[] } }>(request,
    'mutation ($input: ProposePriceChangeInput!) { proposePriceChange(input: $input) { errors { field message code } } }',
    { input: { skuId: sku.id, kind: 'PRICE', proposedFen: 15800, reason: '清库存' } });
  expect(proposed.data?.proposePriceChange.errors).toEqual([]);

  await signIn(page, demo('admin'), undefined, '/marketing/price-approvals');
  const queue = page.getByTestId('price-queue-grid');
  await expect(queue.getByTestId(`price-change-${sku.code}`)).toContainText('¥168.00 → ¥158.00');
  await expect(queue.getByRole('row').filter({ hasText: sku.code })).toContainText('本人');
  await page.getByTestId(`price-approve-${sku.code}`).click();
  await page.getByTestId('price-approve-dialog-confirm').click();
  await expect(page.getByTestId('price-approve-dialog-error')).toContainText('不能审批自己提交的申请');
  await page.getByTestId('price-approve-dialog').getByRole('button', { name: '取消' }).click();

  // Another manager rejects it; the reason is required and the price stays.
  await page.getByTestId('sign-out').click();
  await signIn(page, demo('manager'), undefined, '/marketing/price-approvals');
  await page.getByTestId(`price-reject-${sku.code}`).click();
  await page.getByTestId('price-reject-dialog-confirm').click();
  await expect(page.getByTestId('price-reject-dialog')).toContainText('此项必填');
  await page.getByTestId('price-reject-dialog-note').fill('低于成本价');
  await page.getByTestId('price-reject-dialog-confirm').click();
  await expect(queue.getByTestId(`price-change-${sku.code}`)).toHaveCount(0);
  await page.getByTestId('price-tab-decided').click();
  await page.getByRole('combobox').first().click();
  await page.getByRole('option', { name: '已驳回' }).click();
  await expect(queue.getByRole('row').filter({ hasText: sku.code })).toContainText('低于成本价');
  await page.goto(`/marketing/products/${product.id}`);
  await expect(page.getByTestId(`sku-price-${sku.code}`)).toHaveText('¥168.00');
});
