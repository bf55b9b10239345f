import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../ui/useErrorText';

export interface RowError { row: number; column?: string | null; message: string; code: string }

/** Per-row problems of a CSV import: row number as a spreadsheet shows it, the column, and what is wrong. */
export function RowErrorsTable({ errors, testId = 'row-errors' }: { errors: readonly RowError[]; testId?: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (errors.length === 0) return null;
  return (
    <Box sx={{ maxHeight: 280, overflow: 'auto' }}>
      <Table size="small" stickyHeader data-testid={testId}>
        <TableHead>
          <TableRow>
            <TableCell>{t('csvImport.row')}</TableCell>
            <TableCell>{t('csvImport.column')}</TableCell>
            <TableCell>{t('csvImport.message')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {errors.map((e) => (
            <TableRow key={`${e.row}-${e.column ?? ''}-${e.message}`} data-row={e.row}>
              <TableCell>{e.row}</TableCell>
              <TableCell>{e.column ?? '—'}</TableCell>
              <TableCell>{e.code === 'INVALID' ? e.message : errorText(e)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
