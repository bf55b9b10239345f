import { useState, type FormEvent } from 'react';
import { Alert, Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { parseYuan } from '../../../lib/ui/format';

export interface ActionField {
  /** The input's field name, as the server names it in errors[].field. */
  name: string;
  label: string;
  kind?: 'text' | 'multiline' | 'money' | 'number' | 'select';
  required?: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
  helperText?: string;
}

export type ActionValues = Record<string, string | number | null>;

/**
 * A small form for one handling step: its fields, local required checks, the server's field errors beside the
 * fields and the rest above. Money fields are typed in yuan and handed over as fen.
 */
export function ActionForm({ title, fields, submitLabel, onSubmit, testId, color = 'primary' }: {
  title?: string;
  fields: ActionField[];
  submitLabel: string;
  onSubmit: (values: ActionValues) => Promise<readonly FieldError[]>;
  testId: string;
  color?: 'primary' | 'success' | 'warning' | 'error';
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((f) => [f.name, f.initial ?? ''])));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const out: ActionValues = {};
    for (const f of fields) {
      const raw = (values[f.name] ?? '').trim();
      if (f.required && !raw) local[f.name] = t('validation.required');
      else if (f.kind === 'money') {
        const fen = raw ? parseYuan(raw) : null;
        if (raw && fen === null) local[f.name] = t('as.return.amountInvalid');
        out[f.name] = fen;
      } else if (f.kind === 'number') out[f.name] = raw ? Number(raw) : null;
      else out[f.name] = raw || null;
    }
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    setBusy(true);
    const result = await onSubmit(out);
    setBusy(false);
    const split = splitFieldErrors(result, fields.map((f) => f.name), errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid={testId}>
      {title && <Typography variant="subtitle2" gutterBottom>{title}</Typography>}
      <Stack spacing={1.5}>
        {general.map((m) => <Alert key={m} severity="error" data-testid={`${testId}-error`}>{m}</Alert>)}
        {fields.map((f) => (
          <TextField key={f.name} size="small" label={f.label} required={f.required} value={values[f.name] ?? ''}
            select={f.kind === 'select'} multiline={f.kind === 'multiline'} minRows={f.kind === 'multiline' ? 2 : undefined}
            type={f.kind === 'number' ? 'number' : 'text'}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            error={Boolean(errors[f.name])} helperText={errors[f.name] ?? f.helperText}
            slotProps={f.kind === 'select'
              ? { select: { SelectDisplayProps: { 'data-testid': `${testId}-${f.name}` } as object } }
              : { htmlInput: { 'data-testid': `${testId}-${f.name}`, inputMode: f.kind === 'money' ? 'decimal' : undefined } }}>
            {f.kind === 'select' && (f.options ?? []).map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
          </TextField>
        ))}
        <Stack direction="row">
          <Button type="submit" variant="contained" color={color} disabled={busy} data-testid={`${testId}-submit`}>{submitLabel}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
