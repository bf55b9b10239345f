import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';

/**
 * The state every step form shares: per-field server errors shown beside the inputs, the rest (a refused
 * out-of-order step, a masked error) above the form, and a busy flag while the mutation runs.
 */
export function useStepForm(fields: readonly string[]) {
  const { i18n } = useTranslation();
  const translated = useErrorText();
  // A refused step keeps the server's own words too (what the complaint waits for), not just the generic translation.
  const errorText = useCallback((e: FieldError) => {
    const text = translated(e);
    return i18n.language !== 'en' && text !== e.message && (e.code === 'WRONG_STATE' || e.code === 'SELF_APPROVAL') ? `${text}（${e.message}）` : text;
  }, [translated, i18n.language]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit<T extends { errors: readonly FieldError[] }>(exec: () => Promise<T | null | undefined>, local: Record<string, string> = {}): Promise<boolean> {
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return false;
    setBusy(true);
    const outcome = await runPayload(exec);
    setBusy(false);
    if (outcome.ok) return true;
    const split = splitFieldErrors(outcome.errors, fields, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
    return false;
  }

  /** Props for a TextField showing its field's error. */
  const fieldProps = (field: string) => ({ error: Boolean(errors[field]), helperText: errors[field] });
  return { errors, general, busy, submit, fieldProps };
}
