import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ContactChannel, ReturnReasonCode } from '../../../../gql/graphql';
import { formatDateTime } from '../../../../lib/ui/format';
import { shopLocalToIso } from '../../../customer-service/shanghaiTime';
import { RecordImplementationMutation } from '../operations';
import { ReturnRequestsQuery } from '../../returns/operations';
import { CONTACT_CHANNELS, RETURN_REASONS, RETURN_SOLUTIONS } from '../labels';
import { Fact } from '../StepCard';
import { useStepForm } from '../useStepForm';
import { StepErrors } from './StepErrors';
import { AcceptanceForm } from './AcceptanceForm';
import type { StepProps } from './types';

const FIELDS = ['note', 'disciplinaryNote', 'notifiedChannel', 'notifiedAt', 'returnRequestId', 'openReturn', 'openReturn.reasonCode', 'openReturn.lines'];

/**
 * Step 6: carry out the approved solution (a refund, return or exchange through a return request opened here),
 * discipline the staff for a service failure, notify the customer — then record the customer's acceptance.
 */
export function ImplementationStep({ complaint, writable, notify, current }: StepProps & { current: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const approved = complaint.proposals.find((p) => p.status === 'APPROVED');
  const needsReturn = Boolean(approved && RETURN_SOLUTIONS.includes(approved.solution));
  const [note, setNote] = useState('');
  const [disciplinary, setDisciplinary] = useState('');
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [notifiedAt, setNotifiedAt] = useState('');
  const [returnMode, setReturnMode] = useState<'open' | 'link'>('open');
  const [returnCode, setReturnCode] = useState('');
  const [reason, setReason] = useState<ReturnReasonCode>('QUALITY_DEFECT');
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const form = useStepForm(FIELDS);
  const [implement] = useMutation(RecordImplementationMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints'] });
  const orderReturns = useQuery(ReturnRequestsQuery, {
    variables: { first: 20, where: { orderId: complaint.order?.id ?? null } },
    skip: !needsReturn || !complaint.order || complaint.state !== 'APPROVED',
  }).data?.returnRequests.nodes.filter((r) => r.status !== 'REJECTED' && r.status !== 'CANCELLED' && (!r.complaintCode || r.complaintCode === complaint.code)) ?? [];
  const implemented = complaint.state === 'IMPLEMENTED' || complaint.state === 'ACCEPTED' || complaint.state === 'CLOSED';

  const record = (
    <>
      <Fact label={t('as.implementation.note')} value={complaint.implementationNote} testId="implementation-note" />
      {complaint.returnRequest && (
        <Fact label={t('as.implementation.returnRequest')} value={
          <RouterLink to={`/after-sales/returns/${complaint.returnRequest.id}`}>{complaint.returnRequest.code} · {t(`as.enum.returnStatus.${complaint.returnRequest.status}`)}</RouterLink>
        } />
      )}
      <Fact label={t('as.implementation.disciplinary')} value={complaint.disciplinaryNote} />
      <Fact label={t('as.implementation.notifiedChannel')} value={complaint.notifiedChannel ? `${t(`cs.enum.contactChannel.${complaint.notifiedChannel}`)} · ${formatDateTime(complaint.notifiedAt, lang)}` : null} />
      <Fact label={t('as.implementation.acceptedBy')} value={complaint.acceptanceConfirmedBy
        ? `${complaint.acceptanceConfirmedBy} · ${t(`as.enum.acceptanceMethod.${complaint.acceptanceMethod}`)} · ${formatDateTime(complaint.acceptedAt, lang)}` : null} testId="acceptance-record" />
      <Fact label={t('as.implementation.feedback')} value={complaint.customerFeedback} />
    </>
  );

  if (!current) return record;
  if (implemented) {
    return (
      <Stack spacing={2}>
        <div>{record}</div>
        {writable && complaint.state === 'IMPLEMENTED' && <AcceptanceForm complaint={complaint} notify={notify} />}
      </Stack>
    );
  }
  if (!writable) return null;
  const lines = (complaint.order?.lines ?? []).filter((l) => !l.isGift);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!note.trim()) local.note = t('validation.required');
    if (complaint.cause === 'SERVICE' && !disciplinary.trim()) local.disciplinaryNote = t('validation.required');
    const at = notifiedAt ? shopLocalToIso(notifiedAt) : null;
    const returnLines = lines.map((l) => ({ orderLineId: l.id, quantity: Number(quantities[l.id] || 0) })).filter((l) => l.quantity > 0);
    if (needsReturn && returnMode === 'open' && returnLines.length === 0) local.openReturn = t('as.return.linesRequired');
    if (needsReturn && returnMode === 'link' && !returnCode.trim()) local.returnRequestId = t('validation.required');
    const ok = await form.submit(async () => (await implement({ variables: { input: {
      id: complaint.id, note: note.trim(), disciplinaryNote: disciplinary.trim() || null, notifiedChannel: channel, notifiedAt: at,
      returnRequestId: needsReturn && returnMode === 'link' ? returnCode.trim() : null,
      openReturn: needsReturn && returnMode === 'open' ? { reasonCode: reason, lines: returnLines } : null,
    } } })).data?.recordComplaintImplementation, local);
    if (ok) notify(t('as.implementation.done'));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="implementation-form">
      <StepErrors messages={form.general} testId="implementation-error" />
      <Stack spacing={2}>
        <TextField size="small" required multiline minRows={2} label={t('as.implementation.note')} value={note} onChange={(e) => setNote(e.target.value)}
          {...form.fieldProps('note')} slotProps={{ htmlInput: { 'data-testid': 'implementation-note' } }} />
        {needsReturn && (
          <Stack spacing={1} data-testid="implementation-return">
            <Typography variant="subtitle2">{t('as.implementation.returnRequest')}</Typography>
            <RadioGroup row value={returnMode} onChange={(e) => setReturnMode(e.target.value as 'open' | 'link')}>
              <FormControlLabel value="open" control={<Radio />} label={t('as.implementation.openReturn')} />
              <FormControlLabel value="link" control={<Radio />} label={t('as.implementation.linkReturn')} />
            </RadioGroup>
            {returnMode === 'open' ? (
              <>
                <TextField select size="small" label={t('as.return.reason')} value={reason} onChange={(e) => setReason(e.target.value as ReturnReasonCode)}
                  {...form.fieldProps('openReturn.reasonCode')}>
                  {RETURN_REASONS.map((r) => <MenuItem key={r} value={r}>{t(`as.enum.returnReason.${r}`)}</MenuItem>)}
                </TextField>
                <Table size="small">
                  <TableHead><TableRow><TableCell>{t('inventory.skuCode')}</TableCell><TableCell align="right">{t('as.return.ordered')}</TableCell><TableCell align="right">{t('as.return.units')}</TableCell></TableRow></TableHead>
                  <TableBody>
                    {lines.map((l) => (
                      <TableRow key={l.id}>
                        <TableCell>{l.skuCode}<Typography variant="caption" component="div" color="text.secondary">{l.title}</Typography></TableCell>
                        <TableCell align="right">{l.quantity}</TableCell>
                        <TableCell align="right">
                          <TextField size="small" type="number" sx={{ width: 90 }} value={quantities[l.id] ?? ''}
                            onChange={(e) => setQuantities((q) => ({ ...q, [l.id]: e.target.value }))}
                            slotProps={{ htmlInput: { min: 0, max: l.quantity, 'data-testid': `implementation-return-qty-${l.skuCode}` } }} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {(form.errors.openReturn || form.errors['openReturn.lines']) && (
                  <Typography variant="caption" color="error">{form.errors.openReturn ?? form.errors['openReturn.lines']}</Typography>
                )}
              </>
            ) : (
              <TextField select size="small" label={t('as.implementation.returnRequest')} value={returnCode} onChange={(e) => setReturnCode(e.target.value)}
                {...form.fieldProps('returnRequestId')} helperText={form.errors.returnRequestId ?? (orderReturns.length ? undefined : t('as.implementation.noReturns'))}>
                {orderReturns.map((r) => <MenuItem key={r.id} value={r.id}>{r.code} · {t(`as.enum.returnType.${r.type}`)} · {t(`as.enum.returnStatus.${r.status}`)}</MenuItem>)}
              </TextField>
            )}
          </Stack>
        )}
        {complaint.cause === 'SERVICE' && (
          <TextField size="small" required multiline label={t('as.implementation.disciplinary')} value={disciplinary} onChange={(e) => setDisciplinary(e.target.value)}
            {...form.fieldProps('disciplinaryNote')} helperText={form.errors.disciplinaryNote ?? t('as.implementation.disciplinaryHint')}
            slotProps={{ htmlInput: { 'data-testid': 'implementation-disciplinary' } }} />
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField select size="small" label={t('as.implementation.notifiedChannel')} value={channel} onChange={(e) => setChannel(e.target.value as ContactChannel)}
            sx={{ minWidth: 160 }} {...form.fieldProps('notifiedChannel')}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'implementation-channel' } as object } }}>
            {CONTACT_CHANNELS.map((c) => <MenuItem key={c} value={c}>{t(`cs.enum.contactChannel.${c}`)}</MenuItem>)}
          </TextField>
          <TextField size="small" type="datetime-local" label={t('as.implementation.notifiedAt')} value={notifiedAt} onChange={(e) => setNotifiedAt(e.target.value)}
            {...form.fieldProps('notifiedAt')} helperText={form.errors.notifiedAt ?? t('as.complaint.receivedAtHint')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'implementation-notified-at' } }} />
        </Stack>
        <Stack direction="row">
          <Button type="submit" variant="contained" disabled={form.busy} data-testid="implementation-submit">{t('as.implementation.submit')}</Button>
        </Stack>
      </Stack>
    </form>
  );
}
