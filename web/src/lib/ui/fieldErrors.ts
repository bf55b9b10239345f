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
