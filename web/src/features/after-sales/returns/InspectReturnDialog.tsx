import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { InspectReturnMutation } from './operations';

interface Line { id: string; skuCode: string; title: string; quantity: number; uninspectedQuantity: number }
interface Draft { restock: string; defective: string; note: string }

/**
 * Inspection per line: how many units go back into saleable stock and how many are kept apart as defective
 * (for the supplier). A line may be inspected over several rounds; the request is inspected once every unit is.
 */
export function InspectReturnDialog({ returnId, code, lines, onClose, onDone }: { returnId: string; code: string; lines: readonly Line[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const open = lines.filter((l) => l.uninspectedQuantity > 0);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(open.map((l) => [l.id, { restock: String(l.uninspectedQuantity), defective: '0', note: '' }])));
  const [note, setNote] = useState('');
  const [lineErrors, setLineErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [inspect, { loading }] = useMutation(InspectReturnMutation, { refetchQueries: ['AsReturnRequests'] });
  const set = (id: string, patch: Partial<Draft>) => setDrafts((d) => ({ ...d, [id]: { ...d[id], ...patch } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    const input = open.map((l) => {
      const restock = Number(drafts[l.id].restock || 0);
      const defective = Number(drafts[l.id].defective || 0);
      if (!Number.isInteger(restock) || !Number.isInteger(defective) || restock < 0 || defective < 0) local[l.id] = t('validation.wholeNumberMin', { min: 0 });
      else if (restock + defective > l.uninspectedQuantity) local[l.id] = t('as.return.tooMany', { count: l.uninspectedQuantity });
      return { lineId: l.id, restockQuantity: restock, defectiveQuantity: defective, note: drafts[l.id].note.trim() || null };
    }).filter((l) => l.restockQuantity + l.defectiveQuantity > 0);
    if (input.length === 0 && Object.keys(local).length === 0) local[open[0]?.id ?? ''] = t('as.return.nothingInspected');
    setLineErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const outcome = await runPayload(async () => (await inspect({ variables: { input: { id: returnId, lines: input, note: note.trim() || null } } })).data?.inspectReturn);
    if (outcome.ok) return onDone();
    const perLine: Record<string, string> = {};
    const rest = outcome.errors.filter((e) => {
      const match = /^(?:input\.)?lines\.(\d+)\./.exec(e.field ?? '');
      if (match && input[Number(match[1])]) perLine[input[Number(match[1])].lineId] = errorText(e);
      return !match;
    });
    setLineErrors(perLine);
    setGeneral(splitFieldErrors(rest, [], errorText).general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="return-inspect-dialog">
        <DialogTitle>{t('as.return.inspectTitle', { code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="return-inspect-error">{m}</Alert>)}
            <Typography variant="body2" color="text.secondary">{t('as.return.inspectHelp')}</Typography>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('inventory.skuCode')}</TableCell>
                  <TableCell align="right">{t('as.return.toInspect')}</TableCell>
                  <TableCell align="right">{t('as.enum.inspection.RESTOCK')}</TableCell>
                  <TableCell align="right">{t('as.enum.inspection.DEFECTIVE')}</TableCell>
                  <TableCell>{t('as.return.inspectNote')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {open.map((l) => (
                  <TableRow key={l.id} data-testid={`inspect-line-${l.skuCode}`}>
                    <TableCell>{l.skuCode}<Typography variant="caption" component="div" color="text.secondary">{l.title}</Typography></TableCell>
                    <TableCell align="right">{l.uninspectedQuantity}</TableCell>
                    <TableCell align="right">
                      <TextField size="small" type="number" value={drafts[l.id].restock} onChange={(e) => set(l.id, { restock: e.target.value })} sx={{ width: 90 }}
                        error={Boolean(lineErrors[l.id])} slotProps={{ htmlInput: { min: 0, 'data-testid': `inspect-restock-${l.skuCode}` } }} />
                    </TableCell>
                    <TableCell align="right">
                      <TextField size="small" type="number" value={drafts[l.id].defective} onChange={(e) => set(l.id, { defective: e.target.value })} sx={{ width: 90 }}
                        error={Boolean(lineErrors[l.id])} helperText={lineErrors[l.id]} slotProps={{ htmlInput: { min: 0, 'data-testid': `inspect-defective-${l.skuCode}` } }} />
                    </TableCell>
                    <TableCell>
                      <TextField size="small" value={drafts[l.id].note} onChange={(e) => set(l.id, { note: e.target.value })}
                        slotProps={{ htmlInput: { 'data-testid': `inspect-note-${l.skuCode}` } }} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="return-inspect-confirm">{t('as.return.inspect')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
