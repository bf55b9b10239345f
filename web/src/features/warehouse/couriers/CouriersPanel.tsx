import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CouriersQuery, RemoveCourierRateMutation, SetCourierRateMutation } from './operations';
import { CourierDialog } from './CourierDialog';
import { RateForm } from './RateForm';
import { RateTable, type RateRow } from './RateTable';

type Courier = ResultOf<typeof CouriersQuery>['couriers'][number];

/** Couriers with their negotiated rate cards. */
export function CouriersPanel({ notify }: { notify: (message: string, severity?: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data, error } = useQuery(CouriersQuery);
  const [editing, setEditing] = useState<Courier | 'new' | null>(null);
  const [rateCardId, setRateCardId] = useState<string | null>(null);
  const [editRow, setEditRow] = useState<RateRow | null>(null);
  const [setRate] = useMutation(SetCourierRateMutation, { refetchQueries: ['Couriers'] });
  const [removeRate] = useMutation(RemoveCourierRateMutation, { refetchQueries: ['Couriers'] });
  const couriers = data?.couriers ?? [];
  const rateCard = couriers.find((c) => c.id === rateCardId);

  const remove = async (id: string) => {
    const outcome = await runPayload(async () => (await removeRate({ variables: { input: { id } } })).data?.removeCourierRate);
    notify(outcome.ok ? t('couriers.rowRemoved') : outcome.errors.map(errorText).join('；'), outcome.ok ? 'success' : 'error');
  };

  return (
    <Paper sx={{ p: 2 }}>
      <Stack direction="row" sx={{ mb: 1, justifyContent: 'flex-end' }}>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="courier-create">{t('couriers.create')}</Button>
      </Stack>
      {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
      <Table size="small" data-testid="couriers-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('couriers.code')}</TableCell>
            <TableCell>{t('couriers.name')}</TableCell>
            <TableCell>{t('couriers.contactPhone')}</TableCell>
            <TableCell>{t('couriers.notes')}</TableCell>
            <TableCell>{t('couriers.rates')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {couriers.map((c) => (
            <TableRow key={c.id} data-testid={`courier-row-${c.code}`}>
              <TableCell>{c.code}</TableCell>
              <TableCell>{c.name} {!c.active && <Chip size="small" label={t('common.inactive')} />}</TableCell>
              <TableCell>{c.contactPhone ?? '—'}</TableCell>
              <TableCell sx={{ maxWidth: 280 }}><Typography variant="body2" noWrap title={c.notes ?? ''}>{c.notes ?? '—'}</Typography></TableCell>
              <TableCell>{t('couriers.rateCount', { count: c.rates.length })}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <Button size="small" onClick={() => { setRateCardId(c.id); setEditRow(null); }} data-testid="courier-rates">{t('couriers.rateCard')}</Button>
                <Button size="small" onClick={() => setEditing(c)} data-testid="courier-edit">{t('common.edit')}</Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && (
        <CourierDialog courier={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onDone={() => { setEditing(null); notify(t('couriers.saved')); }} />
      )}
      {rateCard && (
        <Dialog open onClose={() => setRateCardId(null)} fullWidth maxWidth="lg">
          <DialogTitle>{t('couriers.rateCardTitle', { name: rateCard.name })}</DialogTitle>
          <DialogContent data-testid="rate-card">
            <RateTable rows={rateCard.rates} onRemove={(id) => void remove(id)} onEdit={setEditRow} testId="rate-table" />
            <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>{t('couriers.setRow')}</Typography>
            <RateForm key={editRow?.id ?? 'new'} initial={editRow} testId="rate-form" onSubmit={async (input) => {
              const outcome = await runPayload(async () => (await setRate({ variables: { input: { courierId: rateCard.id, method: input.method, province: input.province,
                firstWeightGrams: input.firstWeightGrams, firstFeeFen: input.firstFeeFen, additionalUnitGrams: input.additionalUnitGrams, additionalFeeFen: input.additionalFeeFen } } })).data?.setCourierRate);
              if (outcome.ok) notify(t('couriers.rowSaved'));
              return outcome.errors;
            }} />
          </DialogContent>
          <DialogActions><Button onClick={() => setRateCardId(null)}>{t('common.close')}</Button></DialogActions>
        </Dialog>
      )}
    </Paper>
  );
}
