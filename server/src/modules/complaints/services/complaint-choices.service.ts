import type { Ctx } from '../../../core/context.js';
import { User } from '../../identity/entities/user.entity.js';
import { effectivePermissions } from '../../identity/services/permissions-of.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { preferredSupplierSkus } from '../../suppliers/services/supplier-skus.service.js';
import { Complaint } from '../entities/complaint.entity.js';

/**
 * What the complaint forms offer to pick from. After-sales staff may not read the staff
 * directory (`user:read`) or the partner list (`partner:read`), yet they name handlers, the
 * staff member responsible and the supplier; this gives them just those short lists. With a
 * complaint, the supplier its SKU is bought from is suggested (contract C2); an unknown one suggests nothing.
 */
export async function complaintChoices(ctx: Ctx, complaintId?: string | null) {
  const complaint = complaintId ? await ctx.em.findOne(Complaint, Number(complaintId) || -1) : null;
  const [staff, suppliers] = await Promise.all([
    ctx.em.find(User, { active: true }, { populate: ['roles'], orderBy: { name: 'asc', id: 'asc' } }),
    ctx.em.find(Partner, { type: PartnerType.SUPPLIER, active: true }, { orderBy: { code: 'asc' } }),
  ]);
  const preferred = complaint?.sku ? (await preferredSupplierSkus(ctx.em, [complaint.sku.id])).get(complaint.sku.id) : undefined;
  return {
    handlers: staff.filter((u) => effectivePermissions(u.roles.getItems()).includes('complaint:write')),
    staff,
    suppliers,
    suggestedSupplier: preferred ? suppliers.find((p) => p.id === preferred.supplier.id) ?? null : null,
  };
}
