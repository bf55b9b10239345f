import { ref, type FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../../core/context.js';
import { viewerOf } from '../../../core/context.js';
import { audit, describeChanges } from '../../../core/audit/audit.service.js';
import { partnerScope } from '../../../core/auth/partner-scope.js';
import { badInput, Check, UserError } from '../../../core/errors.js';
import { recordTransition } from '../../../core/history/history.service.js';
import { contains, paginate, SortDirection, type PageArgs } from '../../../core/graphql/pagination.js';
import { shopDay } from '../../../core/time.js';
import { User } from '../../identity/entities/user.entity.js';
import { nextDocumentCode } from '../../inventory/services/document-code.js';
import { Partner, PartnerType } from '../../partners/entities/partner.entity.js';
import { Contract, ContractStatus, ContractType } from '../entities/contract.entity.js';
import { addDays, daysBetween, isValidDay } from './contract-dates.js';

export const todayOf = (ctx: Ctx) => shopDay(new Date(), ctx.config.shopTimezone);

/** A supplier token sees only contracts with its own company. */
function scoped(ctx: Ctx, where: FilterQuery<Contract>): FilterQuery<Contract> {
  const own = partnerScope(ctx.viewer);
  return own === null ? where : { $and: [where, { supplier: own }] };
}

export interface ContractFilterInput { status?: ContractStatus | null; type?: ContractType | null; supplierId?: string | null; search?: string | null; endingFrom?: string | null; endingTo?: string | null }
export type ContractSortField = 'CREATED_AT' | 'END_DATE' | 'AMOUNT' | 'CODE';
const SORT: Record<ContractSortField, string> = { CREATED_AT: 'id', END_DATE: 'endDate', AMOUNT: 'amount', CODE: 'code' };

/** The stored condition for an effective state (ACTIVE means not yet past its end; EXPIRED includes active ones past it). */
function statusCondition(status: ContractStatus, today: string): FilterQuery<Contract> {
  if (status === ContractStatus.ACTIVE) return { status, endDate: { $gte: today } };
  if (status === ContractStatus.EXPIRED) return { $or: [{ status }, { status: ContractStatus.ACTIVE, endDate: { $lt: today } }] };
  return { status };
}

export function listContracts(ctx: Ctx, args: PageArgs & { where?: ContractFilterInput | null; sort?: { field: ContractSortField; direction: SortDirection } | null }) {
  const f = args.where ?? {};
  const conditions: FilterQuery<Contract>[] = [];
  if (f.status) conditions.push(statusCondition(f.status, todayOf(ctx)));
  if (f.type) conditions.push({ type: f.type });
  if (f.supplierId) conditions.push({ supplier: Number(f.supplierId) });
  if (f.search?.trim()) conditions.push({ $or: [{ code: contains(ctx.em, f.search) }, { title: contains(ctx.em, f.search) }] });
  if (f.endingFrom) conditions.push({ endDate: { $gte: f.endingFrom } });
  if (f.endingTo) conditions.push({ endDate: { $lte: f.endingTo } });
  const sort = args.sort ?? { field: 'CREATED_AT' as const, direction: SortDirection.DESC };
  const dir = sort.direction === SortDirection.ASC ? 'asc' : 'desc';
  return paginate(ctx.em, Contract, { ...args, where: scoped(ctx, conditions.length ? { $and: conditions } : {}), orderBy: [{ [SORT[sort.field]]: dir }, { id: dir }] as never });
}

export function getContract(ctx: Ctx, id: string) {
  return ctx.em.findOne(Contract, scoped(ctx, { id: Number(id) }));
}

export interface ContractFields { title?: string | null; type?: ContractType | null; supplierId?: string | null; shopParty?: string | null; terms?: string | null; amount?: number | null; startDate?: string | null; endDate?: string | null }

async function checkFields(ctx: Ctx, input: ContractFields, current?: Contract) {
  const check = new Check();
  if (!current || input.title != null) check.when(!input.title?.trim(), 'title', 'Title is required', 'REQUIRED');
  check.when((input.title ?? '').length > 200, 'title', 'At most 200 characters');
  if (!current) check.require('type', input.type);
  if (!current || input.shopParty != null) check.when(!input.shopParty?.trim(), 'shopParty', 'Name the shop party', 'REQUIRED');
  check.when(input.amount != null && (!Number.isInteger(input.amount) || input.amount < 0), 'amount', 'Amount must be a whole number of fen, ≥ 0');
  check.when(input.startDate != null && !isValidDay(input.startDate), 'startDate', 'Give a day as YYYY-MM-DD');
  check.when(input.endDate != null && !isValidDay(input.endDate), 'endDate', 'Give a day as YYYY-MM-DD');
  if (!current) check.require('startDate', input.startDate).require('endDate', input.endDate);
  const start = input.startDate ?? current?.startDate;
  const end = input.endDate ?? current?.endDate;
  check.when(isValidDay(start) && isValidDay(end) && end < start, 'endDate', 'The end date is before the start date');
  let supplier: Partner | null = null;
  if (input.supplierId) {
    supplier = await ctx.em.findOne(Partner, Number(input.supplierId));
    check.when(!supplier, 'supplierId', 'No such supplier', 'NOT_FOUND').when(!!supplier && supplier.type !== PartnerType.SUPPLIER, 'supplierId', 'The partner is not a supplier');
  }
  check.throwIfAny();
  return supplier;
}

export async function createContract(ctx: Ctx, input: ContractFields & { title: string; type: ContractType; shopParty: string; startDate: string; endDate: string }) {
  const supplier = await checkFields(ctx, input);
  return ctx.em.transactional(async (tx) => {
    const contract = tx.create(Contract, {
      code: await nextDocumentCode(tx, Contract, 'CT', ctx.config.shopTimezone), title: input.title.trim(), type: input.type, supplier: supplier ?? undefined,
      shopParty: input.shopParty.trim(), terms: input.terms?.trim() || undefined, amount: input.amount ?? 0, startDate: input.startDate, endDate: input.endDate,
      createdBy: tx.getReference(User, viewerOf(ctx).userId!), status: ContractStatus.DRAFT,
    });
    tx.persist(contract);
    await tx.flush();
    recordTransition(ctx, tx, { type: 'Contract', id: contract.id }, null, ContractStatus.DRAFT);
    audit(ctx, tx, { operation: 'createContract', entityType: 'Contract', entityId: contract.id, summary: `${contract.code} ${contract.type} with ${supplier?.code ?? '—'}, ${contract.amount} fen, ${contract.startDate}…${contract.endDate}` });
    return { contract };
  });
}

async function loadInState(ctx: Ctx, id: string, allowed: ContractStatus[], action: string) {
  const contract = await ctx.em.findOne(Contract, Number(id));
  if (!contract) throw UserError.of('NOT_FOUND', 'No such contract', 'id');
  if (!allowed.includes(contract.status)) throw UserError.of('WRONG_STATE', `A ${contract.status.toLowerCase().replace('_', ' ')} contract cannot be ${action}`, 'id');
  return contract;
}

/** Changes a draft; once under review the text is frozen. */
export async function updateContract(ctx: Ctx, input: ContractFields & { id: string }) {
  const contract = await loadInState(ctx, input.id, [ContractStatus.DRAFT], 'edited');
  const supplier = await checkFields(ctx, input, contract);
  const keys = ['title', 'type', 'shopParty', 'terms', 'amount', 'startDate', 'endDate'] as const;
  const before = Object.fromEntries(keys.map((k) => [k, contract[k]]));
  for (const key of keys) if (input[key] != null) (contract as unknown as Record<string, unknown>)[key] = typeof input[key] === 'string' ? (input[key] as string).trim() : input[key];
  if (supplier) contract.supplier = ref(supplier);
  return ctx.em.transactional(async (tx) => {
    tx.persist(contract);
    audit(ctx, tx, { operation: 'updateContract', entityType: 'Contract', entityId: contract.id, summary: `${contract.code}: ${describeChanges(before, Object.fromEntries(keys.map((k) => [k, contract[k]])))}${supplier ? `; supplier ${supplier.code}` : ''}` });
    return { contract };
  });
}

async function move(ctx: Ctx, contract: Contract, to: ContractStatus, operation: string, note?: string | null, change?: (c: Contract) => void) {
  const from = contract.status;
  return ctx.em.transactional(async (tx) => {
    contract.status = to;
    change?.(contract);
    tx.persist(contract);
    recordTransition(ctx, tx, { type: 'Contract', id: contract.id }, from, to, note);
    audit(ctx, tx, { operation, entityType: 'Contract', entityId: contract.id, summary: `${contract.code} ${from} → ${to}${note ? `: ${note}` : ''}` });
    return { contract };
  });
}

type Action = { id: string; note?: string | null };

export const submitContract = async (ctx: Ctx, input: Action) =>
  move(ctx, await loadInState(ctx, input.id, [ContractStatus.DRAFT], 'submitted for review'), ContractStatus.UNDER_REVIEW, 'submitContract', input.note);

/** The reviewer must not be the contract's author (four eyes). */
async function loadForReview(ctx: Ctx, id: string, action: string) {
  const contract = await loadInState(ctx, id, [ContractStatus.UNDER_REVIEW], action);
  if (contract.createdBy.id === viewerOf(ctx).userId) throw UserError.of('SELF_APPROVAL', 'The reviewer must be someone other than the contract’s author', 'id');
  return contract;
}

/** Under review → signed: the reviewer approves it and the signing is recorded. */
export async function approveContract(ctx: Ctx, input: Action) {
  const contract = await loadForReview(ctx, input.id, 'approved');
  const reviewer = viewerOf(ctx).userId!;
  return move(ctx, contract, ContractStatus.SIGNED, 'approveContract', input.note, (c) => {
    c.reviewedBy = ref(ctx.em.getReference(User, reviewer));
    c.reviewedAt = new Date();
    c.signedAt = new Date();
  });
}

/** Under review → draft, with the reviewer's reasons. */
export async function rejectContract(ctx: Ctx, input: Action) {
  if (!input.note?.trim()) throw UserError.of('REQUIRED', 'Say what must change', 'note');
  const contract = await loadForReview(ctx, input.id, 'rejected');
  return move(ctx, contract, ContractStatus.DRAFT, 'rejectContract', input.note, (c) => { c.note = input.note!.trim(); });
}

/** Signed → active; a contract whose end date has passed cannot start. */
export async function activateContract(ctx: Ctx, input: Action) {
  const contract = await loadInState(ctx, input.id, [ContractStatus.SIGNED], 'activated');
  if (contract.endDate < todayOf(ctx)) throw UserError.of('WRONG_STATE', `The contract ended on ${contract.endDate}`, 'id');
  return move(ctx, contract, ContractStatus.ACTIVE, 'activateContract', input.note);
}

/** Signed or active → terminated early, with a reason. */
export async function terminateContract(ctx: Ctx, input: Action) {
  if (!input.note?.trim()) throw UserError.of('REQUIRED', 'Give the reason for termination', 'note');
  const contract = await loadInState(ctx, input.id, [ContractStatus.SIGNED, ContractStatus.ACTIVE], 'terminated');
  return move(ctx, contract, ContractStatus.TERMINATED, 'terminateContract', input.note, (c) => { c.endedAt = new Date(); c.note = input.note!.trim(); });
}

/** Marks every active contract past its end date as expired, each with a history entry. */
export async function markExpiredContracts(ctx: Ctx) {
  const today = todayOf(ctx);
  return ctx.em.transactional(async (tx) => {
    const due = await tx.find(Contract, { status: ContractStatus.ACTIVE, endDate: { $lt: today } }, { orderBy: { id: 'asc' } });
    for (const contract of due) {
      contract.status = ContractStatus.EXPIRED;
      contract.endedAt = new Date();
      recordTransition(ctx, tx, { type: 'Contract', id: contract.id }, ContractStatus.ACTIVE, ContractStatus.EXPIRED, `ended ${contract.endDate}`);
    }
    if (due.length) audit(ctx, tx, { operation: 'markExpiredContracts', entityType: 'Contract', summary: `expired: ${due.map((c) => c.code).join(', ')}` });
    return { contracts: due };
  });
}

/** Active contracts ending within `days` days from today (inclusive), soonest first, with the days left. */
export async function contractExpiryAlerts(ctx: Ctx, days = 30) {
  if (!Number.isInteger(days) || days < 0 || days > 3650) throw badInput('`days` must be 0–3650');
  const today = todayOf(ctx);
  const rows = await ctx.em.find(Contract, scoped(ctx, { status: ContractStatus.ACTIVE, endDate: { $gte: today, $lte: addDays(today, days) } }), { orderBy: { endDate: 'asc', id: 'asc' } });
  return rows.map((contract) => ({ contract, daysLeft: daysBetween(today, contract.endDate) }));
}
