import { useQuery } from '@apollo/client/react';
import { Alert, Card, CardContent, Chip, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { supplierLabel } from '../shared/SupplierPicker';
import { EXPIRY_WINDOW_DAYS } from '../shared/ExpiryChip';
import { ContractExpiryAlertsQuery } from '../contracts/operations';

/** Contracts in force that end within 30 days, soonest first, highlighted on the procurement workspace. */
export function ContractExpiryCard() {
  const { t } = useTranslation();
  const { data, error } = useQuery(ContractExpiryAlertsQuery, { variables: { days: EXPIRY_WINDOW_DAYS }, fetchPolicy: 'cache-and-network' });
  const alerts = data?.contractExpiryAlerts ?? [];
  return (
    <Card sx={{ borderLeft: alerts.length ? 4 : 0, borderColor: 'warning.main' }} data-testid="contract-expiry-card">
      <CardContent>
        <Typography variant="h6" gutterBottom sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <EventBusyIcon color={alerts.length ? 'warning' : 'disabled'} />{t('proc.contract.expiryAlerts')}
        </Typography>
        {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
        {!error && alerts.length === 0 && <Typography color="text.secondary">{t('proc.contract.expiryNone')}</Typography>}
        {alerts.length > 0 && (
          <List dense disablePadding data-testid="contract-expiry-alerts">
            {alerts.map(({ contract, daysLeft }) => (
              <ListItem key={contract.id} disableGutters data-testid={`contract-expiry-${contract.code}`} data-days-left={daysLeft}
                secondaryAction={<Chip size="small" color="warning" label={daysLeft === 0 ? t('proc.contract.endsToday') : t('proc.contract.daysLeft', { count: daysLeft })} />}>
                <ListItemText
                  primary={<Link component={RouterLink} to={`/procurement/contracts/${contract.id}`}>{contract.code} {contract.title}</Link>}
                  secondary={t('proc.contract.expiryBody', { code: contract.code, title: contract.title, supplier: supplierLabel(contract.supplier) || '—', day: contract.endDate })} />
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
    </Card>
  );
}
