import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { ProvincesQuery } from '../../../lib/orders/operations';
import { SetShipFirstRegionsMutation, ShipFirstRegionsQuery } from './operations';

/** The high-traffic provinces whose orders come first in the fulfilment queue. */
export function ShipFirstPanel({ notify }: { notify: (message: string, severity?: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data } = useQuery(ShipFirstRegionsQuery);
  const { data: provinces } = useQuery(ProvincesQuery, { fetchPolicy: 'cache-first' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const [general, setGeneral] = useState<string[]>([]);
  const [save, { loading }] = useMutation(SetShipFirstRegionsMutation, { refetchQueries: ['ShipFirstRegions', 'FulfilmentQueue'] });
  const current = data?.shipFirstRegions;
  useEffect(() => {
    if (current) {
      setChosen(new Set(current.map((r) => r.province)));
      setNote(current[0]?.note ?? '');
    }
  }, [current]);

  const toggle = (p: string) => setChosen((s) => {
    const next = new Set(s);
    if (next.has(p)) next.delete(p);
    else next.add(p);
    return next;
  });
  const submit = async () => {
    setGeneral([]);
    const outcome = await runPayload(async () => (await save({ variables: { input: { provinces: [...chosen], note: note.trim() || null } } })).data?.setShipFirstRegions);
    if (outcome.ok) notify(t('couriers.regionsSaved'));
    else setGeneral(outcome.errors.map(errorText));
  };

  return (
    <Paper sx={{ p: 2 }} data-testid="ship-first-panel">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{t('couriers.regionsHelp')}</Typography>
      {general.map((m) => <Alert key={m} severity="error" sx={{ mb: 1 }}>{m}</Alert>)}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        {(provinces?.provinces ?? []).map((p) => (
          <Chip key={p} label={p} clickable color={chosen.has(p) ? 'warning' : 'default'} variant={chosen.has(p) ? 'filled' : 'outlined'}
            onClick={() => toggle(p)} data-testid={`region-${p}`} data-selected={chosen.has(p)} />
        ))}
      </Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <Typography variant="body2">{t('couriers.regionsCount', { count: chosen.size })}</Typography>
        <TextField size="small" label={t('couriers.regionsNote')} value={note} onChange={(e) => setNote(e.target.value)} sx={{ flexGrow: 1 }}
          slotProps={{ htmlInput: { 'data-testid': 'regions-note' } }} />
        <Button variant="contained" onClick={() => void submit()} disabled={loading} data-testid="regions-save">{t('common.save')}</Button>
      </Stack>
    </Paper>
  );
}
