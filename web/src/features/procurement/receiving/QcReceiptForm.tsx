import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors, type FieldError } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';

export interface ReceivableLine { id: string; skuCode: string; skuTitle: string; quantity: number; receivedQuantity: number; openQuantity: number }
export interface QcLineInput { lineId: string; acceptedQuantity: number; rejectedQuantity: number; rejectReason: string | null }

interface Draft { accepted: string; rejected: string; reason: string }
const LINE_FIELD = /^(?:input\.)?lines\.(\d+)\.(\w+)$/;

/**
 * What arrived against an order, line by line, with the quality check: units accepted into stock and units rejected
 * (kept apart for return) with the reason. Lines left at 0 / 0 did not arrive this time.
 */
export function QcReceiptForm({ lines, onSubmit, busy }: {
  lines: readonly ReceivableLine[];
  onSubmit: (lines: QcLineInput[], note: string | null) => Promise<readonly FieldError[]>;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(lines.map((l) => [l.id, { accepted: String(l.openQuantity), rejected: '0', reason: '' }])));
  const [note, setNote] = useState('');
  const [lineErrors, setLineErrors] = useState<Record<string, Record<string, string>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const set = (id: string, patch: Partial<Draft>) => setDrafts((cur) => ({ ...cur, [id]: { ...cur[id], ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, Record<string, string>> = {};
    const put = (id: string, field: string, message: string) => { local[id] = { ...local[id], [field]: message }; };
    for (const line of lines) {
      const d = drafts[line.id];
      const a = Number(d.accepted);
      const r = Number(d.rejected);
      if (d.accepted.trim() === '' || !Number.isInteger(a) || a < 0) put(line.id, 'acceptedQuantity', t('validation.wholeNumberMin', { min: 0 }));
      if (d.rejected.trim() === '' || !Number.isInteger(r) || r < 0) put(line.id, 'rejectedQuantity', t('validation.wholeNumberMin', { min: 0 }));
      else if (Number.isInteger(a) && a + r > line.openQuantity) put(line.id, 'rejectedQuantity', t('proc.receive.tooMany', { max: line.openQuantity }));
      if (r > 0 && !d.reason.trim()) put(line.id, 'rejectReason', t('proc.receive.reasonRequired'));
    }
    const arriving = lines.filter((l) => Number(drafts[l.id].accepted) + Number(drafts[l.id].rejected) > 0);
    setLineErrors(local);
    if (Object.keys(local).length > 0) { setGeneral([]); return; }
    if (arriving.length === 0) { setGeneral([t('proc.receive.nothing')]); return; }
    setGeneral([]);
    const payload = arriving.map((l) => ({
      lineId: l.id, acceptedQuantity: Number(drafts[l.id].accepted), rejectedQuantity: Number(drafts[l.id].rejected),
      rejectReason: Number(drafts[l.id].rejected) > 0 ? drafts[l.id].reason.trim() : null,
    }));
    const errors = await onSubmit(payload, note.trim() || null);
    const perLine: Record<string, Record<string, string>> = {};
    const rest = errors.filter((e) => {
      const match = LINE_FIELD.exec(e.field ?? '');
      const line = match ? arriving[Number(match[1])] : undefined;
      // Received (= accepted + rejected) and the line itself have no input of their own: shown under accepted.
      const column = match && ['acceptedQuantity', 'rejectedQuantity', 'rejectReason'].includes(match[2]) ? match[2] : 'acceptedQuantity';
      if (line) perLine[line.id] = { ...perLine[line.id], [column]: errorText(e) };
      return !line;
    });
    setLineErrors(perLine);
    setGeneral(splitFieldErrors(rest, [], errorText).general);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="qc-form">
      <Stack spacing={2}>
        {general.map((m) => <Alert key={m} severity="error" data-testid="qc-error">{m}</Alert>)}
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('proc.common.sku')}</TableCell>
                <TableCell align="right">{t('proc.po.ordered')}</TableCell>
                <TableCell align="right">{t('proc.po.open')}</TableCell>
                <TableCell align="right">{t('proc.po.accepted')}</TableCell>
                <TableCell align="right">{t('proc.po.rejected')}</TableCell>
                <TableCell>{t('proc.receive.rejectReason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {lines.map((line) => {
                const d = drafts[line.id];
                const err = lineErrors[line.id] ?? {};
                const rejecting = Number(d.rejected) > 0;
                return (
                  <TableRow key={line.id} data-testid={`qc-line-${line.skuCode}`}>
                    <TableCell>{line.skuCode}<Typography variant="caption" component="div" color="text.secondary">{line.skuTitle}</Typography></TableCell>
                    <TableCell align="right">{line.quantity}</TableCell>
                    <TableCell align="right">{line.openQuantity}</TableCell>
                    <TableCell align="right">
                      <TextField size="small" type="number" value={d.accepted} sx={{ width: 100 }} onChange={(e) => set(line.id, { accepted: e.target.value })}
                        error={Boolean(err.acceptedQuantity)} helperText={err.acceptedQuantity}
                        slotProps={{ htmlInput: { min: 0, 'data-testid': `qc-accepted-${line.skuCode}` } }} />
                    </TableCell>
                    <TableCell align="right">
                      <TextField size="small" type="number" value={d.rejected} sx={{ width: 100 }} onChange={(e) => set(line.id, { rejected: e.target.value })}
                        error={Boolean(err.rejectedQuantity)} helperText={err.rejectedQuantity}
                        slotProps={{ htmlInput: { min: 0, 'data-testid': `qc-rejected-${line.skuCode}` } }} />
                    </TableCell>
                    <TableCell>
                      <TextField size="small" value={d.reason} disabled={!rejecting} placeholder={rejecting ? t('proc.receive.reasonPlaceholder') : ''}
                        onChange={(e) => set(line.id, { reason: e.target.value })} sx={{ minWidth: 200 }}
                        error={Boolean(err.rejectReason)} helperText={err.rejectReason}
                        slotProps={{ htmlInput: { 'data-testid': `qc-reason-${line.skuCode}` } }} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
        <TextField size="small" label={t('proc.receive.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
          helperText={t('proc.receive.noteHelp')} slotProps={{ htmlInput: { 'data-testid': 'qc-note' } }} />
        <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
          <Button type="submit" variant="contained" disabled={busy} data-testid="qc-submit">{t('proc.receive.submit')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
