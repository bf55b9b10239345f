import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Box, Button, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/ui/format';
import { SupplierEvaluationsQuery } from './operations';
import { EvaluationDialog } from './EvaluationDialog';
import { SCORE_KEYS } from './ScorecardPanel';

/** The buyers' evaluations of one supplier, newest period first. */
export function EvaluationsCard({ supplierId, writable, onNotice }: { supplierId: string; writable: boolean; onNotice: (m: string) => void }) {
  const { t, i18n } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data } = useQuery(SupplierEvaluationsQuery, { variables: { first: 50, where: { supplierId } } });
  const rows = data?.supplierEvaluations.nodes ?? [];
  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.suppliers.evaluations')}</Typography>
          {writable && <Button size="small" startIcon={<AddIcon />} onClick={() => setAdding(true)} data-testid="evaluation-add">{t('proc.suppliers.addEvaluation')}</Button>}
        </Stack>
        {rows.length === 0 ? <Typography color="text.secondary">{t('proc.suppliers.noEvaluations')}</Typography> : (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="supplier-evaluations">
              <TableHead>
                <TableRow>
                  <TableCell>{t('proc.common.period')}</TableCell>
                  <TableCell>{t('proc.suppliers.method')}</TableCell>
                  {SCORE_KEYS.map((k) => <TableCell key={k} align="right">{t(`proc.score.key.${k}`)}</TableCell>)}
                  <TableCell>{t('proc.suppliers.evaluator')}</TableCell>
                  <TableCell>{t('common.note')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{e.period}</TableCell>
                    <TableCell>{t(`proc.enum.method.${e.method}`)}</TableCell>
                    {SCORE_KEYS.map((k) => <TableCell key={k} align="right">{e[k]}</TableCell>)}
                    <TableCell>{e.evaluator?.name}<Typography variant="caption" component="div" color="text.secondary">{formatDateTime(e.createdAt, i18n.language)}</Typography></TableCell>
                    <TableCell>{e.notes}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      {adding && <EvaluationDialog supplierId={supplierId} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); onNotice(t('proc.suppliers.evaluationSaved')); }} />}
    </Card>
  );
}
