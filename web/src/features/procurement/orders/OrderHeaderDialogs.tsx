import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { ConfirmPurchaseOrderMutation, UpdatePurchaseOrderMutation } from './operations';
import { ContractSelect } from './ContractSelect';

/** A draft order's expected date, contract and note. */
export function EditOrderDialog({ order, onClose, onSaved }: {
  order: { id: string; expectedDeliveryDate?: string | null; note?: string | null; contract?: { id: string } | null; supplier: { id: string } };
  onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [expected, setExpected] = useState(order.expectedDeliveryDate ?? '');
  const [contractId, setContractId] = useState(order.contract?.id ?? '');
  const [note, setNote] = useState(order.note ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdatePurchaseOrderMutation, { refetchQueries: ['PurchaseOrder', 'PurchaseOrders'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await runPayload(async () => (await update({ variables: { input: { id: order.id, expectedDeliveryDate: expected || null, contractId: contractId || null, note: note.trim() || null } } })).data?.updatePurchaseOrder);
    if (outcome.ok) { onSaved(); return; }
    const split = splitFieldErrors(outcome.errors, ['expectedDeliveryDate', 'contractId', 'note'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="po-edit-form">
        <DialogTitle>{t('proc.po.edit')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField size="small" type="date" label={t('proc.po.expected')} value={expected} onChange={(e) => setExpected(e.target.value)}
              error={Boolean(errors.expectedDeliveryDate)} helperText={errors.expectedDeliveryDate} slotProps={{ inputLabel: { shrink: true } }} />
            <ContractSelect supplierId={order.supplier.id} value={contractId} onChange={setContractId} error={Boolean(errors.contractId)} helperText={errors.contractId} />
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline error={Boolean(errors.note)} helperText={errors.note} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="po-edit-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** The supplier's confirmation of a sent order with the delivery date it promises (purchasing records it on its behalf). */
export function ConfirmOrderDialog({ order, onClose, onSaved }: { order: { id: string; code: string; promisedDeliveryDate?: string | null }; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [day, setDay] = useState(order.promisedDeliveryDate ?? '');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [confirm, { loading }] = useMutation(ConfirmPurchaseOrderMutation, { refetchQueries: ['PurchaseOrders'] });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!day) { setErrors({ promisedDeliveryDate: t('validation.required') }); return; }
    const outcome = await runPayload(async () => (await confirm({ variables: { input: { id: order.id, promisedDeliveryDate: day, note: note.trim() || null } } })).data?.confirmPurchaseOrder);
    if (outcome.ok) { onSaved(); return; }
    const split = splitFieldErrors(outcome.errors, ['promisedDeliveryDate', 'note'], errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="po-confirm-form">
        <DialogTitle>{t('proc.po.confirmTitle', { code: order.code })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <TextField size="small" type="date" label={t('proc.po.promised')} value={day} onChange={(e) => setDay(e.target.value)} required
              error={Boolean(errors.promisedDeliveryDate)} helperText={errors.promisedDeliveryDate} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'po-promised' } }} />
            <TextField size="small" label={t('common.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="po-confirm-submit">{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
