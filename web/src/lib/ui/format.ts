/** The shop's time zone: every time on screen is shown there, whatever the browser's zone. */
export const SHOP_TIME_ZONE = 'Asia/Shanghai';

/** Formats an ISO date-time (UTC) in the shop's time zone for the UI language; empty input gives an em dash. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: SHOP_TIME_ZONE,
  });
}

/** The display name of a record that has a Chinese `name` and an English `nameEn`. */
export function localName(record: { name: string; nameEn?: string | null } | null | undefined, lang: string): string {
  if (!record) return '';
  return lang === 'en' && record.nameEn ? record.nameEn : record.name;
}

/** Integer fen as yuan with two decimals and the ¥ sign: 12345 → ¥123.45. Null gives an em dash. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Integer fen as an editable yuan amount without the sign: 12345 → "123.45". */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  return `${Math.trunc(fen / 100)}.${String(Math.abs(fen % 100)).padStart(2, '0')}`;
}

/** A yuan amount typed by a person ("12", "12.3", "12.34") as integer fen; null when it is not one. */
export function parseYuan(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** A share 0–1 as a percentage with one decimal. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A signed whole number: +3, -2, 0. */
export function formatSigned(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  return n > 0 ? `+${n}` : String(n);
}
