import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatSigned } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { ReceiveTransferMutation } from './operations';

interface Line { id: string; quantity: number; sku: { code: string; product?: { title: string } | null; spec?: readonly { value: string }[] | null } }

/** Records what arrived, line by line; anything short is kept as a variance. */
export function ReceiveDialog({ transferId, lines, onClose, onDone }: {
  transferId: string;
  lines: readonly Line[];
  onClose: () => void;
  onDone: (shortfall: number) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [received, setReceived] = useState<Record<string, string>>(() => Object.fromEntries(lines.map((l) => [l.id, String(l.quantity)])));
  const [note, setNote] = useState('');
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [receive, { loading }] = useMutation(ReceiveTransferMutation, { refetchQueries: ['Transfers', 'StockLevels'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    for (const line of lines) {
      const n = Number(received[line.id]);
      if (received[line.id]?.trim() === '' || !Number.isInteger(n) || n < 0 || n > line.quantity) {
        local[line.id] = t('transfers.receivedRange', { max: line.quantity });
      }
    }
    setLineErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    const outcome = await runPayload(async () => (await receive({ variables: { input: {
      id: transferId, note: note.trim() || null,
      lines: lines.map((l) => ({ lineId: l.id, receivedQuantity: Number(received[l.id]) })),
    } } })).data?.receiveTransfer);
    if (outcome.ok) {
      onDone(lines.reduce((sum, l) => sum + l.quantity - Number(received[l.id]), 0));
      return;
    }
    const perLine: Record<string, string> = {};
    const rest = outcome.errors.filter((e) => {
      const match = /^(?:input\.)?lines\.(\d+)\./.exec(e.field ?? '');
      const line = match ? lines[Number(match[1])] : undefined;
      if (line) perLine[line.id] = errorText(e);
      return !line;
    });
    setLineErrors(perLine);
    setGeneral(splitFieldErrors(rest, [], errorText).general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="receive-form">
        <DialogTitle>{t('transfers.receiveTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="receive-error">{m}</Alert>)}
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('inventory.skuCode')}</TableCell>
                  <TableCell align="right">{t('transfers.sent')}</TableCell>
                  <TableCell align="right">{t('transfers.received')}</TableCell>
                  <TableCell align="right">{t('transfers.variance')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {lines.map((line) => {
                  const n = Number(received[line.id]);
                  return (
                    <TableRow key={line.id}>
                      <TableCell>{line.sku.code}<div style={{ fontSize: 12, opacity: 0.7 }}>{skuTitle(line.sku)}</div></TableCell>
                      <TableCell align="right">{line.quantity}</TableCell>
                      <TableCell align="right">
                        <TextField size="small" type="number" value={received[line.id]} sx={{ width: 110 }}
                          onChange={(e) => setReceived((cur) => ({ ...cur, [line.id]: e.target.value }))}
                          error={Boolean(lineErrors[line.id])} helperText={lineErrors[line.id]}
                          slotProps={{ htmlInput: { min: 0, max: line.quantity, 'data-testid': `receive-qty-${line.sku.code}` } }} />
                      </TableCell>
                      <TableCell align="right" sx={{ color: n < line.quantity ? 'error.main' : undefined }}>
                        {Number.isInteger(n) ? formatSigned(n - line.quantity) : '—'}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              helperText={t('transfers.receiveNoteHelp')} slotProps={{ htmlInput: { 'data-testid': 'receive-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="receive-submit">{t('transfers.receive')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
