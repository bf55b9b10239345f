import { useQuery } from '@apollo/client/react';
import { Card, CardActionArea, CardContent, Grid, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProcurementPendingQuery } from './operations';

type Tile = { key: 'draftPlans' | 'toApprove' | 'toSend' | 'awaiting' | 'overdue' | 'openRfqs'; to: string; alert?: boolean };
const TILES: Tile[] = [
  { key: 'draftPlans', to: '/procurement/plans?status=DRAFT' },
  { key: 'toApprove', to: '/procurement/orders?status=DRAFT' },
  { key: 'toSend', to: '/procurement/orders?status=APPROVED' },
  { key: 'awaiting', to: '/procurement/orders?status=SENT' },
  { key: 'overdue', to: '/procurement/orders?overdue=1', alert: true },
  { key: 'openRfqs', to: '/procurement/rfqs?status=SENT' },
];

/** What is waiting: draft plans, orders to approve, send and receive, overdue orders, quotes being collected. */
export function PendingCard() {
  const { t } = useTranslation();
  const { data } = useQuery(ProcurementPendingQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <Card data-testid="procurement-pending">
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('proc.workspace.pending')}</Typography>
        <Grid container spacing={1}>
          {TILES.map((tile) => {
            const count = data?.[tile.key].totalCount;
            return (
              <Grid key={tile.key} size={{ xs: 6, sm: 4, md: 2 }}>
                <Card variant="outlined">
                  <CardActionArea component={RouterLink} to={tile.to} data-testid={`pending-${tile.key}`} data-count={count ?? ''}>
                    <CardContent sx={{ py: 1.5 }}>
                      <Typography variant="h5" color={tile.alert && count ? 'error' : undefined}>{count ?? '—'}</Typography>
                      <Typography variant="body2" color="text.secondary">{t(`proc.workspace.${tile.key}`)}</Typography>
                    </CardContent>
                  </CardActionArea>
                </Card>
              </Grid>
            );
          })}
        </Grid>
      </CardContent>
    </Card>
  );
}
