import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, createProduct, stamp } from '../../support/inventory';
import { createCourier, ensureExpressTemplate } from './orderSetup';

test('the manager records an expense in the ledger, sees it in the totals and exports it; customer service has no ledger', async ({ page }) => {
  test.slow();
  const reference = `INV${stamp()}`;
  await signIn(page, demo('manager'));
  await page.getByTestId('nav-ledger').click();
  await expect(page.getByTestId('ledger-chart')).toBeVisible();
  await page.getByTestId('ledger-record').click();
  await page.getByTestId('ledger-form-submit').click();
  await expect(page.getByTestId('ledger-form')).toContainText('请输入大于 0 的金额');
  await page.getByTestId('ledger-form-amount').fill('12.5');
  await page.getByTestId('ledger-form-reference').fill(reference);
  await page.getByTestId('ledger-form-note').fill('11 月顺丰月结运费');
  await page.getByTestId('ledger-form-submit').click();
  await expect(page.getByTestId('ledger-form')).toHaveCount(0);

  await page.getByTestId('ledger-search').fill(reference);
  const grid = page.getByTestId('ledger-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid).toContainText('运费支出');
  await expect(grid).toContainText('-¥12.50');
  await expect(page.getByTestId('ledger-expense')).not.toHaveText('¥0.00');

  const download = page.waitForEvent('download');
  await page.getByTestId('ledger-export').click();
  const file = await (await download).path();
  expect(readFileSync(file, 'utf8')).toContain(reference);

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo('cs1'));
  await expect(page.getByTestId('nav-orders')).toBeVisible();
  await expect(page.getByTestId('nav-ledger')).toHaveCount(0);
  await expect(page.getByTestId('nav-couriers')).toHaveCount(0);
});

test('the warehouse lead adds a courier (a taken code is refused beside the field) and an EMS fee row', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const taken = await createCourier(request, '已有快递');
  const code = `C${stamp()}`.slice(0, 12);

  await signIn(page, demo('warehouse.lead'));
  await page.getByTestId('nav-couriers').click();
  await page.getByTestId('courier-create').click();
  await page.getByTestId('courier-submit').click();
  await expect(page.getByTestId('courier-form')).toContainText('此项必填');
  await page.getByTestId('courier-code').fill(taken.code);
  await page.getByTestId('courier-name').fill('申通快递');
  await page.getByTestId('courier-submit').click();
  await expect(page.getByTestId('courier-form').locator('.MuiFormHelperText-root')).toContainText('已存在相同的记录');
  await page.getByTestId('courier-code').fill(code);
  await page.getByTestId('courier-submit').click();
  await expect(page.getByTestId(`courier-row-${code}`)).toContainText('申通快递');

  await page.getByTestId(`courier-row-${code}`).getByTestId('courier-rates').click();
  await chooseOption(page, 'rate-form-province', '西藏自治区');
  await page.getByTestId('rate-form-firstFeeFen').fill('25');
  await page.getByTestId('rate-form-additionalFeeFen').fill('8.5');
  await page.getByTestId('rate-form-submit').click();
  await expect(page.locator('[data-testid="rate-table-row"][data-province="西藏自治区"]')).toContainText('¥8.50');
  await page.keyboard.press('Escape');

  await page.getByTestId('couriers-tab-templates').click();
  await page.getByTestId('templates-tab-EMS').click();
  await chooseOption(page, 'template-form-province', '青海省');
  await page.getByTestId('template-form-firstFeeFen').fill('30');
  await page.getByTestId('template-form-additionalFeeFen').fill('12');
  await page.getByTestId('template-form-freeShippingThresholdFen').fill('abc');
  await page.getByTestId('template-form-submit').click();
  await expect(page.getByTestId('template-form')).toContainText('请输入大于 0 的金额');
  await page.getByTestId('template-form-freeShippingThresholdFen').fill('599');
  await page.getByTestId('template-form-submit').click();
  const row = page.locator('[data-testid="templates-table-row"][data-province="青海省"][data-method="EMS"]');
  await expect(row).toContainText('¥30.00');
  await expect(row).toContainText('¥599.00');

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo('warehouse1'));
  await expect(page.getByTestId('nav-fulfilment')).toBeVisible();
  await expect(page.getByTestId('nav-couriers')).toHaveCount(0);
});

test('orders imported from a platform CSV: the good order is created, the bad row is listed by column', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  await ensureExpressTemplate(request);
  const product = await createProduct(request, { title: '武夷岩茶 大红袍 导入', skus: [{ suffix: '125g', priceFen: 16800 }] });
  const good = `TB${stamp()}`;
  const bad = `TB${stamp()}X`;
  const csv = [
    'channel,platform_order_no,receiver_name,receiver_phone,province,city,address,sku_code,quantity,buyer_note',
    `TAOBAO,${good},陈美玲,13700001111,福建省,厦门市,思明区湖滨南路 1 号,${product.skus[0].code},1,送人的请包装好`,
    `TAOBAO,${bad},王磊,13700002222,福建省,福州市,鼓楼区五一路 2 号,NO-SUCH-SKU-${stamp()},1,`,
  ].join('\n');

  await signIn(page, demo('cs.lead'));
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-import').click();
  await page.getByTestId('orders-import-file').setInputFiles({ name: 'taobao.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('orders-import-start').click();
  await expect(page.getByTestId('orders-import-result')).toContainText('已导入 1 个订单');
  const rowErrors = page.getByTestId('orders-import-row-errors');
  await expect(rowErrors.locator('[data-row="3"]')).toContainText('sku_code');
  await page.keyboard.press('Escape');

  await page.getByTestId('orders-search').fill(good);
  await expect(page.getByTestId('orders-grid').getByRole('row')).toHaveCount(2);
  await page.getByTestId('orders-grid').getByText(good).click();
  await expect(page.getByTestId('order-buyer-note')).toHaveText('送人的请包装好');
  // The buyer corrects the phone number; the change is kept on the timeline.
  await page.getByTestId('order-editAddress').click();
  await page.getByTestId('address-receiverPhone').fill('123');
  await page.getByTestId('address-submit').click();
  await expect(page.getByTestId('address-form')).toContainText('请输入 11 位手机号');
  await page.getByTestId('address-receiverPhone').fill('13700003333');
  await page.getByTestId('address-note').fill('买家更正电话');
  await page.getByTestId('address-submit').click();
  await expect(page.getByTestId('order-receiver')).toContainText('13700003333');
  await expect(page.getByTestId('order-timeline')).toContainText('买家更正电话');
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-search').fill(bad);
  await expect(page.getByTestId('orders-grid').getByRole('row')).toHaveCount(1);
});
