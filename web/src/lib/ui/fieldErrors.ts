/** A mutation's expected failures, as the server returns them in `errors[]`. */
export interface FieldError {
  field?: string | null;
  message: string;
  code: string;
}

/** Splits errors into per-field messages (shown next to inputs) and the rest (shown above the form). */
export function splitFieldErrors(
  errors: readonly FieldError[] | null | undefined,
  knownFields: readonly string[],
  text: (error: FieldError) => string = (error) => error.message,
) {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  for (const error of errors ?? []) {
    const field = error.field ? error.field.replace(/^input\./, '') : null;
    if (field && knownFields.includes(field) && !byField[field]) byField[field] = text(error);
    else general.push(text(error));
  }
  return { byField, general };
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const LINE_FIELD = /^(?:input\.)?lines\.(\d+)\./;

/** Takes out the errors of `lines.N.*` fields, one message per line index; the rest go on to `splitFieldErrors`. */
export function splitLineErrors(errors: readonly FieldError[], text: (error: FieldError) => string = (error) => error.message) {
  const lines: Record<number, string> = {};
  const rest = errors.filter((e) => {
    const m = LINE_FIELD.exec(e.field ?? '');
    if (m) lines[Number(m[1])] = text(e);
    return !m;
  });
  return { lines, rest };
}
