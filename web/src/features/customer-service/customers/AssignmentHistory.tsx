import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime } from '../../../lib/ui/format';
import type { CustomerQuery } from './operations';

type Assignment = NonNullable<ResultOf<typeof CustomerQuery>['customer']>['assignments'][number];

/** Every assignment of the customer, newest first, with its first-contact deadline and whether it was met. */
export function AssignmentHistory({ assignments }: { assignments: readonly Assignment[] }) {
  const { t, i18n } = useTranslation();
  if (assignments.length === 0) return <Typography color="text.secondary">{t('cs.assignment.never')}</Typography>;
  return (
    <Table size="small" data-testid="assignment-history">
      <TableHead>
        <TableRow>
          <TableCell>{t('cs.assignment.specialist')}</TableCell>
          <TableCell>{t('cs.assignment.period')}</TableCell>
          <TableCell>{t('cs.assignment.firstContact')}</TableCell>
          <TableCell>{t('cs.assignment.by')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {[...assignments].reverse().map((a) => (
          <TableRow key={a.id}>
            <TableCell>{a.specialist.name}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>
              {formatDateTime(a.assignedAt, i18n.language)} → {a.endedAt ? formatDateTime(a.endedAt, i18n.language) : t('cs.assignment.current')}
              {a.endReason && <Typography variant="caption" sx={{ display: "block" }}>{t(`cs.assignment.endReason.${a.endReason}`, { defaultValue: a.endReason })}</Typography>}
            </TableCell>
            <TableCell>
              {a.firstContactAt ? formatDateTime(a.firstContactAt, i18n.language) : t('cs.assignment.dueBy', { at: formatDateTime(a.dueAt, i18n.language) })}
              {a.firstContactLate && <Chip size="small" color="error" sx={{ ml: 0.5 }} label={t('cs.assignment.late')} />}
            </TableCell>
            <TableCell>
              {t(`cs.enum.assignmentMethod.${a.method}`)} · {a.assignedByLabel}
              {a.note && <Typography variant="caption" sx={{ display: "block" }}>{a.note}</Typography>}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
