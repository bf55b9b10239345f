import { Ctx as Context, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { DocumentEvent } from '../../../core/history/document-event.entity.js';
import { loader } from '../../../core/graphql/loaders.js';
import { User } from '../../identity/entities/user.entity.js';
import { Partner } from '../../partners/entities/partner.entity.js';
import { Contract, ContractStatus } from '../entities/contract.entity.js';
import { ContractAttachment } from '../entities/contract-attachment.entity.js';
import { daysBetween, effectiveStatus } from '../services/contract-dates.js';
import { todayOf } from '../services/contracts.service.js';

function groupLoader<T extends { id: number }>(ctx: Ctx, key: string, load: (ids: number[]) => Promise<T[]>, owner: (row: T) => number) {
  return loader<number, T[]>(ctx, key, async (ids) => {
    const byOwner = new Map<number, T[]>();
    for (const row of await load([...ids])) byOwner.set(owner(row), [...(byOwner.get(owner(row)) ?? []), row]);
    return byOwner;
  }, []);
}

@Resolver(() => Contract)
export class ContractFieldsResolver {
  @FieldResolver(() => ContractStatus, { description: 'The state as it reads today: an active contract past its end date is EXPIRED.' })
  status(@Root() c: Contract, @Context() ctx: Ctx) { return effectiveStatus(c, todayOf(ctx)); }

  @FieldResolver(() => ContractStatus, { description: 'The state as stored (an active contract past its end reads EXPIRED in `status` until it is marked).' })
  storedStatus(@Root() c: Contract) { return c.status; }

  @FieldResolver(() => Int, { nullable: true, description: 'Days from today to the end date (negative once past); null for contracts no longer in force.' })
  daysLeft(@Root() c: Contract, @Context() ctx: Ctx) {
    return [ContractStatus.TERMINATED, ContractStatus.EXPIRED].includes(c.status) ? null : daysBetween(todayOf(ctx), c.endDate);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The supplier party.' })
  supplier(@Root() c: Contract) { return c.supplier?.load() ?? null; }

  @FieldResolver(() => User, { nullable: true, description: 'Who drafted it.' })
  createdBy(@Root() c: Contract) { return c.createdBy.load(); }

  @FieldResolver(() => User, { nullable: true, description: 'Who reviewed (approved) it; never the author.' })
  reviewedBy(@Root() c: Contract) { return c.reviewedBy?.load() ?? null; }

  @FieldResolver(() => [ContractAttachment], { description: 'Attached files, oldest first.' })
  attachments(@Root() c: Contract, @Context() ctx: Ctx) {
    return groupLoader(ctx, 'contract.attachments', (ids) => ctx.em.find(ContractAttachment, { contract: { $in: ids } }, { orderBy: { id: 'asc' } }), (a) => a.contract.id).load(c.id);
  }

  @FieldResolver(() => [DocumentEvent], { description: 'Every state change, oldest first.' })
  history(@Root() c: Contract, @Context() ctx: Ctx) {
    return groupLoader(ctx, 'history.Contract', (ids) => ctx.em.find(DocumentEvent, { documentType: 'Contract', documentId: { $in: ids } }, { orderBy: { id: 'asc' } }), (e) => e.documentId).load(c.id);
  }
}
