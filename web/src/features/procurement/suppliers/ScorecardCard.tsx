import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { currentPeriod } from '../shared/days';
import { ScoreSuppliersMutation, SupplierScoreHistoryQuery, SupplierScorecardQuery } from './operations';
import { ScorecardPanel } from './ScorecardPanel';
import { ScoreHistoryChart } from './ScoreHistoryChart';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/;

/** The live scorecard for a chosen period, the stored history as a chart, and storing this period's score. */
export function ScorecardCard({ supplierId, onNotice }: { supplierId: string; onNotice: (message: string, severity?: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { can } = useViewer();
  const history = useQuery(SupplierScoreHistoryQuery, { variables: { supplierId }, fetchPolicy: 'cache-and-network' });
  const points = history.data?.supplierScoreHistory ?? [];
  // Until a period is typed, the card opens on the latest stored period (else this month).
  const [typed, setPeriod] = useState<string | null>(null);
  const period = typed ?? points.at(-1)?.period ?? currentPeriod();
  const valid = PERIOD.test(period);
  const { data, previousData, error } = useQuery(SupplierScorecardQuery, { variables: { supplierId, period }, skip: !valid || (!history.data && history.loading), fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const [score, { loading }] = useMutation(ScoreSuppliersMutation, { refetchQueries: ['SupplierScorecard', 'SupplierScoreHistory', 'Suppliers'] });

  const snapshot = async () => {
    const outcome = await runPayload(async () => (await score({ variables: { input: { period, supplierIds: [supplierId] } } })).data?.scoreSuppliersForPeriod);
    if (outcome.ok) onNotice(t('proc.score.snapshotDone', { period }));
    else onNotice(outcome.errors.map(errorText).join('; '), 'error');
  };

  return (
    <Card data-testid="supplier-scorecard">
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.suppliers.scorecard')}</Typography>
          <TextField size="small" label={t('proc.common.period')} value={period} onChange={(e) => setPeriod(e.target.value.trim())} error={!valid}
            helperText={valid ? undefined : t('proc.score.periodHelp')} slotProps={{ htmlInput: { 'data-testid': 'scorecard-period' } }} />
          {can('supplier:write') && <Button variant="outlined" disabled={!valid || loading} onClick={() => void snapshot()} data-testid="scorecard-snapshot">{t('proc.score.snapshot')}</Button>}
        </Stack>
        {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
        {shown?.supplierScorecard && <ScorecardPanel card={shown.supplierScorecard} />}
        <Typography variant="subtitle1" sx={{ mt: 3 }}>{t('proc.score.history')}</Typography>
        <ScoreHistoryChart points={points} />
      </CardContent>
    </Card>
  );
}
