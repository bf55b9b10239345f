import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormHelperText, Paper, Stack, Table,
  TableBody, TableCell, TableRow, TextField, Typography, Chip,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CHECKLIST_ITEMS, type ChecklistItem } from '../../../lib/orders/labels';
import { PackOrderMutation } from './operations';

export interface PackOrder {
  id: string;
  code: string;
  buyerNote?: string | null;
  lines: readonly { id: string; skuCode: string; title: string; quantity: number; isGift: boolean }[];
  packChecklist: Record<ChecklistItem, boolean>;
}

/** Picking → packed: the packer works through the lines and the checklist; every item must be ticked. */
export function PackDialog({ order, onClose, onDone }: { order: PackOrder; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [checks, setChecks] = useState<Record<ChecklistItem, boolean>>(
    () => Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, Boolean(order.packChecklist[item])])) as Record<ChecklistItem, boolean>,
  );
  const [note, setNote] = useState('');
  const [checklistError, setChecklistError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [pack, { loading }] = useMutation(PackOrderMutation, { refetchQueries: ['FulfilmentQueue', 'Order'] });
  const gifts = order.lines.filter((l) => l.isGift);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setGeneral([]);
    if (!CHECKLIST_ITEMS.every((item) => checks[item])) {
      setChecklistError(t('fulfilment.checklistAll'));
      return;
    }
    setChecklistError(undefined);
    const outcome = await runPayload(async () => (await pack({ variables: { input: { id: order.id, checklist: checks, note: note.trim() || null } } })).data?.packOrder);
    if (outcome.ok) {
      onDone();
      return;
    }
    const split = splitFieldErrors(outcome.errors.map((e) => (e.field?.includes('checklist') ? { ...e, field: 'checklist' } : e)), ['checklist'], errorText);
    setChecklistError(split.byField.checklist);
    setGeneral(split.general);
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="pack-form">
        <DialogTitle>{t('fulfilment.packTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error" data-testid="pack-error">{m}</Alert>)}
            <Table size="small">
              <TableBody>
                {order.lines.map((line) => (
                  <TableRow key={line.id}>
                    <TableCell>
                      {line.title} {line.isGift && <Chip size="small" color="secondary" label={t('orders.gift')} />}
                      <Typography variant="caption" component="div" color="text.secondary">{line.skuCode}</Typography>
                    </TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600 }}>×{line.quantity}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {order.buyerNote && <Alert severity="info">{t('orders.buyerNote')}: {order.buyerNote}</Alert>}
            <Typography variant="body2">
              {gifts.length ? t('fulfilment.giftsToInclude', { items: gifts.map((g) => `${g.title} ×${g.quantity}`).join('、') }) : t('fulfilment.noGifts')}
            </Typography>
            <Paper variant="outlined" sx={{ p: 1.5 }}>
              <Typography variant="caption" color="text.secondary">{t('fulfilment.packHelp')}</Typography>
              <FormGroup>
                {CHECKLIST_ITEMS.map((item) => (
                  <FormControlLabel key={item} label={t(`fulfilment.checklist.${item}`)}
                    control={<Checkbox checked={checks[item]} onChange={(e) => setChecks((c) => ({ ...c, [item]: e.target.checked }))}
                      slotProps={{ input: { 'data-testid': `pack-check-${item}` } as object }} />} />
                ))}
              </FormGroup>
              {checklistError && <FormHelperText error data-testid="pack-checklist-error">{checklistError}</FormHelperText>}
            </Paper>
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline
              slotProps={{ htmlInput: { 'data-testid': 'pack-note' } }} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="pack-submit">{t('fulfilment.packSubmit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
