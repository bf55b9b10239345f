import { MovementType } from '../../modules/inventory/entities/stock-movement.entity.js';
import { ReservationStatus } from '../../modules/inventory/entities/reservation.entity.js';
import type { Value } from './bulk-insert.js';

interface Level { id: number | null; onHand: number; reserved: number }

/**
 * The stock ledger as the demo year unfolds: every movement changes the simulated on-hand it is
 * written with, so the rows and the stock levels agree (on hand = the sum of the ledger). When
 * an order needs more than is there, a purchase receipt arrives first, as the buyers would have
 * arranged; each receipt is paid for in the money ledger by the caller.
 */
export class StockSim {
  private readonly levels = new Map<string, Level>();
  readonly movements: Record<string, Value>[] = [];
  readonly reservations: Record<string, Value>[] = [];
  private movementId: number;
  private reservationId: number;

  constructor(existing: { id: number; skuId: number; warehouseId: number; onHand: number; reserved: number }[], firstMovementId: number, firstReservationId: number,
    private readonly onReceipt: (skuId: number, warehouseId: number, quantity: number, at: Date) => void) {
    for (const l of existing) this.levels.set(`${l.skuId}:${l.warehouseId}`, { id: l.id, onHand: l.onHand, reserved: l.reserved });
    this.movementId = firstMovementId;
    this.reservationId = firstReservationId;
  }

  private level(skuId: number, warehouseId: number): Level {
    const key = `${skuId}:${warehouseId}`;
    let level = this.levels.get(key);
    if (!level) this.levels.set(key, (level = { id: null, onHand: 0, reserved: 0 }));
    return level;
  }

  private move(skuId: number, warehouseId: number, type: MovementType, quantity: number, at: Date, ref: { type: string; id: string }, actor: { id: number | null; label: string }, reason?: string) {
    const level = this.level(skuId, warehouseId);
    level.onHand += quantity;
    this.movements.push({
      id: this.movementId++, sku: skuId, warehouse: warehouseId, type, quantity, onHandAfter: level.onHand, referenceType: ref.type, referenceId: ref.id,
      actor: actor.id, actorLabel: actor.label, reason, at,
    });
  }

  /** Makes `quantity` available (on hand − reserved), receiving a purchase batch first if short. */
  private ensure(skuId: number, warehouseId: number, quantity: number, at: Date, batch: number, actor: { id: number | null; label: string }) {
    const level = this.level(skuId, warehouseId);
    const short = quantity - (level.onHand - level.reserved);
    if (short <= 0) return;
    const received = short + batch;
    const receivedAt = new Date(at.getTime() - 2 * 86_400_000);
    this.move(skuId, warehouseId, MovementType.RECEIPT, received, receivedAt, { type: 'PurchaseReceipt', id: `DEMO-PR-${this.movementId}` }, actor, '采购入库');
    this.onReceipt(skuId, warehouseId, received, receivedAt);
  }

  /** Goods leave with an order: sale-out, or gift-out for gift stock. */
  shipOut(skuId: number, warehouseId: number, quantity: number, gift: boolean, at: Date, orderCode: string, actor: { id: number | null; label: string }, batch: number) {
    this.ensure(skuId, warehouseId, quantity, at, batch, actor);
    this.move(skuId, warehouseId, gift ? MovementType.GIFT_OUT : MovementType.SALE_OUT, -quantity, at, { type: 'Order', id: orderCode }, actor, gift ? 'Gift with order' : undefined);
  }

  /** Stock held for an order still in the warehouse. */
  reserve(skuId: number, warehouseId: number, quantity: number, at: Date, orderCode: string, actor: { id: number | null; label: string }, batch: number) {
    this.ensure(skuId, warehouseId, quantity, at, batch, actor);
    this.level(skuId, warehouseId).reserved += quantity;
    this.reservations.push({ id: this.reservationId++, createdAt: at, updatedAt: at, sku: skuId, warehouse: warehouseId, quantity, status: ReservationStatus.ACTIVE, referenceType: 'Order', referenceId: orderCode });
  }

  /** A customer return put back on the shelf. */
  returnIn(skuId: number, warehouseId: number, quantity: number, at: Date, orderCode: string, actor: { id: number | null; label: string }) {
    this.move(skuId, warehouseId, MovementType.RETURN_IN, quantity, at, { type: 'Order', id: orderCode }, actor, '退货入库');
  }

  /** Stock levels to write: existing rows to update, new ones to insert. */
  finalLevels(): { id: number | null; skuId: number; warehouseId: number; onHand: number; reserved: number }[] {
    return [...this.levels.entries()].map(([key, l]) => {
      const [skuId, warehouseId] = key.split(':').map(Number);
      return { id: l.id, skuId, warehouseId, onHand: l.onHand, reserved: l.reserved };
    });
  }
}
