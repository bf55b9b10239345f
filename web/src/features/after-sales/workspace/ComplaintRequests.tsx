import { useQuery } from '@apollo/client/react';
import { Alert, Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/ui/format';
import { OpenComplaintRequestsQuery } from './operations';

/** Complaint requests customer service raised (e.g. from an unsatisfied callback), waiting to be registered here. */
export function ComplaintRequests() {
  const { t, i18n } = useTranslation();
  const { data, error } = useQuery(OpenComplaintRequestsQuery, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const rows = data?.complaintRequests.nodes ?? [];
  if (data && rows.length === 0) return <Typography color="text.secondary">{t('as.workspace.noRequests')}</Typography>;
  return (
    <Table size="small" data-testid="complaint-requests">
      <TableHead>
        <TableRow>
          <TableCell>{t('as.complaint.customer')}</TableCell>
          <TableCell>{t('as.complaint.content')}</TableCell>
          <TableCell>{t('as.workspace.raisedBy')}</TableCell>
          <TableCell>{t('as.return.createdAt')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.id} data-testid={`complaint-request-${r.id}`}>
            <TableCell>{r.customer.name}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.summary}</TableCell>
            <TableCell>{r.raisedBy?.name ?? r.raisedByLabel}</TableCell>
            <TableCell>{formatDateTime(r.createdAt, i18n.language)}</TableCell>
            <TableCell>
              <Button size="small" variant="outlined" component={RouterLink} data-testid={`complaint-request-register-${r.id}`}
                to={`/after-sales/complaints/new?${new URLSearchParams({ request: r.id, customer: r.customer.id, name: r.customer.name, summary: r.summary })}`}>
                {t('as.workspace.register')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
