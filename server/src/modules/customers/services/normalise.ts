import type { Check } from '../../../core/errors.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Digits only; a leading +86 / 0086 country code is dropped so the same mobile matches however typed. */
export function normalisePhone(raw: string | null | undefined): string | undefined {
  if (raw == null) return undefined;
  let digits = raw.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  return digits === '' ? undefined : digits;
}

export function normaliseEmail(raw: string | null | undefined): string | undefined {
  const value = raw?.trim().toLowerCase();
  return value ? value : undefined;
}

export function normaliseText(raw: string | null | undefined): string | undefined {
  const value = raw?.trim();
  return value ? value : undefined;
}

/** Trimmed, de-duplicated, at most 30 characters each. */
export function normaliseTags(raw: string[] | null | undefined): string[] {
  return [...new Set((raw ?? []).map((t) => t.trim()).filter(Boolean))];
}

/** Validates contact fields in place; `prefix` names the field path (e.g. `rows.3.`). */
export function checkContact(check: Check, input: { name?: string | null; phone?: string; email?: string; address?: string; platformAccount?: string; tags?: string[] }, prefix = '') {
  if (input.name !== undefined) {
    check.when(!input.name?.trim(), `${prefix}name`, 'Name is required', 'REQUIRED');
    check.when((input.name ?? '').trim().length > 80, `${prefix}name`, 'Name must be at most 80 characters');
  }
  check.when(!!input.phone && !/^\d{5,20}$/.test(input.phone), `${prefix}phone`, 'Phone must be 5–20 digits (spaces, dashes and +86 are ignored)');
  check.when(!!input.email && (!EMAIL.test(input.email) || input.email.length > 254), `${prefix}email`, 'E-mail is not valid');
  check.when((input.address ?? '').length > 300, `${prefix}address`, 'Address must be at most 300 characters');
  check.when((input.platformAccount ?? '').length > 80, `${prefix}platformAccount`, 'Platform account must be at most 80 characters');
  check.when((input.tags ?? []).some((t) => t.length > 30), `${prefix}tags`, 'Each tag must be at most 30 characters');
  check.when((input.tags ?? []).length > 20, `${prefix}tags`, 'At most 20 tags');
}
