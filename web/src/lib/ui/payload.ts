import type { FieldError } from './fieldErrors';

/** What a mutation with a Saleor-style payload gave back: the expected failures, or a transport/server error as one. */
export interface PayloadOutcome<T> {
  ok: boolean;
  payload: T | null;
  errors: FieldError[];
}

/**
 * Runs a mutation whose result has `errors { field message code }`. Expected failures come back as data; an
 * unexpected one (network, masked server error) is turned into a single error without a field, so a form shows
 * both the same way.
 */
export async function runPayload<T extends { errors: readonly FieldError[] }>(
  exec: () => Promise<T | null | undefined>,
): Promise<PayloadOutcome<T>> {
  try {
    const payload = (await exec()) ?? null;
    const errors = [...(payload?.errors ?? [])];
    return { ok: payload !== null && errors.length === 0, payload, errors };
  } catch (error) {
    return { ok: false, payload: null, errors: [{ field: null, code: 'ERROR', message: error instanceof Error ? error.message : String(error) }] };
  }
}
