import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { LedgerCategory, LedgerDirection } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { parseYuan } from '../../../lib/ui/format';
import { LEDGER_CATEGORIES } from '../../../lib/orders/labels';
import { RecordLedgerEntryMutation } from './operations';

const FIELDS = ['amountFen', 'category', 'direction', 'occurredAt', 'reference', 'note'];
/** Categories whose direction is fixed by the server. */
const FIXED: Partial<Record<LedgerCategory, LedgerDirection>> = { SALES: 'INCOME', REFUND: 'EXPENSE', SHIPPING_COST: 'EXPENSE', PURCHASE_PAYMENT: 'EXPENSE' };
const MANUAL_CATEGORIES = LEDGER_CATEGORIES.filter((c) => c !== 'SALES');

/** A manual income or expense (shipping costs, supplier payments, agent fees, other). */
export function LedgerEntryDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [category, setCategory] = useState<LedgerCategory>('SHIPPING_COST');
  const [direction, setDirection] = useState<LedgerDirection | ''>('');
  const [amount, setAmount] = useState('');
  const [day, setDay] = useState('');
  const [reference, setReference] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordLedgerEntryMutation, { refetchQueries: ['LedgerEntries', 'LedgerTotals'] });
  const fixed = FIXED[category];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fen = parseYuan(amount);
    const local: Record<string, string> = {};
    if (!fen) local.amountFen = t('ledger.amountInvalid');
    if (category === 'OTHER' && !direction) local.direction = t('ledger.directionRequired');
    setErrors(local);
    setGeneral([]);
    if (!fen || Object.keys(local).length) return;
    // A day typed in the shop's calendar: noon Shanghai time, so it stays that day.
    const occurredAt = day ? new Date(`${day}T12:00:00+08:00`).toISOString() : null;
    const outcome = await runPayload(async () => (await record({ variables: { input: {
      category, amountFen: fen, direction: fixed ? null : direction || null, occurredAt, reference: reference.trim() || null, note: note.trim() || null,
    } } })).data?.recordLedgerEntry);
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitFieldErrors(outcome.errors, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="ledger-form">
        <DialogTitle>{t('ledger.recordTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="ledger-form-error">{m}</Alert>)}
            <Typography variant="body2" color="text.secondary">{t('ledger.recordHelp')}</Typography>
            <TextField select size="small" label={t('ledger.category')} value={category} onChange={(e) => setCategory(e.target.value as LedgerCategory)}
              error={Boolean(errors.category)} helperText={errors.category} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'ledger-form-category' } as object } }}>
              {MANUAL_CATEGORIES.map((c) => <MenuItem key={c} value={c}>{t(`ledgerCategory.${c}`)}</MenuItem>)}
            </TextField>
            <TextField select size="small" label={t('ledger.direction')} value={fixed ?? direction} disabled={Boolean(fixed)}
              onChange={(e) => setDirection(e.target.value as LedgerDirection)} error={Boolean(errors.direction)} helperText={errors.direction}
              slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'ledger-form-direction' } as object }, inputLabel: { shrink: true } }}>
              {category === 'AGENT_FEE' && <MenuItem value="">{t('ledgerDirection.INCOME')}</MenuItem>}
              <MenuItem value="INCOME">{t('ledgerDirection.INCOME')}</MenuItem>
              <MenuItem value="EXPENSE">{t('ledgerDirection.EXPENSE')}</MenuItem>
            </TextField>
            <TextField size="small" label={t('orders.amount')} value={amount} onChange={(e) => setAmount(e.target.value)} required
              error={Boolean(errors.amountFen)} helperText={errors.amountFen} slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'ledger-form-amount' } }} />
            <TextField type="date" size="small" label={t('ledger.occurredAt')} value={day} onChange={(e) => setDay(e.target.value)}
              error={Boolean(errors.occurredAt)} helperText={errors.occurredAt} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'ledger-form-day' } }} />
            <TextField size="small" label={t('ledger.reference')} value={reference} onChange={(e) => setReference(e.target.value)}
              error={Boolean(errors.reference)} helperText={errors.reference} slotProps={{ htmlInput: { 'data-testid': 'ledger-form-reference' } }} />
            <TextField size="small" label={t('ledger.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              error={Boolean(errors.note)} helperText={errors.note} slotProps={{ htmlInput: { 'data-testid': 'ledger-form-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="ledger-form-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
