import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

export interface DistributionRow { abilityPercent: number; before: number; added: number; after: number; specialist: { id: string; name: string } }

/** What an automatic distribution did, per specialist: ability, load before, given now, load after. */
export function AutoAssignResult({ assigned, rows }: { assigned: number; rows: readonly DistributionRow[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography sx={{ mb: 1 }} data-testid="auto-assign-total">{t('cs.assignment.autoResult', { count: assigned })}</Typography>
      <Table size="small" data-testid="auto-assign-result">
        <TableHead>
          <TableRow>
            <TableCell>{t('cs.assignment.specialist')}</TableCell>
            <TableCell align="right">{t('cs.assignment.ability')}</TableCell>
            <TableCell align="right">{t('cs.assignment.before')}</TableCell>
            <TableCell align="right">{t('cs.assignment.added')}</TableCell>
            <TableCell align="right">{t('cs.assignment.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.specialist.id}>
              <TableCell>{r.specialist.name}</TableCell>
              <TableCell align="right">{r.abilityPercent}%</TableCell>
              <TableCell align="right">{r.before}</TableCell>
              <TableCell align="right" data-testid={`auto-added-${r.specialist.id}`}>+{r.added}</TableCell>
              <TableCell align="right">{r.after}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
