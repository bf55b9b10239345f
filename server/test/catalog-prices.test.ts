import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startTestServer, type TestServer } from './harness.js';
import { Sku } from '../src/modules/catalog/entities/sku.entity.js';
import { PriceHistory } from '../src/modules/catalog/entities/price-history.entity.js';
import { auditOf, createProduct } from './catalog-fixtures.js';

let s: TestServer;
let admin: string;
let marketing: string;
let manager: string;
let director: string;
beforeAll(async () => {
  s = await startTestServer();
  [admin, marketing, manager, director] = await Promise.all(['admin', 'marketing', 'manager', 'director'].map((u) => s.login(`${u}@demo.shop`)));
});
afterAll(async () => { await s?.close(); });

const CHANGE = 'id status kind currentFen proposedFen reason proposedByName decidedByName decisionNote decidedAt sku { code priceFen vipPriceFen } history { fromState toState actorLabel note }';
const PROPOSE = `mutation($i: ProposePriceChangeInput!) { proposePriceChange(input: $i) { priceChange { ${CHANGE} } errors { field code message } } }`;
const step = (name: 'approve' | 'reject' | 'cancel') =>
  `mutation($i: DecidePriceChangeInput!) { ${name}PriceChange(input: $i) { priceChange { ${CHANGE} } errors { field code message } } }`;

async function newSku(): Promise<{ id: string; code: string }> {
  const product = await createProduct(s, marketing);
  return product.skus[0];
}
const priceOf = async (skuId: string) => (await s.orm.em.fork().findOneOrFail(Sku, Number(skuId))).priceFen;

async function propose(token: string, skuId: string, proposedFen: number, kind = 'PRICE', reason = '竞品降价，跟进') {
  const r = await s.gql(PROPOSE, { i: { skuId, kind, proposedFen, reason } }, { token });
  expect(r.errors).toBeUndefined();
  return r.data.proposePriceChange;
}

