import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { DefectiveSource } from '../src/modules/inventory/entities/defective-holding.entity.js';
import { holdDefective, releaseDefective } from '../src/modules/inventory/services/defective.service.js';
import { ledgerMismatches } from '../src/modules/inventory/services/ledger.service.js';
import type { Ctx } from '../src/core/context.js';

let s: TestServer;
let lead: string;
let clerk: string;
let wh: string;
beforeAll(async () => {
  s = await startTestServer();
  lead = await s.login('warehouse.lead@demo.shop');
  clerk = await s.login('warehouse1@demo.shop');
  const [a] = await makeWarehouses(s.orm, 'DEF');
  wh = String(a.id);
});
afterAll(async () => {
  if (s) expect(await ledgerMismatches(s.orm.em.fork())).toEqual([]);
  await s?.close();
});

const SET_ASIDE = `mutation($i: SetAsideDefectiveInput!) { setAsideDefective(input: $i) { holding { id source quantity heldQuantity returnedQuantity reason sku { code } warehouse { id } } errors { code field } } }`;
const systemCtx = (): Ctx => ({ em: s.orm.em.fork(), config: s.config, log: { info() {}, error() {} } as never, requestId: 'test', viewer: null, loaders: new Map() });

describe('defective holdings', () => {
  it('setting saleable stock aside takes it out of on-hand through the ledger and keeps it apart', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    await s.gql(`mutation($i: PostStockMovementInput!) { postStockMovement(input: $i) { errors { code } } }`, { i: { skuId: String(sku.id), warehouseId: wh, type: 'OTHER_IN', quantity: 10, reason: 'setup' } }, { token: lead });
    const r = await s.gql(SET_ASIDE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 3, reason: '壶盖破损' } }, { token: lead });
    expect(r.data.setAsideDefective.errors).toEqual([]);
    expect(r.data.setAsideDefective.holding).toMatchObject({ source: 'STOCK', quantity: 3, heldQuantity: 3, returnedQuantity: 0, reason: '壶盖破损' });
    expect(await s.orm.em.fork().findOne(StockLevel, { sku: sku.id, warehouse: Number(wh) })).toMatchObject({ onHand: 7 });
    const moves = await s.gql(`query($w: StockMovementFilter) { stockMovements(first: 5, where: $w) { nodes { type quantity referenceType } } }`, { w: { skuId: String(sku.id), type: 'OTHER_OUT' } }, { token: lead });
    expect(moves.data.stockMovements.nodes).toEqual([{ type: 'OTHER_OUT', quantity: -3, referenceType: 'DefectiveHolding' }]);

    const open = await s.gql(`query($w: DefectiveHoldingFilter) { defectiveHoldings(first: 10, where: $w) { totalCount nodes { heldQuantity } } }`, { w: { skuId: String(sku.id), openOnly: true } }, { token: clerk });
    expect(open.data.defectiveHoldings).toEqual({ totalCount: 1, nodes: [{ heldQuantity: 3 }] });
  });

  it('refuses more than is available, a missing reason, and a role without stock:adjust; nothing is written', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const tooMany = await s.gql(SET_ASIDE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 1, reason: 'x' } }, { token: lead });
    expect(tooMany.data.setAsideDefective.errors[0].code).toBe('INSUFFICIENT_STOCK');
    const noReason = await s.gql(SET_ASIDE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 1, reason: ' ' } }, { token: lead });
    expect(noReason.data.setAsideDefective.errors[0]).toMatchObject({ code: 'REQUIRED', field: 'reason' });
    const clerkTry = await s.gql(SET_ASIDE, { i: { skuId: String(sku.id), warehouseId: wh, quantity: 1, reason: 'x' } }, { token: clerk });
    expect(clerkTry.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const listed = await s.gql(`query($w: DefectiveHoldingFilter) { defectiveHoldings(first: 10, where: $w) { totalCount } }`, { w: { skuId: String(sku.id) } }, { token: clerk });
    expect(listed.data.defectiveHoldings.totalCount).toBe(0);
  });

  it('releases never exceed what is held, even when two run at once', async () => {
    const [sku] = await makeSkus(s.orm, 1);
    const ctx = systemCtx();
    const holding = await ctx.em.transactional((tx) => holdDefective(ctx, tx, { skuId: sku.id, warehouseId: Number(wh), quantity: 5, source: DefectiveSource.QC_REJECT, sourceRef: 'PR-TEST-1', reason: '色差' }));
    const release = (quantity: number) => { const c = systemCtx(); return c.em.transactional((tx) => releaseDefective(c, tx, { holdingId: holding.id, quantity, referenceRef: 'RT-1' })); };
    const results = await Promise.allSettled([release(4), release(4)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.errors[0].code).toBe('INSUFFICIENT_STOCK');
    const after = await release(1);
    expect(after).toMatchObject({ quantity: 5, returnedQuantity: 5, heldQuantity: 0 });
    await expect(release(1)).rejects.toMatchObject({ errors: [{ code: 'INSUFFICIENT_STOCK' }] });
  });
});
