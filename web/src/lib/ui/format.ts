/** Formats an ISO date-time for the UI language; empty input gives an em dash. */
export function formatDateTime(iso: string | null | undefined, lang: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  });
}

/** The display name of a record that has a Chinese `name` and an English `nameEn`. */
export function localName(record: { name: string; nameEn?: string | null } | null | undefined, lang: string): string {
  if (!record) return '';
  return lang === 'en' && record.nameEn ? record.nameEn : record.name;
}
