import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { startOfShopDay } from '../../../core/time.js';
import { User } from '../../identity/entities/user.entity.js';
import { CsvSyntaxError, parseCsv, unguardCell } from '../../catalog/services/csv-parse.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { CustomerChannel, CustomerStatus } from '../../customers/entities/enums.js';
import { Conversation } from '../entities/conversation.entity.js';
import { ConversationSource, MessageSender } from '../entities/enums.js';
import { checkMessages, writeConversation, type MessageInput } from './conversations.service.js';

const MAX_ROWS = 50_000;
const COLUMNS: Record<string, string> = {
  conversation_id: 'ref', 会话id: 'ref', buyer_account: 'account', 买家账号: 'account', buyer_name: 'name', 买家昵称: 'name',
  staff_email: 'staff', 客服: 'staff', sent_at: 'at', 时间: 'at', sender: 'sender', 发送方: 'sender', text: 'text', 内容: 'text', channel: 'channel', 渠道: 'channel',
};
const SENDERS: Record<string, MessageSender> = { buyer: MessageSender.BUYER, 买家: MessageSender.BUYER, staff: MessageSender.STAFF, 客服: MessageSender.STAFF };

/** ISO times with a zone as given; `YYYY-MM-DD HH:MM[:SS]` (how chat tools export) in the shop's time zone. */
export function parseChatTime(value: string, timeZone: string): Date | null {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (local) return new Date(startOfShopDay(local[1], timeZone).getTime() + ((Number(local[2]) * 60 + Number(local[3])) * 60 + Number(local[4] ?? 0)) * 1000);
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

interface Group { ref: string; account: string; name: string; channel: CustomerChannel; messages: (MessageInput & { staffEmail?: string; row: number })[] }

/**
 * Imports chat records from the chat platform's CSV export: one row per message with
 * conversation_id, buyer_account, buyer_name, staff_email, sent_at, sender (buyer/staff), text
 * and optionally channel (Chinese headers work too). Buyers are matched to customers by platform
 * account, and new buyers are added to the archive. Conversations imported before (same id) are
 * skipped. Any invalid row refuses the whole file.
 */
export async function importConversations(ctx: Ctx, input: { csv: string; defaultChannel?: CustomerChannel | null; dryRun?: boolean | null }) {
  let records;
  try { records = parseCsv(input.csv ?? '').filter((r) => r.cells.some((c) => c.trim())); } catch (e) {
    if (e instanceof CsvSyntaxError) throw UserError.of('INVALID', e.message, 'csv');
    throw e;
  }
  const [header, ...body] = records;
  if (!header || !body.length) throw UserError.of('REQUIRED', 'The file has no rows', 'csv');
  if (body.length > MAX_ROWS) throw UserError.of('INVALID', `At most ${MAX_ROWS} rows per import`, 'csv');
  const keys = header.cells.map((h) => COLUMNS[h.trim().toLowerCase()]);
  const missing = ['ref', 'account', 'at', 'sender', 'text'].filter((k) => !keys.includes(k));
  if (missing.length) throw UserError.of('INVALID', `The header lacks: ${missing.join(', ')}`, 'csv');

  const check = new Check();
  const groups = new Map<string, Group>();
  for (const { row, cells } of body) {
    const v: Record<string, string> = {};
    keys.forEach((k, i) => { if (k) v[k] = unguardCell(cells[i] ?? '').trim(); });
    const at = parseChatTime(v.at ?? '', ctx.config.shopTimezone);
    const sender = SENDERS[(v.sender ?? '').toLowerCase()];
    const channel = (v.channel ? v.channel.toUpperCase() : input.defaultChannel ?? CustomerChannel.TAOBAO) as CustomerChannel;
    check.when(!v.ref, `rows.${row}.conversation_id`, `Row ${row}: conversation_id is required`, 'REQUIRED');
    check.when(!v.account, `rows.${row}.buyer_account`, `Row ${row}: buyer_account is required`, 'REQUIRED');
    check.when(!at, `rows.${row}.sent_at`, `Row ${row}: sent_at must be YYYY-MM-DD HH:MM:SS (shop time) or ISO with a zone`);
    check.when(!sender, `rows.${row}.sender`, `Row ${row}: sender must be buyer or staff`);
    check.when(!Object.values(CustomerChannel).includes(channel), `rows.${row}.channel`, `Row ${row}: unknown channel`);
    check.when(sender === MessageSender.STAFF && !v.staff, `rows.${row}.staff_email`, `Row ${row}: a staff message needs staff_email`, 'REQUIRED');
    if (!v.ref || !v.account || !at || !sender) continue;
    const group = groups.get(v.ref) ?? { ref: v.ref, account: v.account, name: v.name || v.account, channel, messages: [] };
    check.when(group.account !== v.account, `rows.${row}.buyer_account`, `Row ${row}: conversation ${v.ref} already has buyer ${group.account}`, 'CONFLICT');
    group.messages.push({ at, sender, text: v.text ?? '', staffEmail: v.staff?.toLowerCase(), row });
    groups.set(v.ref, group);
  }
  const emails = [...new Set([...groups.values()].flatMap((g) => g.messages.flatMap((m) => (m.staffEmail ? [m.staffEmail] : []))))];
  const staff = new Map((emails.length ? await ctx.em.find(User, { email: { $in: emails }, active: true }) : []).map((u) => [u.email, u.id]));
  for (const g of groups.values()) {
    for (const m of g.messages) {
      if (m.staffEmail) { m.staffId = staff.get(m.staffEmail) ?? null; check.when(!m.staffId, `rows.${m.row}.staff_email`, `Row ${m.row}: no active staff member ${m.staffEmail}`, 'NOT_FOUND'); }
    }
    const groupCheck = new Check();
    checkMessages(groupCheck, g.messages, `conversations.${g.ref}`);
    for (const e of groupCheck.errors) check.add(e.field ?? null, e.message, e.code);
  }
  check.throwIfAny();

  const refs = [...groups.keys()];
  const seen = new Set<string>();
  for (let i = 0; i < refs.length; i += 500) for (const c of await ctx.em.find(Conversation, { externalRef: { $in: refs.slice(i, i + 500) } })) seen.add(c.externalRef!);
  const fresh = [...groups.values()].filter((g) => !seen.has(g.ref));
  const accounts = [...new Set(fresh.map((g) => g.account))];
  const customers = new Map<string, Customer>();
  for (let i = 0; i < accounts.length; i += 500) for (const c of await ctx.em.find(Customer, { platformAccount: { $in: accounts.slice(i, i + 500) }, status: CustomerStatus.ACTIVE })) customers.set(c.platformAccount!, c);
  const newBuyers = accounts.filter((a) => !customers.has(a));
  const counts = { conversations: fresh.length, messages: fresh.reduce((n, g) => n + g.messages.length, 0), skipped: seen.size, newCustomers: newBuyers.length };
  if (input.dryRun) return { ...counts, dryRun: true };

  return ctx.em.transactional(async (tx) => {
    for (const account of newBuyers) {
      const g = fresh.find((x) => x.account === account)!;
      const customer = tx.create(Customer, { name: g.name.slice(0, 80), platformAccount: account, channel: g.channel, createdBy: ctx.viewer?.userId ? tx.getReference(User, ctx.viewer.userId) : undefined });
      tx.persist(customer);
      customers.set(account, customer);
    }
    for (const g of fresh) writeConversation(tx, { customer: customers.get(g.account)!, channel: g.channel, source: ConversationSource.IMPORT, externalRef: g.ref, messages: g.messages });
    await tx.flush();
    audit(ctx, tx, { operation: 'importConversations', entityType: 'Conversation', summary: `imported ${counts.conversations} conversation(s), ${counts.messages} message(s); ${counts.skipped} already imported; ${counts.newCustomers} new customer(s)` });
    return { ...counts, dryRun: false };
  });
}
