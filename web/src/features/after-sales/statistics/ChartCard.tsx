import type { ReactNode } from 'react';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A titled card around one chart; says so when the period has no data. */
export function ChartCard({ title, empty, children, testId, total }: { title: string; empty: boolean; children: ReactNode; testId: string; total?: number }) {
  const { t } = useTranslation();
  return (
    <Card sx={{ height: '100%' }} data-testid={testId} data-total={total ?? ''}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>{title}</Typography>
        {empty ? <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>{t('as.stats.noData')}</Typography> : children}
      </CardContent>
    </Card>
  );
}
