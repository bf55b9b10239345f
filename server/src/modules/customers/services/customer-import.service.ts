import type { Ctx } from '../../../core/context.js';
import { audit } from '../../../core/audit/audit.service.js';
import { Check, UserError } from '../../../core/errors.js';
import { User } from '../../identity/entities/user.entity.js';
import { CsvSyntaxError, parseCsv, unguardCell } from '../../catalog/services/csv-parse.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerChannel } from '../entities/enums.js';
import { checkContact, normaliseEmail, normalisePhone, normaliseTags, normaliseText } from './normalise.js';
import { findDuplicates } from './duplicates.js';
import { entryLevel } from './customers.service.js';
import { addTags, tagsOf } from './tags.js';
import { now } from './clock.js';

const MAX_ROWS = 5000;

/** Accepted column headers (English or Chinese) → field. */
const COLUMNS: Record<string, keyof ImportRow> = {
  name: 'name', 姓名: 'name', platform_account: 'platformAccount', 平台账号: 'platformAccount', phone: 'phone', 手机: 'phone', 电话: 'phone',
  email: 'email', 邮箱: 'email', address: 'address', 地址: 'address', channel: 'channel', 渠道: 'channel', tags: 'tags', 标签: 'tags',
  notes: 'notes', 备注: 'notes', member: 'member', 会员: 'member',
};

interface ImportRow { row: number; name?: string; platformAccount?: string; phone?: string; email?: string; address?: string; channel?: CustomerChannel; tags: string[]; notes?: string; member?: boolean }

function parseRows(csv: string, defaultChannel: CustomerChannel, check: Check): ImportRow[] {
  let records;
  try { records = parseCsv(csv); } catch (e) {
    if (e instanceof CsvSyntaxError) throw UserError.of('INVALID', e.message, 'csv');
    throw e;
  }
  // Spreadsheets export trailing rows of empty cells; they are not customers.
  const [header, ...body] = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!header) throw UserError.of('REQUIRED', 'The file is empty', 'csv');
  const fields = header.cells.map((h) => COLUMNS[h.trim().toLowerCase()] ?? COLUMNS[h.trim()]);
  if (!fields.includes('name') && !fields.includes('platformAccount')) throw UserError.of('INVALID', 'The header needs a name or platform_account column', 'csv');
  if (body.length > MAX_ROWS) throw UserError.of('INVALID', `At most ${MAX_ROWS} rows per import`, 'csv');
  return body.map(({ row, cells }) => {
    const raw: Record<string, string> = {};
    fields.forEach((f, i) => { if (f) raw[f] = unguardCell(cells[i] ?? '').trim(); });
    const channel = raw.channel ? (raw.channel.toUpperCase() as CustomerChannel) : defaultChannel;
    check.when(!Object.values(CustomerChannel).includes(channel), `rows.${row}.channel`, `Row ${row}: unknown channel "${raw.channel}"`);
    const r: ImportRow = {
      row, name: normaliseText(raw.name) ?? normaliseText(raw.platformAccount), platformAccount: normaliseText(raw.platformAccount),
      phone: normalisePhone(raw.phone), email: normaliseEmail(raw.email), address: normaliseText(raw.address), channel, notes: normaliseText(raw.notes),
      tags: normaliseTags((raw.tags ?? '').split(/[;；|,，]/)), member: /^(1|y|yes|true|是)$/i.test(raw.member ?? ''),
    };
    const rowCheck = new Check().when(!r.name, 'name', 'Name (or platform account) is required', 'REQUIRED');
    checkContact(rowCheck, r);
    for (const e of rowCheck.errors) check.add(`rows.${row}.${e.field}`, `Row ${row}: ${e.message}`, e.code);
    return r;
  });
}

