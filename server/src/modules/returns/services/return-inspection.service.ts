import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { sql } from '../../../core/db/sql.js';
import { User } from '../../identity/entities/user.entity.js';
import { DefectiveSource } from '../../inventory/entities/defective-holding.entity.js';
import { MovementType } from '../../inventory/entities/stock-movement.entity.js';
import { holdDefective } from '../../inventory/services/defective.service.js';
import { postMovement } from '../../inventory/services/ledger.service.js';
import { preferredSupplierSkus } from '../../suppliers/services/supplier-skus.service.js';
import { InspectionOutcome, ReturnReasonCode, ReturnStatus } from '../entities/return-enums.js';
import { ReturnInspection } from '../entities/return-inspection.entity.js';
import { RETURN_DOC } from './return-open.js';
import { holdReturn, loadReturn, moveReturn, requireReturnState, returnNote } from './return-state.js';

export interface InspectLineInput { lineId: string; restockQuantity?: number | null; defectiveQuantity?: number | null; note?: string | null }

const REASON_LABEL: Record<ReturnReasonCode, string> = {
  QUALITY_DEFECT: 'quality defect', WRONG_ITEM: 'wrong item', NOT_AS_DESCRIBED: 'not as described', DAMAGED_IN_TRANSIT: 'damaged in transit',
  CHANGED_MIND: 'changed mind', SIZE_SPEC: 'size/spec', MISSING_PARTS: 'missing parts', OTHER: 'other',
};

/**
 * Records inspection of received units, line by line (several calls may split a line).
 * Saleable units go back into stock by a RETURN_IN ledger movement at the receiving warehouse;
 * defective units are kept apart as a CUSTOMER_RETURN defective holding, charged to the SKU's
 * preferred supplier when one is known. Once every unit is inspected the request is INSPECTED.
 */
export async function inspectReturn(ctx: Ctx, input: { id: string; lines: InspectLineInput[]; note?: string | null }) {
  const request = await loadReturn(ctx, input.id, ['lines']);
  requireReturnState(request, [ReturnStatus.RECEIVED], 'inspected');
  const byId = new Map(request.lines.getItems().map((l) => [String(l.id), l]));
  const check = new Check().when(!input.lines?.length, 'lines', 'Inspect at least one line', 'REQUIRED');
  const seen = new Set<string>();
  for (const [i, entry] of (input.lines ?? []).entries()) {
    const line = byId.get(String(entry.lineId));
    if (!line) { check.add(`lines.${i}.lineId`, `Not a line of ${request.code}`, 'NOT_FOUND'); continue; }
    if (seen.has(line.id.toString())) check.add(`lines.${i}.lineId`, `${line.skuCode} is listed twice`, 'DUPLICATE');
    seen.add(line.id.toString());
    const restock = entry.restockQuantity ?? 0;
    const defective = entry.defectiveQuantity ?? 0;
    if (!Number.isInteger(restock) || restock < 0) check.add(`lines.${i}.restockQuantity`, 'A whole number of at least 0');
    if (!Number.isInteger(defective) || defective < 0) check.add(`lines.${i}.defectiveQuantity`, 'A whole number of at least 0');
    if (restock + defective < 1) check.add(`lines.${i}`, 'Inspect at least one unit', 'REQUIRED');
    else if (restock + defective > line.uninspectedQuantity) check.add(`lines.${i}`, `Only ${line.uninspectedQuantity} unit(s) of ${line.skuCode} are left to inspect`, 'OVER_QUANTITY');
    check.when((entry.note ?? '').length > 1000, `lines.${i}.note`, 'The note must be at most 1000 characters');
  }
  check.throwIfAny();
  const warehouseId = request.warehouse!.id;
  const suppliers = await preferredSupplierSkus(ctx.em, input.lines.filter((l) => (l.defectiveQuantity ?? 0) > 0).map((l) => byId.get(String(l.lineId))!.sku.id));

  return ctx.em.transactional(async (tx) => {
    await holdReturn(tx, request);
    const inspector = ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined;
    const summary: string[] = [];
    for (const entry of input.lines) {
      const line = byId.get(String(entry.lineId))!;
      const restock = entry.restockQuantity ?? 0;
      const defective = entry.defectiveQuantity ?? 0;
      // The counters only grow while enough units are left, so a concurrent inspection cannot double-count.
      const rows = await sql(tx, `update return_request_lines set restocked_quantity = restocked_quantity + ?, defective_quantity = defective_quantity + ?, updated_at = ?
        where id = ? and quantity - restocked_quantity - defective_quantity >= ? returning id`, [restock, defective, new Date(), line.id, restock + defective]);
      if (!rows.length) throw UserError.of('CONFLICT', `${line.skuCode} was inspected by someone else meanwhile; reload`, 'lines');
      line.restockedQuantity += restock;
      line.defectiveQuantity += defective;
      const note = entry.note?.trim() || undefined;
      if (restock > 0) {
        await postMovement(ctx, tx, { skuId: line.sku.id, warehouseId, type: MovementType.RETURN_IN, quantity: restock, referenceType: RETURN_DOC, referenceId: request.code, reason: note ?? 'Return inspected as saleable' });
        tx.persist(tx.create(ReturnInspection, { request, line, sku: line.sku, warehouse: request.warehouse!, outcome: InspectionOutcome.RESTOCK, quantity: restock, note, inspector, inspectorLabel: ctx.viewer?.label ?? 'system' }));
        summary.push(`${line.skuCode} ${restock} restocked`);
      }
      if (defective > 0) {
        const holding = await holdDefective(ctx, tx, {
          skuId: line.sku.id, warehouseId, quantity: defective, source: DefectiveSource.CUSTOMER_RETURN, sourceRef: request.code,
          supplierId: suppliers.get(line.sku.id)?.supplier.id ?? null, reason: note ?? `Customer return: ${REASON_LABEL[request.reasonCode]}`,
        });
        tx.persist(tx.create(ReturnInspection, { request, line, sku: line.sku, warehouse: request.warehouse!, outcome: InspectionOutcome.DEFECTIVE, quantity: defective, note, holding, inspector, inspectorLabel: ctx.viewer?.label ?? 'system' }));
        summary.push(`${line.skuCode} ${defective} defective`);
      }
    }
    await tx.flush();
    const done = request.lines.getItems().every((l) => l.uninspectedQuantity === 0);
    const note = [summary.join(', '), input.note?.trim()].filter(Boolean).join(' — ');
    if (done) await moveReturn(ctx, tx, request, ReturnStatus.INSPECTED, note);
    else returnNote(ctx, tx, request, `Inspected: ${note}`);
    audit(ctx, tx, { operation: 'inspectReturn', entityType: RETURN_DOC, entityId: request.id, summary: `${request.code}: ${summary.join(', ')}${done ? '; fully inspected' : ''}` });
    return { returnRequest: request };
  });
}
