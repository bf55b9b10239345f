import type { EntityManager } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { UserError } from '../../../core/errors.js';
import { num, sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { StockLevel } from '../entities/stock-level.entity.js';
import { MovementType, StockMovement } from '../entities/stock-movement.entity.js';
import { Warehouse } from '../entities/warehouse.entity.js';

export interface MovementInput {
  skuId: number;
  warehouseId: number;
  type: MovementType;
  /** Signed: positive in, negative out. */
  quantity: number;
  referenceType?: string;
  referenceId?: string;
  reason?: string;
  /** A sale-out that ships reserved units lowers `reserved` by the same amount. */
  consumesReservation?: boolean;
}

const INBOUND = new Set([MovementType.RECEIPT, MovementType.RETURN_IN, MovementType.TRANSFER_IN, MovementType.OTHER_IN, MovementType.OPENING]);
const OUTBOUND = new Set([MovementType.SALE_OUT, MovementType.TRANSFER_OUT, MovementType.OTHER_OUT, MovementType.GIFT_OUT, MovementType.PURCHASE_RETURN_OUT]);

/** Creates the SKU × warehouse row if missing; safe under concurrency (conflicts are ignored). */
export async function ensureStockLevel(em: EntityManager, skuId: number, warehouseId: number): Promise<void> {
  const now = new Date(); // upsert skips onCreate hooks
  await em.upsert(StockLevel, { sku: skuId, warehouse: warehouseId, onHand: 0, reserved: 0, inTransit: 0, safetyStock: 0, createdAt: now, updatedAt: now } as never, {
    onConflictFields: ['sku', 'warehouse'], onConflictAction: 'ignore',
  });
}

function insufficient(skuId: number, warehouseId: number): UserError {
  return UserError.of('INSUFFICIENT_STOCK', `Not enough available stock of SKU ${skuId} in warehouse ${warehouseId}`, 'quantity');
}

/**
 * Posts one movement: changes on-hand (and reserved, for a reserved sale-out) by a
 * conditional update and writes the ledger row, in the caller's transaction. Outbound
 * movements never take stock that is reserved or not there; nothing goes below zero.
 */
export async function postMovement(ctx: Ctx, em: EntityManager, m: MovementInput): Promise<StockMovement> {
  if (!Number.isInteger(m.quantity) || m.quantity === 0) throw UserError.of('INVALID', 'Quantity must be a non-zero whole number', 'quantity');
  if (INBOUND.has(m.type) && m.quantity < 0) throw UserError.of('INVALID', `${m.type} must be positive`, 'quantity');
  if (OUTBOUND.has(m.type) && m.quantity > 0) throw UserError.of('INVALID', `${m.type} must be negative`, 'quantity');
  await ensureStockLevel(em, m.skuId, m.warehouseId);

  const q = m.quantity;
  let rows: { on_hand: unknown }[];
  if (q > 0) {
    rows = await sql(em, 'update stock_levels set on_hand = on_hand + ? where sku_id = ? and warehouse_id = ? returning on_hand', [q, m.skuId, m.warehouseId]);
  } else if (m.consumesReservation) {
    rows = await sql(em, 'update stock_levels set on_hand = on_hand + ?, reserved = reserved + ? where sku_id = ? and warehouse_id = ? and reserved >= ? and on_hand >= ? returning on_hand', [q, q, m.skuId, m.warehouseId, -q, -q]);
  } else if (m.type === MovementType.STOCKTAKE_ADJUSTMENT) {
    // A count is the physical truth: it may go below what is reserved, never below zero.
    rows = await sql(em, 'update stock_levels set on_hand = on_hand + ? where sku_id = ? and warehouse_id = ? and on_hand + ? >= 0 returning on_hand', [q, m.skuId, m.warehouseId, q]);
  } else {
    rows = await sql(em, 'update stock_levels set on_hand = on_hand + ? where sku_id = ? and warehouse_id = ? and on_hand - reserved >= ? returning on_hand', [q, m.skuId, m.warehouseId, -q]);
  }
  if (!rows.length) throw insufficient(m.skuId, m.warehouseId);

  const movement = em.create(StockMovement, {
    sku: em.getReference(Sku, m.skuId),
    warehouse: em.getReference(Warehouse, m.warehouseId),
    type: m.type,
    quantity: q,
    onHandAfter: num(rows[0].on_hand),
    referenceType: m.referenceType,
    referenceId: m.referenceId,
    reason: m.reason,
    actor: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined,
    actorLabel: ctx.viewer?.label ?? 'system',
    at: new Date(),
  });
  em.persist(movement); // flushed with the caller's transaction
  return movement;
}

/** Changes the in-transit counter of a destination warehouse (shipped transfers). */
export async function addInTransit(em: EntityManager, skuId: number, warehouseId: number, delta: number): Promise<void> {
  await ensureStockLevel(em, skuId, warehouseId);
  const rows = await sql(em, 'update stock_levels set in_transit = in_transit + ? where sku_id = ? and warehouse_id = ? and in_transit + ? >= 0 returning in_transit', [delta, skuId, warehouseId, delta]);
  if (!rows.length) throw UserError.of('CONFLICT', 'In-transit stock would go below zero');
}

/** The last ledger row id: a position in the ledger, used by stocktakes to tell movements apart. */
export async function ledgerPosition(em: EntityManager): Promise<number> {
  const [row] = await sql<{ id: unknown }>(em, 'select max(id) as id from stock_movements');
  return num(row?.id);
}

export interface LedgerMismatch { skuId: number; warehouseId: number; onHand: number; ledgerSum: number }

/** Every SKU × warehouse whose on-hand differs from the sum of its ledger rows (should be none). */
export async function ledgerMismatches(em: EntityManager): Promise<LedgerMismatch[]> {
  const rows = await sql<{ sku_id: unknown; warehouse_id: unknown; on_hand: unknown; ledger_sum: unknown }>(em, `
    select l.sku_id, l.warehouse_id, l.on_hand, coalesce(m.total, 0) as ledger_sum
    from stock_levels l
    left join (select sku_id, warehouse_id, sum(quantity) as total from stock_movements group by sku_id, warehouse_id) m
      on m.sku_id = l.sku_id and m.warehouse_id = l.warehouse_id
    where l.on_hand <> coalesce(m.total, 0)
    union all
    select m.sku_id, m.warehouse_id, 0, m.total from
      (select sku_id, warehouse_id, sum(quantity) as total from stock_movements group by sku_id, warehouse_id) m
    where not exists (select 1 from stock_levels l where l.sku_id = m.sku_id and l.warehouse_id = m.warehouse_id)`);
  return rows.map((r) => ({ skuId: num(r.sku_id), warehouseId: num(r.warehouse_id), onHand: num(r.on_hand), ledgerSum: num(r.ledger_sum) }));
}