/** Rows sharing a phone or platform account are the same customer: later rows fill the first one's blanks. */
function combineInFile(rows: ImportRow[]): { unique: ImportRow[]; folded: number } {
  const byKey = new Map<string, ImportRow>();
  const unique: ImportRow[] = [];
  for (const r of rows) {
    const keys = [r.phone && `p:${r.phone}`, r.platformAccount && `a:${r.platformAccount}`].filter(Boolean) as string[];
    const into = keys.map((k) => byKey.get(k)).find(Boolean);
    if (!into) { unique.push(r); for (const k of keys) byKey.set(k, r); continue; }
    for (const f of ['name', 'platformAccount', 'phone', 'email', 'address', 'notes'] as const) into[f] ??= r[f];
    into.tags = [...new Set([...into.tags, ...r.tags])];
    into.member ||= r.member;
    for (const k of keys) byKey.set(k, into);
  }
  return { unique, folded: rows.length - unique.length };
}

/**
 * Daily intake from CSV (name, platform_account, phone, email, address, channel, tags, notes, member;
 * Chinese headers work too). A row matching an active customer by phone or platform account
 * updates it — filling blank fields and adding tags, never overwriting — instead of creating a
 * duplicate. Any invalid row refuses the whole file; `dryRun` reports the counts without writing.
 */
export async function importCustomers(ctx: Ctx, input: { csv: string; defaultChannel?: CustomerChannel | null; dryRun?: boolean | null }) {
  const check = new Check();
  const parsed = parseRows(input.csv ?? '', input.defaultChannel ?? CustomerChannel.OTHER, check);
  check.when(!parsed.length, 'csv', 'The file has no rows', 'REQUIRED');
  const { unique, folded } = combineInFile(parsed);
  const existing = await findDuplicates(ctx.em, { phones: unique.flatMap((r) => (r.phone ? [r.phone] : [])), accounts: unique.flatMap((r) => (r.platformAccount ? [r.platformAccount] : [])) });
  const plan = unique.map((r) => {
    const matches = existing.filter((c) => (r.phone && c.phone === r.phone) || (r.platformAccount && c.platformAccount === r.platformAccount));
    check.when(matches.length > 1, `rows.${r.row}`, `Row ${r.row} matches customers ${matches.map((c) => `#${c.id}`).join(' and ')}; merge them first`, 'CONFLICT');
    return { r, match: matches[0] };
  });
  check.throwIfAny();
  const level = plan.some((p) => p.r.member) ? await entryLevel(ctx.em) : null;
  const tags = await tagsOf(ctx.em, plan.flatMap((p) => (p.match ? [p.match.id] : [])));
  const actions = plan.map(({ r, match }) => {
    if (!match) return { r, match, changes: [] as ('platformAccount' | 'phone' | 'email' | 'address')[], newTags: r.tags };
    const have = tags.get(match.id) ?? [];
    return { r, match, have, changes: (['platformAccount', 'phone', 'email', 'address'] as const).filter((f) => r[f] && !match[f]), newTags: r.tags.filter((t) => !have.includes(t)) };
  });
  const created = actions.filter((a) => !a.match).length;
  const updated = actions.filter((a) => a.match && (a.changes.length || a.newTags.length)).length;
  const unchanged = actions.length - created - updated;
  const counts = { created, updated, unchanged, combinedInFile: folded };
  if (input.dryRun) return { ...counts, dryRun: true };

  const write = (em: typeof ctx.em) => {
    for (const { r, match, have, changes, newTags } of actions) {
      if (!match) {
        const customer = em.create(Customer, {
          name: r.name!, platformAccount: r.platformAccount, phone: r.phone, email: r.email, address: r.address, channel: r.channel!, notes: r.notes,
          memberLevel: r.member && level ? level : undefined, memberSince: r.member && level ? now() : undefined, vip: !!(r.member && level?.grantsVip),
          createdBy: ctx.viewer?.userId ? em.getReference(User, ctx.viewer.userId) : undefined,
        });
        em.persist(customer);
        addTags(em, customer, [], r.tags);
      } else if (changes.length || newTags.length) {
        for (const f of changes) match[f] = r[f];
        em.persist(match);
        addTags(em, match, have ?? [], newTags);
      }
    }
  };
  return ctx.em.transactional(async (tx) => {
    write(tx);
    await tx.flush();
    audit(ctx, tx, { operation: 'importCustomers', entityType: 'Customer', summary: `import: ${created} created, ${updated} updated, ${unchanged} unchanged, ${folded} duplicate row(s) combined` });
    return { ...counts, dryRun: false };
  });
}
