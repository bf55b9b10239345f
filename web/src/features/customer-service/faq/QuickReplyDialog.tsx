import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { QuickReplyKind } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CreateQuickReplyMutation } from './operations';

const FIELDS = ['kind', 'category', 'title', 'content', 'keywords'];

/** Adds a quick reply or an FAQ entry to the library. */
export function QuickReplyDialog({ onClose, onCreated }: { onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [kind, setKind] = useState<QuickReplyKind>('QUICK_REPLY');
  const [values, setValues] = useState({ category: '', title: '', content: '', keywords: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateQuickReplyMutation, { refetchQueries: ['CsQuickReplies'] });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => { setValues((v) => ({ ...v, [key]: e.target.value })); setErrors((x) => ({ ...x, [key]: '' })); };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const key of ['category', 'title', 'content'] as const) if (!values[key].trim()) local[key] = t('validation.required');
    setErrors(local);
    if (Object.keys(local).length) return;
    const input = { kind, category: values.category.trim(), title: values.title.trim(), content: values.content.trim(), keywords: values.keywords.trim() || null };
    const outcome = await runPayload(async () => (await create({ variables: { input } })).data?.createQuickReply);
    if (outcome.ok) { onCreated(); return; }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const field = (key: keyof typeof values, label: string, rows = 1, required = true) => (
    <TextField size="small" label={label} value={values[key]} onChange={set(key)} required={required} multiline={rows > 1} minRows={rows}
      error={Boolean(errors[key])} helperText={errors[key]} slotProps={{ htmlInput: { 'data-testid': `faq-${key}` } }} />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="faq-form">
        <DialogTitle>{t('cs.faq.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField select size="small" label={t('cs.faq.kind')} value={kind} onChange={(e) => setKind(e.target.value as QuickReplyKind)}>
              <MenuItem value="QUICK_REPLY">{t('cs.enum.quickReplyKind.QUICK_REPLY')}</MenuItem>
              <MenuItem value="FAQ">{t('cs.enum.quickReplyKind.FAQ')}</MenuItem>
            </TextField>
            {field('category', t('cs.faq.category'))}
            {field('title', kind === 'FAQ' ? t('cs.faq.question') : t('cs.faq.title'))}
            {field('content', kind === 'FAQ' ? t('cs.faq.answer') : t('cs.faq.content'), 3)}
            {field('keywords', t('cs.faq.keywords'), 1, false)}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="faq-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
