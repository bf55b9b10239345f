import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { parseYuan } from '../../../lib/ui/format';
import { addDays, DAY_PATTERN, shopToday } from '../shared/days';
import { supplierLabel } from '../shared/SupplierPicker';
import { RecordRfqQuotesMutation } from './operations';

interface Line { id: string; quantity: number; skuCode: string; skuTitle: string }
interface Draft { price: string; lead: string; moq: string; validUntil: string; note: string }
const LINE_FIELD = /^(?:input\.)?lines\.(\d+)\.(\w+)$/;
const COLUMN: Record<string, keyof Draft> = { unitPrice: 'price', leadTimeDays: 'lead', minOrderQuantity: 'moq', validUntil: 'validUntil', note: 'note' };

/** One invited supplier's prices for the lines it quotes (blank price = not quoted); re-entering replaces its quote. */
export function QuoteDialog({ rfqId, suppliers, lines, onClose, onSaved }: {
  rfqId: string;
  suppliers: readonly { id: string; code: string; name: string }[];
  lines: readonly Line[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [supplierId, setSupplierId] = useState(suppliers[0]?.id ?? '');
  const valid = addDays(shopToday(), 30);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(lines.map((l) => [l.id, { price: '', lead: '7', moq: '1', validUntil: valid, note: '' }])));
  const [lineErrors, setLineErrors] = useState<Record<string, Record<string, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [record, { loading }] = useMutation(RecordRfqQuotesMutation, { refetchQueries: ['Rfq'] });
  const set = (id: string, patch: Partial<Draft>) => setDrafts((cur) => ({ ...cur, [id]: { ...cur[id], ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const quoted = lines.filter((l) => drafts[l.id].price.trim() !== '');
    const local: Record<string, Record<string, string>> = {};
    const put = (id: string, k: string, m: string) => { local[id] = { ...local[id], [k]: m }; };
    for (const l of quoted) {
      const d = drafts[l.id];
      if (parseYuan(d.price) === null) put(l.id, 'price', t('proc.common.invalidYuan'));
      if (!Number.isInteger(Number(d.lead)) || Number(d.lead) < 0 || d.lead.trim() === '') put(l.id, 'lead', t('validation.wholeNumberMin', { min: 0 }));
      if (!Number.isInteger(Number(d.moq)) || Number(d.moq) < 1) put(l.id, 'moq', t('validation.wholeNumberMin', { min: 1 }));
      if (!DAY_PATTERN.test(d.validUntil)) put(l.id, 'validUntil', t('validation.required'));
    }
    setLineErrors(local);
    setGeneral(quoted.length ? [] : [t('proc.rfq.quoteOneLine')]);
    if (!quoted.length || Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await record({ variables: { input: {
      rfqId, supplierId,
      lines: quoted.map((l) => ({ lineId: l.id, unitPrice: parseYuan(drafts[l.id].price)!, leadTimeDays: Number(drafts[l.id].lead),
        minOrderQuantity: Number(drafts[l.id].moq), validUntil: drafts[l.id].validUntil, note: drafts[l.id].note.trim() || null })),
    } } })).data?.recordRfqQuotes);
    if (outcome.ok) {
      onSaved();
      return;
    }
    const perLine: Record<string, Record<string, string>> = {};
    const rest = outcome.errors.filter((e) => {
      const m = LINE_FIELD.exec(e.field ?? '');
      const line = m ? quoted[Number(m[1])] : undefined;
      if (line && m) perLine[line.id] = { ...perLine[line.id], [COLUMN[m[2]] ?? 'price']: errorText(e) };
      return !line;
    });
    setLineErrors(perLine);
    setGeneral(splitFieldErrors(rest, [], errorText).general);
  };

  const cell = (l: Line, key: keyof Draft, props: { type?: string; width: number; testId: string }) => (
    <TextField size="small" type={props.type} value={drafts[l.id][key]} sx={{ width: props.width }} onChange={(e) => set(l.id, { [key]: e.target.value })}
      error={Boolean(lineErrors[l.id]?.[key])} helperText={lineErrors[l.id]?.[key]}
      slotProps={{ htmlInput: { 'data-testid': `${props.testId}-${l.skuCode}` }, inputLabel: { shrink: true } }} />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="quote-form">
        <DialogTitle>{t('proc.rfq.enterQuote')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="quote-error">{m}</Alert>)}
            <TextField select size="small" label={t('proc.common.supplier')} value={supplierId} onChange={(e) => setSupplierId(e.target.value)} sx={{ maxWidth: 320 }}
              slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'quote-supplier' } as object } }}>
              {suppliers.map((s) => <MenuItem key={s.id} value={s.id} data-code={s.code}>{supplierLabel(s)}</MenuItem>)}
            </TextField>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('proc.common.sku')}</TableCell>
                  <TableCell align="right">{t('proc.common.quantity')}</TableCell>
                  <TableCell>{t('proc.common.priceYuan')}</TableCell>
                  <TableCell>{t('proc.common.leadTimeDays')}</TableCell>
                  <TableCell>{t('proc.common.moq')}</TableCell>
                  <TableCell>{t('proc.rfq.validUntilLabel')}</TableCell>
                  <TableCell>{t('proc.rfq.quoteNote')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((l) => (
                  <TableRow key={l.id}>
                    <TableCell>{l.skuCode}<Typography variant="caption" component="div" color="text.secondary">{l.skuTitle}</Typography></TableCell>
                    <TableCell align="right">{l.quantity}</TableCell>
                    <TableCell>{cell(l, 'price', { width: 110, testId: 'quote-price' })}</TableCell>
                    <TableCell>{cell(l, 'lead', { type: 'number', width: 90, testId: 'quote-lead' })}</TableCell>
                    <TableCell>{cell(l, 'moq', { type: 'number', width: 90, testId: 'quote-moq' })}</TableCell>
                    <TableCell>{cell(l, 'validUntil', { type: 'date', width: 160, testId: 'quote-valid' })}</TableCell>
                    <TableCell>{cell(l, 'note', { width: 160, testId: 'quote-note' })}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading || !supplierId} data-testid="quote-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
