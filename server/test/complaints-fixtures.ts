import { expect } from 'vitest';
import type { TestServer } from './harness.js';
import { makeSkus } from './fixtures/catalog.js';
import { makeCustomers } from './customers-helpers.js';
import { Customer } from '../src/modules/customers/entities/customer.entity.js';
import { Department } from '../src/modules/identity/entities/department.entity.js';
import { User } from '../src/modules/identity/entities/user.entity.js';
import { Order } from '../src/modules/orders/entities/order.entity.js';
import { OrderLine } from '../src/modules/orders/entities/order-line.entity.js';
import { OrderChannel, OrderStatus } from '../src/modules/orders/entities/order-enums.js';
import { ShippingMethod } from '../src/modules/shipping/entities/shipping-method.js';
import { Partner } from '../src/modules/partners/entities/partner.entity.js';
import { ComplaintRequest } from '../src/modules/callbacks/entities/complaint-request.entity.js';

export const C_FIELDS = `id code state step valid demandReasonable invalidReply cause courierName receivedAt dueAt remainingSeconds overdue resolvedAt resolutionMinutes resolvedWithin24h
  customer { id name } order { id code } sku { id code } product { id } handler { email } responsibleDepartment { code } responsibleUser { email } supplier { code }
  proposals { id solution amountFen status proposedByLabel decisionNote } approvedProposal { id } returnRequest { id code type complaintCode }
  disciplinaryNote notifiedChannel acceptanceConfirmedBy acceptanceMethod acceptedAt customerFeedback classification rootCause improvementAction
  complaintRequest { id status complaintRef } timeline { fromState toState actorLabel note } followUpTask { id sourceRef dueAt assignee { email } status }`;

let serial = 0;

/** A customer with a shipped, paid order of two SKUs, written straight to the database. */
export async function customerWithOrder(s: TestServer, opts: { assigneeEmail?: string } = {}) {
  const em = s.orm.em.fork();
  const [customer] = await makeCustomers(s, 1);
  const skus = await makeSkus(s.orm, 2, { priceFen: 5_000 });
  const c = await em.findOneOrFail(Customer, customer.id);
  if (opts.assigneeEmail) c.assignee = em.getReference(User, (await em.findOneOrFail(User, { email: opts.assigneeEmail })).id) as never;
  const order = em.create(Order, {
    code: `SOC${process.pid}${++serial}`, channel: OrderChannel.TAOBAO, customer: c, status: OrderStatus.SHIPPED, shippingMethod: ShippingMethod.EXPRESS,
    receiverName: c.name, receiverPhone: '13800000000', province: '浙江', city: '杭州市', addressDetail: '文三路 1 号', goodsFen: 15_000, discountFen: 0,
    shippingFeeFen: 0, totalFen: 15_000, paidFen: 15_000, weightGrams: 750,
  });
  const lines = skus.map((sku, i) => em.create(OrderLine, {
    order, sku: em.getReference(sku.constructor as never, sku.id) as never, skuCode: sku.code, title: `测试茶 ${i}`, quantity: i + 1, unitPriceFen: 5_000, discountFen: 0, isGift: false, unitWeightGrams: 250,
  } as never));
  await em.persistAndFlush([c, order, ...lines]);
  return { customer: c, order, lines, skus };
}

export async function departmentId(s: TestServer, code: string): Promise<string> {
  return String((await s.orm.em.fork().findOneOrFail(Department, { code })).id);
}

export async function supplierId(s: TestServer, code = 'SUP-ANXI'): Promise<string> {
  return String((await s.orm.em.fork().findOneOrFail(Partner, { code })).id);
}

export async function openComplaintRequest(s: TestServer, customerId: number): Promise<string> {
  const em = s.orm.em.fork();
  const request = em.create(ComplaintRequest, { customer: customerId, summary: '回访不满意：茶叶受潮', raisedByLabel: 'cs1@demo.shop' } as never);
  await em.persistAndFlush(request);
  return String(request.id);
}

/** A mutation on the complaint loop; returns the payload (complaint, proposal, errors). */
export async function step(s: TestServer, token: string, name: string, input: Record<string, unknown>) {
  const type = name[0].toUpperCase() + name.slice(1) + 'Input';
  const r = await s.gql(`mutation($i: ${type}!) { ${name}(input: $i) { complaint { ${C_FIELDS} } proposal { id status } errors { field code message } } }`, { i: input }, { token });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data[name] as { complaint: any; proposal: any; errors: { field: string; code: string; message: string }[] };
}

/** The same, failing the test on payload errors. */
export async function stepOk(s: TestServer, token: string, name: string, input: Record<string, unknown>) {
  const payload = await step(s, token, name, input);
  expect(payload.errors, `${name}: ${JSON.stringify(payload.errors)}`).toEqual([]);
  return payload;
}

export const registerInput = (customerId: number, extra: Record<string, unknown> = {}) => ({
  customerId: String(customerId), channel: 'CHAT', category: 'QUALITY', content: '收到的铁观音受潮结块', demand: '退货退款', ...extra,
});
