import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, stamp } from '../../support/inventory';
import { confirmThroughApi, createCourier, createPaidOrder, packThroughApi, shipThroughApi } from './orderSetup';

async function openWaybill(page: Page, waybill: string) {
  await page.goto('/warehouse/shipments');
  await page.getByTestId('shipments-search').fill(waybill);
  const grid = page.getByTestId('shipments-grid');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await grid.getByText(waybill).click();
  await expect(page.getByTestId('shipment-dialog')).toBeVisible();
}

test('two packed orders ship together; tracking entered by hand until signed delivers the order', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const courier = await createCourier(request, '圆通速递 测试');
  const receiver = `批量${stamp().slice(-5)}`;
  const first = await createPaidOrder(request, { receiverName: receiver });
  const second = await createPaidOrder(request, { receiverName: receiver, province: '江苏省' });
  for (const order of [first, second]) {
    await confirmThroughApi(request, order);
    await packThroughApi(request, order);
  }
  const waybills = { [first.code]: `YT${stamp()}`, [second.code]: `YT${stamp()}` };

  await signIn(page, demo('warehouse1'), undefined, '/warehouse/fulfilment');
  await page.getByTestId('queue-search').fill(receiver);
  const grid = page.getByTestId('queue-grid');
  for (const order of [first, second]) {
    await grid.locator('[role="row"]', { hasText: order.code }).getByRole('checkbox').check();
  }
  await expect(page.getByTestId('queue-batch-ship')).toContainText('2');
  await page.getByTestId('queue-batch-ship').click();
  await chooseOption(page, 'batch-courier-all', courier.label);
  await page.getByTestId('batch-ship-submit').click();
  await expect(page.getByTestId('batch-ship-dialog')).toContainText('运单号为 6–40 位');
  for (const order of [first, second]) await page.getByTestId(`batch-waybill-${order.code}`).fill(waybills[order.code]);
  await page.getByTestId('batch-ship-submit').click();
  for (const order of [first, second]) await expect(page.getByTestId(`batch-outcome-${order.code}`)).toHaveText('已发货');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await expect(grid).not.toContainText(first.code);

  // The first parcel is followed by hand until it is signed for.
  await openWaybill(page, waybills[first.code]);
  await page.getByTestId('tracking-location').fill('杭州转运中心');
  await page.getByTestId('tracking-description').fill('快件已到达');
  await page.getByTestId('tracking-submit').click();
  await expect(page.getByTestId('shipment-events')).toContainText('杭州转运中心');
  await chooseOption(page, 'tracking-status', '已签收');
  await page.getByTestId('tracking-description').fill('本人签收');
  await page.getByTestId('tracking-submit').click();
  await expect(page.getByTestId('shipment-status')).toHaveAttribute('data-status', 'SIGNED');
  await expect(page.getByTestId('tracking-form')).toHaveCount(0);

  await page.goto(`/customer-service/orders/${first.id}`);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'DELIVERED');
  await expect(page.getByTestId(`tracking-${waybills[first.code]}`)).toContainText('本人签收');
  await page.goto(`/customer-service/orders/${second.id}`);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'SHIPPED');
});

test('tracking imported from a courier CSV: good rows added, bad rows listed', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const courier = await createCourier(request, '韵达快递 测试');
  const order = await createPaidOrder(request, { receiverName: '何静' });
  await confirmThroughApi(request, order);
  await packThroughApi(request, order);
  const waybill = await shipThroughApi(request, order, courier);
  const now = new Date(Date.now() - 3_600_000).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
  const csv = `waybill_no,time,status,location,description\n${waybill},${now},运输中,南京分拨中心,发往南京\nNOSUCH${stamp()},${now},运输中,上海,?\n`;

  await signIn(page, demo('warehouse1'), undefined, '/warehouse/shipments');
  await page.getByTestId('tracking-import').click();
  await page.getByTestId('tracking-import-dialog-start').click();
  await expect(page.getByTestId('tracking-import-dialog-error')).toContainText('请选择 CSV 文件');
  await page.getByTestId('tracking-import-dialog-file').setInputFiles({ name: 'tracking.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('tracking-import-dialog-start').click();
  await expect(page.getByTestId('tracking-import-dialog-result')).toContainText('已导入 1 条');
  await expect(page.getByTestId('tracking-import-dialog-row-errors').locator('[data-row="3"]')).toBeVisible();
  await page.keyboard.press('Escape');

  await openWaybill(page, waybill);
  await expect(page.getByTestId('shipment-events')).toContainText('南京分拨中心');
  await expect(page.getByTestId('shipment-events')).toContainText('导入');
});