describe('price changes: the happy path', () => {
  it('proposing leaves the price alone; approval changes it, with price history, document history and audit', async () => {
    const sku = await newSku();
    const proposed = await propose(marketing, sku.id, 9900);
    expect(proposed.errors).toEqual([]);
    const change = proposed.priceChange;
    expect(change).toMatchObject({ status: 'PENDING', kind: 'PRICE', currentFen: 12800, proposedFen: 9900, proposedByName: '冯推广', decidedByName: null });
    expect(await priceOf(sku.id)).toBe(12800);

    const queue = await s.gql(`{ priceChanges(where: { status: PENDING }, first: 100) { nodes { id } } }`, {}, { token: manager });
    expect(queue.data.priceChanges.nodes.map((n: any) => n.id)).toContain(change.id);

    const approved = await s.gql(step('approve'), { i: { id: change.id, note: '同意' } }, { token: manager });
    expect(approved.data.approvePriceChange.errors).toEqual([]);
    expect(approved.data.approvePriceChange.priceChange).toMatchObject({ status: 'APPROVED', decidedByName: '李店长', decisionNote: '同意', sku: { priceFen: 9900 } });
    expect(approved.data.approvePriceChange.priceChange.history).toEqual([
      { fromState: null, toState: 'PENDING', actorLabel: 'marketing@demo.shop', note: '竞品降价，跟进' },
      { fromState: 'PENDING', toState: 'APPROVED', actorLabel: 'manager@demo.shop', note: '同意' },
    ]);
    expect(await priceOf(sku.id)).toBe(9900);

    const history = await s.gql(`query($id: ID!) { priceHistory(skuId: $id) { kind oldFen newFen changedByLabel priceChangeId } }`, { id: sku.id }, { token: marketing });
    expect(history.data.priceHistory).toEqual([
      { kind: 'PRICE', oldFen: 12800, newFen: 9900, changedByLabel: 'manager@demo.shop', priceChangeId: change.id },
      { kind: 'PRICE', oldFen: null, newFen: 12800, changedByLabel: 'marketing@demo.shop', priceChangeId: null },
    ]);
    expect((await auditOf(s, admin, 'proposePriceChange', change.id))[0].summary).toBe(`${sku.code} PRICE: ¥128.00 → ¥99.00; 竞品降价，跟进`);
    expect((await auditOf(s, admin, 'approvePriceChange', change.id))[0]).toMatchObject({ actorLabel: 'manager@demo.shop', summary: `${sku.code} PRICE: ¥128.00 → ¥99.00 approved; 同意` });
  });

  it('a VIP price change sets vipPriceFen and leaves the price', async () => {
    const sku = await newSku();
    const { priceChange } = await propose(marketing, sku.id, 11000, 'VIP');
    expect(priceChange.currentFen).toBeNull();
    const r = await s.gql(step('approve'), { i: { id: priceChange.id } }, { token: director });
    expect(r.data.approvePriceChange.priceChange.sku).toMatchObject({ priceFen: 12800, vipPriceFen: 11000 });
  });

  it('rejection needs a note and leaves the price unchanged', async () => {
    const sku = await newSku();
    const { priceChange } = await propose(marketing, sku.id, 5000);
    const noNote = await s.gql(step('reject'), { i: { id: priceChange.id } }, { token: manager });
    expect(noNote.data.rejectPriceChange.errors).toEqual([{ field: 'note', code: 'REQUIRED', message: expect.any(String) }]);
    const r = await s.gql(step('reject'), { i: { id: priceChange.id, note: '低于成本' } }, { token: manager });
    expect(r.data.rejectPriceChange.priceChange).toMatchObject({ status: 'REJECTED', decisionNote: '低于成本', decidedByName: '李店长' });
    expect(await priceOf(sku.id)).toBe(12800);
    expect(await s.orm.em.fork().count(PriceHistory, { sku: Number(sku.id) })).toBe(1);
  });

  it('the proposer can cancel their own pending change; nobody else can', async () => {
    const sku = await newSku();
    const { priceChange } = await propose(marketing, sku.id, 12000);
    const byAdmin = await s.gql(step('cancel'), { i: { id: priceChange.id } }, { token: admin });
    expect(byAdmin.data.cancelPriceChange.errors.map((e: any) => e.code)).toEqual(['FORBIDDEN']);
    const byManager = await s.gql(step('cancel'), { i: { id: priceChange.id } }, { token: manager });
    expect(codes(byManager)).toEqual(['FORBIDDEN']); // no price:propose
    const own = await s.gql(step('cancel'), { i: { id: priceChange.id, note: '活动取消' } }, { token: marketing });
    expect(own.data.cancelPriceChange.priceChange).toMatchObject({ status: 'CANCELLED', decidedByName: '冯推广' });
    // The slot is free again.
    expect((await propose(marketing, sku.id, 11800)).errors).toEqual([]);
  });
});

