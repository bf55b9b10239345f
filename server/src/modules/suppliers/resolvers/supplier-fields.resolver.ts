import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { loader } from '../../../core/graphql/loaders.js';
import { Sku } from '../../catalog/entities/sku.entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { SupplierProfile } from '../entities/supplier-profile.entity.js';
import { SupplierSku } from '../entities/supplier-sku.entity.js';
import { SupplierEvaluation } from '../entities/supplier-evaluation.entity.js';
import { SupplierScoreSnapshot } from '../entities/supplier-score.entity.js';
import { SupplierScorecard } from '../types/supplier.types.js';

/** Rows grouped by an owner id, one query per page of owners. */
export function groupLoader<T>(ctx: Ctx, key: string, load: (ids: number[]) => Promise<T[]>, owner: (row: T) => number) {
  return loader<number, T[]>(ctx, key, async (ids) => {
    const byOwner = new Map<number, T[]>();
    for (const row of await load([...ids])) byOwner.set(owner(row), [...(byOwner.get(owner(row)) ?? []), row]);
    return byOwner;
  }, []);
}

export function historyLoader(ctx: Ctx, type: string) {
  return groupLoader(ctx, `history.${type}`, (ids) => ctx.em.find(DocumentEvent, { documentType: type, documentId: { $in: ids } }, { orderBy: { id: 'asc' } }), (e) => e.documentId);
}

@Resolver(() => SupplierProfile)
export class SupplierProfileFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The partner record (code, name, active, contact).' })
  partner(@Root() p: SupplierProfile) { return p.partner.load(); }

  @FieldResolver(() => String, { description: 'Partner code, e.g. `SUP-ANXI`.' })
  async code(@Root() p: SupplierProfile) { return (await p.partner.load())!.code; }

  @FieldResolver(() => String, { description: 'Company name.' })
  async name(@Root() p: SupplierProfile) { return (await p.partner.load())!.name; }

  @FieldResolver(() => [SupplierSku], { description: 'The SKUs it supplies, with terms.' })
  skus(@Root() p: SupplierProfile, @Context() ctx: Ctx) {
    return groupLoader(ctx, 'supplier.skus', (ids) => ctx.em.find(SupplierSku, { supplier: { $in: ids } }, { orderBy: { id: 'asc' } }), (r) => r.supplier.id).load(p.partner.id);
  }

  @FieldResolver(() => SupplierScoreSnapshot, { nullable: true, description: 'The most recently computed stored score.' })
  async latestScore(@Root() p: SupplierProfile, @Context() ctx: Ctx) {
    const rows = await groupLoader(ctx, 'supplier.latestScore', (ids) => ctx.em.find(SupplierScoreSnapshot, { supplier: { $in: ids } }, { orderBy: { computedAt: 'asc', id: 'asc' } }), (s) => s.supplier.id).load(p.partner.id);
    return rows.at(-1) ?? null;
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Status changes, oldest first.' })
  history(@Root() p: SupplierProfile, @Context() ctx: Ctx) { return historyLoader(ctx, 'SupplierProfile').load(p.id); }
}

@Resolver(() => SupplierSku)
export class SupplierSkuFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() r: SupplierSku) { return r.supplier.load(); }

  @FieldResolver(() => Sku, { description: 'The SKU.' })
  sku(@Root() r: SupplierSku) { return r.sku.load(); }
}

@Resolver(() => SupplierEvaluation)
export class SupplierEvaluationFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() e: SupplierEvaluation) { return e.supplier.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'Who evaluated.' })
  evaluator(@Root() e: SupplierEvaluation) { return e.evaluator.load(); }
}

@Resolver(() => SupplierScoreSnapshot)
export class SupplierScoreSnapshotFieldsResolver {
  @FieldResolver(() => Partner, { description: 'The supplier.' })
  supplier(@Root() s: SupplierScoreSnapshot) { return s.supplier.load(); }

  @FieldResolver(() => String, { description: 'The full scorecard as computed, as JSON text (same shape as `SupplierScorecard`).' })
  detail(@Root() s: SupplierScoreSnapshot) { return JSON.stringify(s.detail); }
}

@Resolver(() => SupplierScorecard)
export class SupplierScorecardFieldsResolver {
  @FieldResolver(() => Partner, { nullable: true, description: 'The supplier.' })
  supplier(@Root() c: SupplierScorecard, @Context() ctx: Ctx) {
    return loader<number, Partner | null>(ctx, 'scorecard.partner', async (ids) => new Map((await ctx.em.find(Partner, { id: { $in: [...ids] } })).map((p) => [p.id, p])), null).load(c.supplierId);
  }
}
