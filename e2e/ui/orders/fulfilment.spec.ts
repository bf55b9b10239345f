import { expect, test, type Page } from '@playwright/test';
import { demo } from '../../support/accounts';
import { signIn } from '../../support/session';
import { asAdmin, chooseOption, stamp } from '../../support/inventory';
import { createCourier, createPaidOrder, packThroughApi, type TestCourier } from './orderSetup';

async function switchUser(page: Page, email: string, path: string) {
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, undefined, path);
}

/** The queue row's action cell for an order, found by searching the queue for its number. */
async function queueRow(page: Page, code: string) {
  await page.getByTestId('queue-search').fill(code);
  const actions = page.getByTestId(`queue-actions-${code}`);
  await expect(actions).toBeVisible();
  return actions;
}

async function fillWaybill(page: Page, courier: TestCourier, waybill: string) {
  await chooseOption(page, 'ship-courier-0', courier.label);
  await page.getByTestId('ship-waybill-no-0').fill(waybill);
}

test('customer service confirms the address, the warehouse packs with the checklist and ships; the order shows as shipped with its timeline', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const courier = await createCourier(request, '顺丰速运 测试');
  const order = await createPaidOrder(request, { receiverName: '林晓雨', buyerNote: '请在周末送达' });
  const waybill = `SF${stamp()}`;

  // Customer service finds the order and confirms the address with the buyer by phone.
  await signIn(page, demo('cs1'));
  await page.getByTestId('nav-orders').click();
  await page.getByTestId('orders-search').fill(order.code);
  await expect(page.getByTestId('orders-grid').getByRole('row')).toHaveCount(2);
  await page.getByTestId('orders-grid').getByText(order.code).click();
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'PAID');
  await expect(page.getByTestId('order-buyer-note')).toHaveText('请在周末送达');
  await expect(page.getByTestId('order-total')).toHaveText(/^¥\d[\d,]*\.\d{2}$/);
  await expect(page.getByTestId(`order-line-${order.giftCode}`)).toContainText('赠品');
  await expect(page.getByTestId('order-address-unconfirmed')).toBeVisible();
  await page.getByTestId('order-confirm').click();
  await page.getByTestId('confirm-address-submit').click();
  await expect(page.getByTestId('confirm-address-form')).toContainText('此项必填');
  await page.getByTestId('confirm-method-PHONE').check();
  await page.getByTestId('confirm-address-note').fill('电话核对无误，买家确认门牌号');
  await page.getByTestId('confirm-address-submit').click();
  await expect(page.getByTestId('order-address-confirmed')).toContainText('电话');
  await expect(page.getByTestId('order-confirm')).toHaveCount(0);

  // The warehouse allocates, picks, packs with the checklist and ships with a waybill of two packages.
  await switchUser(page, demo('warehouse1'), '/warehouse');
  await page.getByTestId('workspace-link-fulfilment').click();
  let row = await queueRow(page, order.code);
  await row.getByTestId('queue-allocate').click();
  await row.getByTestId('queue-pick').click();
  await row.getByTestId('queue-pack').click();
  await expect(page.getByTestId('pack-form')).toContainText('安溪铁观音');
  await page.getByTestId('pack-check-goodsChecked').check();
  await page.getByTestId('pack-submit').click();
  await expect(page.getByTestId('pack-checklist-error')).toBeVisible();
  for (const item of ['specMatches', 'accessoriesIncluded', 'giftsIncluded', 'shippingSlipIncluded']) {
    await page.getByTestId(`pack-check-${item}`).check();
  }
  await page.getByTestId('pack-submit').click();
  await expect(page.getByTestId('pack-form')).toHaveCount(0);
  row = await queueRow(page, order.code);
  await row.getByTestId('queue-ship').click();
  await fillWaybill(page, courier, waybill);
  await page.getByTestId('ship-packages-0').fill('2');
  await page.getByTestId('ship-submit').click();
  await expect(page.getByTestId('ship-form')).toHaveCount(0);
  await expect(page.getByTestId('notice')).toContainText(order.code);
  await expect(page.getByTestId(`queue-actions-${order.code}`)).toHaveCount(0);

  // The order is shipped, with its waybill and the whole story on the timeline.
  await page.goto(`/customer-service/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'SHIPPED');
  await expect(page.getByTestId('order-shipments')).toContainText(waybill);
  await expect(page.getByTestId('order-shipments')).toContainText('×2');
  const timeline = page.getByTestId('order-timeline');
  await expect(timeline).toContainText('电话核对无误');
  await expect(timeline).toContainText('已打包');
  await expect(timeline).toContainText('已发货');
  await expect(timeline.getByTestId('order-timeline-event').last()).toContainText('已发货');

  // The waybill is found in tracking.
  await page.getByTestId('nav-shipments').click();
  await page.getByTestId('shipments-search').fill(waybill);
  await expect(page.getByTestId('shipments-grid')).toContainText(order.code);
});

test('shipping an unconfirmed order is refused with the reason shown; a manager override lets it ship', async ({ page, request }) => {
  test.slow();
  await asAdmin(request);
  const courier = await createCourier(request, '中通快递 测试');
  const order = await createPaidOrder(request, { receiverName: '周建国', province: '广东省' });
  await packThroughApi(request, order);
  const waybill = `ZT${stamp()}`;

  await signIn(page, demo('warehouse1'), undefined, '/warehouse/fulfilment');
  const row = await queueRow(page, order.code);
  await row.getByTestId('queue-ship').click();
  await page.getByTestId('ship-submit').click();
  await expect(page.getByTestId('ship-form')).toContainText('请选择快递公司');
  await fillWaybill(page, courier, waybill);
  await page.getByTestId('ship-submit').click();
  await expect(page.getByTestId('ship-error')).toContainText('尚未与买家确认');
  await page.getByTestId('ship-form').getByRole('button', { name: '取消' }).click();

  await page.goto(`/customer-service/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'PACKED');
  await expect(page.getByTestId('order-blocker-ADDRESS_UNCONFIRMED')).toBeVisible();
  await expect(page.getByTestId('order-shipments')).toHaveCount(0);
  // The warehouse may not override.
  await expect(page.getByTestId('order-override')).toHaveCount(0);

  await switchUser(page, demo('manager'), `/customer-service/orders/${order.id}`);
  await page.getByTestId('order-override').click();
  await page.getByTestId('order-override-dialog-confirm').click();
  await expect(page.getByTestId('order-override-dialog')).toContainText('此项必填');
  await page.getByTestId('order-override-dialog-note').fill('买家电话停机，旺旺已留言确认');
  await page.getByTestId('order-override-dialog-confirm').click();
  await expect(page.getByTestId('order-check-override')).toContainText('旺旺已留言确认');

  await switchUser(page, demo('warehouse1'), '/warehouse/fulfilment');
  await (await queueRow(page, order.code)).getByTestId('queue-ship').click();
  await fillWaybill(page, courier, waybill);
  await page.getByTestId('ship-submit').click();
  await expect(page.getByTestId('ship-form')).toHaveCount(0);
  await page.goto(`/customer-service/orders/${order.id}`);
  await expect(page.getByTestId('order-status')).toHaveAttribute('data-status', 'SHIPPED');
  await expect(page.getByTestId('order-timeline')).toContainText('买家电话停机');
});
