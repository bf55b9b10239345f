import { useQuery } from '@apollo/client/react';
import { Alert, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localName, formatDateTime } from '../../../lib/ui/format';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { OverdueComplaintsQuery } from './operations';

/** The supervisor's escalation list: open complaints past the 24 h deadline, longest overdue first. */
export function EscalationList({ first = 10 }: { first?: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error } = useQuery(OverdueComplaintsQuery, { variables: { first }, fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const rows = data?.overdueComplaints.nodes ?? [];
  if (data && rows.length === 0) return <Typography color="text.secondary" data-testid="escalations-empty">{t('as.workspace.noEscalations')}</Typography>;
  return (
    <>
      <Table size="small" data-testid="escalation-list">
        <TableHead>
          <TableRow>
            <TableCell>{t('as.complaint.code')}</TableCell>
            <TableCell>{t('as.complaint.customer')}</TableCell>
            <TableCell>{t('as.complaint.state')}</TableCell>
            <TableCell>{t('as.judgment.department')}</TableCell>
            <TableCell>{t('as.complaint.handler')}</TableCell>
            <TableCell>{t('as.complaint.dueAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((c) => (
            <TableRow key={c.id} data-testid={`escalation-${c.code}`}>
              <TableCell><Link component={RouterLink} to={`/after-sales/complaints/${c.id}`}>{c.code}</Link></TableCell>
              <TableCell>{c.customer.name}</TableCell>
              <TableCell><Chip size="small" label={t(`as.enum.complaintState.${c.state}`)} /></TableCell>
              <TableCell>{localName(c.responsibleDepartment, lang) || '—'}</TableCell>
              <TableCell>{c.handler?.name ?? '—'}</TableCell>
              <TableCell>{formatDateTime(c.dueAt, lang)}</TableCell>
              <TableCell><DeadlineBadge dueAt={c.dueAt} testId={`escalation-deadline-${c.code}`} /></TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {data && data.overdueComplaints.totalCount > rows.length && (
        <Typography variant="caption" color="text.secondary">{t('as.workspace.more', { count: data.overdueComplaints.totalCount - rows.length })}</Typography>
      )}
    </>
  );
}
