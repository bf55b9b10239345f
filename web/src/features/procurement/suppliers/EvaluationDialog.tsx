import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AssessmentMethod } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { currentPeriod } from '../shared/days';
import { ASSESSMENT_METHODS, RecordSupplierEvaluationMutation } from './operations';
import { SCORE_KEYS, type ScoreKey } from './ScorecardPanel';

const FIELDS = ['period', 'method', 'notes', ...SCORE_KEYS];

/** A buyer's evaluation for a month or quarter: how it was assessed and five scores 0–100. */
export function EvaluationDialog({ supplierId, onClose, onSaved }: { supplierId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [period, setPeriod] = useState(currentPeriod());
  const [method, setMethod] = useState<AssessmentMethod>('DOCUMENT_REVIEW');
  const [scores, setScores] = useState<Record<ScoreKey, string>>({ quality: '80', delivery: '80', price: '80', service: '80', credit: '80' });
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordSupplierEvaluationMutation, { refetchQueries: ['SupplierEvaluations', 'SupplierScorecard', 'SupplierScoreHistory', 'Suppliers'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const k of SCORE_KEYS) {
      const n = Number(scores[k]);
      if (scores[k].trim() === '' || !Number.isInteger(n) || n < 0 || n > 100) local[k] = t('proc.suppliers.scoreRange');
    }
    if (!period.trim()) local.period = t('validation.required');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await record({ variables: { input: {
      supplierId, period: period.trim(), method, notes: notes.trim() || null,
      quality: Number(scores.quality), delivery: Number(scores.delivery), price: Number(scores.price), service: Number(scores.service), credit: Number(scores.credit),
    } } })).data?.recordSupplierEvaluation);
    if (outcome.ok) {
      onSaved();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="evaluation-form">
        <DialogTitle>{t('proc.suppliers.addEvaluation')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="evaluation-error">{m}</Alert>)}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <TextField size="small" label={t('proc.common.period')} value={period} onChange={(e) => setPeriod(e.target.value)} required
                error={Boolean(errors.period)} helperText={errors.period ?? t('proc.score.periodHelp')} slotProps={{ htmlInput: { 'data-testid': 'evaluation-period' } }} />
              <TextField select size="small" label={t('proc.suppliers.method')} value={method} onChange={(e) => setMethod(e.target.value as AssessmentMethod)} sx={{ minWidth: 180 }}
                error={Boolean(errors.method)} helperText={errors.method} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'evaluation-method' } as object } }}>
                {ASSESSMENT_METHODS.map((m) => <MenuItem key={m} value={m}>{t(`proc.enum.method.${m}`)}</MenuItem>)}
              </TextField>
            </Stack>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
              {SCORE_KEYS.map((k) => (
                <TextField key={k} size="small" type="number" label={t(`proc.score.key.${k}`)} value={scores[k]}
                  onChange={(e) => setScores((cur) => ({ ...cur, [k]: e.target.value }))} error={Boolean(errors[k])} helperText={errors[k]}
                  slotProps={{ htmlInput: { min: 0, max: 100, 'data-testid': `evaluation-${k}` } }} />
              ))}
            </Stack>
            <TextField size="small" label={t('common.note')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline
              error={Boolean(errors.notes)} helperText={errors.notes} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="evaluation-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
