import { Check } from '../../../core/errors.js';

/** A name/value pair as the API shows spec and attributes: `{ name: "规格", value: "250g" }`. */
export interface Pair {
  name: string;
  value: string;
}

/** Stored JSON objects become pairs, ordered by name so both databases give the same order. */
export function toPairs(record: Record<string, string> | null | undefined): Pair[] {
  return Object.entries(record ?? {})
    .map(([name, value]) => ({ name, value: String(value) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Checks pairs and turns them into the stored object. Names are unique; `=` and `;` are
 * refused because the CSV form is `规格=250g;包装=罐装`.
 */
export function fromPairs(check: Check, field: string, pairs: Pair[] | null | undefined, limits: { maxPairs: number; nameLength: number; valueLength: number }): Record<string, string> {
  const out: Record<string, string> = {};
  const list = pairs ?? [];
  check.when(list.length > limits.maxPairs, field, `At most ${limits.maxPairs} entries`);
  list.forEach((pair, i) => {
    const name = (pair.name ?? '').trim();
    const value = (pair.value ?? '').trim();
    const at = `${field}.${i}`;
    if (!name) return void check.add(`${at}.name`, 'Name is required', 'REQUIRED');
    if (!value) check.add(`${at}.value`, `A value for ${name} is required`, 'REQUIRED');
    check.when(name.length > limits.nameLength, `${at}.name`, `Name must be at most ${limits.nameLength} characters`);
    check.when(value.length > limits.valueLength, `${at}.value`, `Value must be at most ${limits.valueLength} characters`);
    check.when(/[=;]/.test(name + value), at, 'Names and values cannot contain = or ;');
    if (Object.prototype.hasOwnProperty.call(out, name)) check.add(`${at}.name`, `${name} is given twice`, 'DUPLICATE');
    out[name] = value;
  });
  return out;
}

/** Parses the CSV form `规格=250g;包装=罐装` (full-width ； and ＝ accepted) into pairs. */
export function parsePairs(text: string): Pair[] | string {
  const parts = text.split(/[;；]/).map((p) => p.trim()).filter(Boolean);
  const pairs: Pair[] = [];
  for (const part of parts) {
    const match = /^([^=＝]+)[=＝](.*)$/.exec(part);
    if (!match) return `"${part}" is not name=value`;
    pairs.push({ name: match[1].trim(), value: match[2].trim() });
  }
  return pairs;
}

/** The CSV form of stored pairs. */
export function formatPairs(record: Record<string, string> | null | undefined): string {
  return toPairs(record).map((p) => `${p.name}=${p.value}`).join(';');
}

/** A stable key for a spec, to find two SKUs of one product with the same spec. */
export function specKey(record: Record<string, string>): string {
  return JSON.stringify(toPairs(record));
}
