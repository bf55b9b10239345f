import { Arg, Args, Ctx as Context, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../core/context.js';
import { Allow } from '../../../core/auth/allow.js';
import { toPayload } from '../../../core/errors.js';
import { PageArgs } from '../../../core/graphql/pagination.js';
import { User } from '../../identity/entities/user.entity.js';
import { TimeSort } from '../../inventory/inputs/inventory.inputs.js';
import { LedgerEntry } from '../entities/ledger-entry.entity.js';
import { LedgerFilter, LedgerPeriod, RecordLedgerEntryInput } from '../inputs/ledger.inputs.js';
import { LedgerEntryConnection, LedgerEntryPayload, LedgerPeriodTotal } from '../types/ledger.types.js';
import * as entries from '../services/ledger-entries.service.js';
import * as totals from '../services/ledger-totals.service.js';

@Resolver()
export class LedgerResolver {
  @Allow('ledger:read')
  @Query(() => LedgerEntryConnection, { description: 'The income and expense ledger (收支账), newest first. Needs `ledger:read`.' })
  ledgerEntries(@Context() ctx: Ctx, @Args(() => PageArgs) page: PageArgs, @Arg('where', () => LedgerFilter, { nullable: true, description: 'Filters.' }) where?: LedgerFilter, @Arg('sort', () => TimeSort, { nullable: true, description: 'Sort order by time.' }) sort?: TimeSort) {
    return entries.listLedgerEntries(ctx, { ...page, where, sort });
  }

  @Allow('ledger:read')
  @Query(() => [LedgerPeriodTotal], { description: 'Income, expense and net per shop-local day, every day of the range (at most 366). Needs `ledger:read`.' })
  ledgerDailyTotals(@Context() ctx: Ctx, @Arg('fromDay', () => String, { description: 'First day, YYYY-MM-DD.' }) fromDay: string, @Arg('toDay', () => String, { description: 'Last day, YYYY-MM-DD.' }) toDay: string) {
    return totals.dailyTotals(ctx, fromDay, toDay);
  }

  @Allow('ledger:read')
  @Query(() => [LedgerPeriodTotal], { description: 'Income, expense and net per shop-local month, every month of the range (at most 60). Needs `ledger:read`.' })
  ledgerMonthlyTotals(@Context() ctx: Ctx, @Arg('fromMonth', () => String, { description: 'First month, YYYY-MM.' }) fromMonth: string, @Arg('toMonth', () => String, { description: 'Last month, YYYY-MM.' }) toMonth: string) {
    return totals.monthlyTotals(ctx, fromMonth, toMonth);
  }

  @Allow('ledger:read')
  @Query(() => String, { description: `Ledger entries matching the filter as CSV (UTF-8 with BOM, oldest first, up to ${totals.LEDGER_EXPORT_LIMIT} rows). Needs \`ledger:read\`.` })
  ledgerEntriesCsv(@Context() ctx: Ctx, @Arg('where', () => LedgerFilter, { nullable: true, description: 'Filters.' }) where?: LedgerFilter) {
    return totals.ledgerEntriesCsv(ctx, where ?? {});
  }

  @Allow('ledger:read')
  @Query(() => String, { description: 'Daily or monthly totals as CSV (UTF-8 with BOM). Needs `ledger:read`.' })
  ledgerTotalsCsv(
    @Context() ctx: Ctx,
    @Arg('period', () => LedgerPeriod, { description: 'DAY (from/to as YYYY-MM-DD) or MONTH (YYYY-MM).' }) period: LedgerPeriod,
    @Arg('from', () => String, { description: 'First day or month.' }) from: string,
    @Arg('to', () => String, { description: 'Last day or month.' }) to: string,
  ) {
    return totals.ledgerTotalsCsv(ctx, period, from, to);
  }

  @Allow('ledger:write')
  @Mutation(() => LedgerEntryPayload, { description: 'Records a manual income or expense (shipping costs, supplier payments, agent fees, other). Order payments use `recordPayment`. Needs `ledger:write`.' })
  recordLedgerEntry(@Context() ctx: Ctx, @Arg('input', () => RecordLedgerEntryInput, { description: 'The entry.' }) input: RecordLedgerEntryInput) {
    return toPayload(() => entries.recordLedgerEntry(ctx, input));
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryFieldsResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The staff member who recorded it.' })
  actor(@Root() e: LedgerEntry) { return e.actor?.load() ?? null; }
}