describe('price changes: refusals', () => {
  it('refuses a missing reason, an unchanged price, a negative price and a VIP price above the price', async () => {
    const sku = await newSku();
    const errorsOf = async (i: Record<string, unknown>) =>
      (await s.gql(PROPOSE, { i: { skuId: sku.id, kind: 'PRICE', proposedFen: 100, reason: 'x', ...i } }, { token: marketing })).data.proposePriceChange.errors.map((e: any) => `${e.field}:${e.code}`);
    expect(await errorsOf({ reason: '  ' })).toEqual(['reason:REQUIRED']);
    expect(await errorsOf({ proposedFen: 12800 })).toEqual(['proposedFen:INVALID']);
    expect(await errorsOf({ proposedFen: -5 })).toEqual(['proposedFen:INVALID']);
    expect(await errorsOf({ kind: 'VIP', proposedFen: 13000 })).toEqual(['proposedFen:INVALID']);
    expect(await errorsOf({ skuId: '999999' })).toEqual(['skuId:NOT_FOUND']);
  });

  it('allows one pending change per SKU and kind (CONFLICT), also when proposed at the same moment', async () => {
    const sku = await newSku();
    const results = await Promise.all([9000, 9100, 9200, 9300].map((fen) => propose(marketing, sku.id, fen)));
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.errors[0]?.code === 'CONFLICT')).toHaveLength(3);
    expect((await propose(marketing, sku.id, 8000, 'VIP')).errors).toEqual([]); // the other kind is separate
  });

  it('refuses approval by a role without price:approve, and self-approval by one with it', async () => {
    const sku = await newSku();
    const { priceChange } = await propose(marketing, sku.id, 9999);
    expect(codes(await s.gql(step('approve'), { i: { id: priceChange.id } }, { token: marketing }))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(step('reject'), { i: { id: priceChange.id, note: 'x' } }, { token: marketing }))).toEqual(['FORBIDDEN']);

    // The admin holds both permissions, so the four-eyes rule is what stops them.
    const own = (await propose(admin, (await newSku()).id, 7700)).priceChange;
    for (const name of ['approve', 'reject'] as const) {
      const r = await s.gql(step(name), { i: { id: own.id, note: 'self' } }, { token: admin });
      expect(r.data[`${name}PriceChange`].errors).toEqual([{ field: 'id', code: 'SELF_APPROVAL', message: expect.any(String) }]);
    }
    const byOther = await s.gql(step('approve'), { i: { id: own.id } }, { token: director });
    expect(byOther.data.approvePriceChange.priceChange.status).toBe('APPROVED');
  });

  it('refuses every step on a change that is no longer pending (WRONG_STATE), and a decision race has one winner', async () => {
    const sku = await newSku();
    const { priceChange } = await propose(marketing, sku.id, 8800);
    const race = await Promise.all([manager, director].map((token) => s.gql(step('approve'), { i: { id: priceChange.id } }, { token })));
    const outcomes = race.map((r) => r.data.approvePriceChange.errors[0]?.code ?? 'OK').sort();
    expect(outcomes).toEqual(['OK', 'WRONG_STATE']);
    expect(await s.orm.em.fork().count(PriceHistory, { sku: Number(sku.id), priceChange: Number(priceChange.id) })).toBe(1);

    expect((await s.gql(step('reject'), { i: { id: priceChange.id, note: 'x' } }, { token: manager })).data.rejectPriceChange.errors[0].code).toBe('WRONG_STATE');
    expect((await s.gql(step('cancel'), { i: { id: priceChange.id } }, { token: marketing })).data.cancelPriceChange.errors[0].code).toBe('WRONG_STATE');
    expect((await s.gql(step('approve'), { i: { id: '999999' } }, { token: manager })).data.approvePriceChange.errors[0].code).toBe('NOT_FOUND');
  });
});

describe('the approval queue', () => {
  it('filters by status, SKU and proposer, oldest pending first', async () => {
    const a = await newSku();
    const b = await newSku();
    const first = (await propose(marketing, a.id, 1000)).priceChange;
    const second = (await propose(admin, b.id, 2000)).priceChange;
    const list = async (where: Record<string, unknown>) =>
      (await s.gql(`query($w: PriceChangeFilter) { priceChanges(where: $w, first: 100) { totalCount nodes { id proposedById } } }`, { w: where }, { token: manager })).data.priceChanges;
    const pending = (await list({ status: 'PENDING' })).nodes.map((n: any) => n.id);
    expect(pending.indexOf(first.id)).toBeLessThan(pending.indexOf(second.id));
    expect((await list({ skuId: a.id })).nodes.map((n: any) => n.id)).toEqual([first.id]);
    const me = (await s.gql(`{ me { user { id } } }`, {}, { token: admin })).data.me.user.id;
    const mine = await list({ proposedById: me, status: 'PENDING' });
    expect(mine.nodes.map((n: any) => n.id)).toEqual([second.id]);
    expect(mine.nodes[0].proposedById).toBe(me);
  });
});
