import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';
import { makeSkus, makeWarehouses } from './fixtures/catalog.js';
import { ledgerMismatches, postMovement } from '../src/modules/inventory/services/ledger.service.js';
import { consumeReservation, reserveStock } from '../src/modules/inventory/services/reservations.service.js';
import { MovementType } from '../src/modules/inventory/entities/stock-movement.entity.js';
import { StockLevel } from '../src/modules/inventory/entities/stock-level.entity.js';
import { sql } from '../src/core/db/sql.js';
import type { Ctx } from '../src/core/context.js';
import { createLogger } from '../src/core/logger.js';

let s: TestServer;
let ctx: () => Ctx;
beforeAll(async () => {
  s = await startTestServer();
  ctx = () => ({ em: s.orm.em.fork(), config: s.config, log: createLogger('silent'), requestId: 'test', viewer: null, loaders: new Map() });
});
afterAll(async () => { await s?.close(); });

describe('ABC analysis and the ledger invariant', () => {
  it('classes SKUs by sales value from sale-out movements and gives turnover days', async () => {
    const [w] = await makeWarehouses(s.orm, 'ABC');
    const skus = await makeSkus(s.orm, 4, { priceFen: 1000 });
    const sold = [80, 15, 5, 0];
    for (const [i, sku] of skus.entries()) {
      const c = ctx();
      await c.em.transactional((tx) => postMovement(c, tx, { skuId: sku.id, warehouseId: w.id, type: MovementType.RECEIPT, quantity: 100 }));
      if (!sold[i]) continue;
      // Sold through the orders path: reserve, then ship the reservation.
      const { reservation } = await reserveStock(ctx(), { skuId: String(sku.id), warehouseId: String(w.id), quantity: sold[i], referenceType: 'Order', referenceId: `abc-${i}` });
      const c2 = ctx();
      await c2.em.transactional((tx) => consumeReservation(c2, tx, reservation.id, { type: 'Order', id: `abc-${i}` }));
    }
    const level = await s.orm.em.fork().findOneOrFail(StockLevel, { sku: skus[0].id, warehouse: w.id });
    expect({ onHand: level.onHand, reserved: level.reserved }).toEqual({ onHand: 20, reserved: 0 });

    const lead = await s.login('warehouse.lead@demo.shop');
    const r = await s.gql(`query($w: ID) { abcAnalysis(days: 30, warehouseId: $w) { skuCode soldQuantity salesValueFen abcClass turnoverDays } }`, { w: String(w.id) }, { token: lead });
    const rows = r.data.abcAnalysis.filter((x: any) => skus.some((k) => k.code === x.skuCode));
    expect(rows.map((x: any) => [x.soldQuantity, x.abcClass])).toEqual([[80, 'A'], [15, 'B'], [5, 'C'], [0, 'C']]);
    expect(rows[0].salesValueFen).toBe(80_000);
    expect(rows[0].turnoverDays).toBe(7.5); // 20 on hand ÷ (80 / 30 days)
    expect(rows[3].turnoverDays).toBeNull();
  });

  it('detects a broken invariant (so the check can fail)', async () => {
    const em = s.orm.em.fork();
    expect(await ledgerMismatches(em)).toEqual([]);
    const [row] = await sql<{ id: number }>(em, 'select id from stock_levels limit 1');
    await sql(em, 'update stock_levels set on_hand = on_hand + 1 where id = ?', [row.id]);
    expect(await ledgerMismatches(em)).toHaveLength(1);
    await sql(em, 'update stock_levels set on_hand = on_hand - 1 where id = ?', [row.id]);
    expect(await ledgerMismatches(em)).toEqual([]);
  });
});
