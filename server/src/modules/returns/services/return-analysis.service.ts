import type { Ctx } from '../../../core/context.js';
import { Check } from '../../../core/errors.js';
import { shopDay } from '../../../core/time.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { preferredSupplierSkus } from '../../suppliers/services/supplier-skus.service.js';
import { ReturnReasonCode, ReturnStatus } from '../entities/return-enums.js';
import { ReturnRequestLine } from '../entities/return-request.entity.js';

export interface ReturnBucket { key: string; label: string; requests: number; units: number; restockedUnits: number; defectiveUnits: number }

function add(map: Map<string, ReturnBucket & { ids: Set<number> }>, key: string, label: string, requestId: number, line: ReturnRequestLine) {
  const b = map.get(key) ?? { key, label, requests: 0, units: 0, restockedUnits: 0, defectiveUnits: 0, ids: new Set<number>() };
  b.ids.add(requestId);
  b.requests = b.ids.size;
  b.units += line.quantity;
  b.restockedUnits += line.restockedQuantity;
  b.defectiveUnits += line.defectiveQuantity;
  map.set(key, b);
}

const finish = (map: Map<string, ReturnBucket & { ids: Set<number> }>): ReturnBucket[] =>
  [...map.values()].map(({ ids: _ids, ...b }) => b).sort((a, b) => b.units - a.units || a.key.localeCompare(b.key));

/**
 * The return analysis (退件表) for requests opened in [from, to): counts and units by reason,
 * product, supplier (the SKU's preferred supplier from the suppliers module; `none` when
 * unknown) and month in shop time, and the restocked vs defective share of inspected units.
 * Rejected and cancelled requests are left out: nothing came back.
 */
export async function returnAnalysis(ctx: Ctx, input: { from: Date; to: Date }) {
  new Check().when(!(input.from < input.to), 'to', '`to` must be after `from`').throwIfAny();
  const lines = await ctx.em.find(ReturnRequestLine, {
    request: { status: { $nin: [ReturnStatus.REJECTED, ReturnStatus.CANCELLED] }, createdAt: { $gte: input.from, $lt: input.to } },
  }, { populate: ['request', 'sku.product'] });
  const suppliers = await preferredSupplierSkus(ctx.em, [...new Set(lines.map((l) => l.sku.id))]);
  const partnerIds = [...new Set([...suppliers.values()].map((s) => s.supplier.id))];
  const partners = new Map((partnerIds.length ? await ctx.em.find(Partner, { id: { $in: partnerIds } }) : []).map((p) => [p.id, p]));
  const byReason = new Map<string, ReturnBucket & { ids: Set<number> }>();
  const byProduct = new Map<string, ReturnBucket & { ids: Set<number> }>();
  const bySupplier = new Map<string, ReturnBucket & { ids: Set<number> }>();
  const byMonth = new Map<string, ReturnBucket & { ids: Set<number> }>();
  const requests = new Set<number>();
  for (const line of lines) {
    const request = line.request.getEntity();
    requests.add(request.id);
    add(byReason, request.reasonCode, request.reasonCode, request.id, line);
    const product = line.sku.getEntity().product.getEntity();
    add(byProduct, String(product.id), product.title, request.id, line);
    const supplierId = suppliers.get(line.sku.id)?.supplier.id;
    add(bySupplier, supplierId ? String(supplierId) : 'none', supplierId ? partners.get(supplierId)?.name ?? String(supplierId) : '—', request.id, line);
    const month = shopDay(request.createdAt, ctx.config.shopTimezone).slice(0, 7);
    add(byMonth, month, month, request.id, line);
  }
  const units = lines.reduce((s, l) => s + l.quantity, 0);
  const restocked = lines.reduce((s, l) => s + l.restockedQuantity, 0);
  const defective = lines.reduce((s, l) => s + l.defectiveQuantity, 0);
  const inspected = restocked + defective;
  // Every reason appears, zeros included, so the table always has the same rows.
  for (const reason of Object.values(ReturnReasonCode)) if (!byReason.has(reason)) byReason.set(reason, { key: reason, label: reason, requests: 0, units: 0, restockedUnits: 0, defectiveUnits: 0, ids: new Set() });
  return {
    from: input.from, to: input.to, requests: requests.size, units, restockedUnits: restocked, defectiveUnits: defective,
    restockShare: inspected ? restocked / inspected : 0, defectiveShare: inspected ? defective / inspected : 0,
    byReason: finish(byReason), byProduct: finish(byProduct), bySupplier: finish(bySupplier),
    byMonth: finish(byMonth).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
