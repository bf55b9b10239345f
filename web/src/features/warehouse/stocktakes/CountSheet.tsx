import { useMemo, useState } from 'react';
import {
  Box, FormControlLabel, Stack, Switch, Table, TableBody, TableCell, TableHead, TablePagination, TableRow, TextField, Tooltip, Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatSigned } from '../../../lib/ui/format';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import type { StocktakeQuery } from './operations';

export type SheetLine = NonNullable<ResultOf<typeof StocktakeQuery>['stocktake']>['lines'][number];

/**
 * The count sheet: book quantity, the count (editable while counting), movements during the count and the
 * variance. Before approval the variance is provisional (counted − book): the server works out the movements
 * during the count when the supervisor approves.
 */
export function CountSheet({ lines, editable, drafts, onDraft, errors }: {
  lines: readonly SheetLine[];
  editable: boolean;
  drafts: Record<string, string>;
  onDraft: (skuId: string, value: string) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [onlyVariance, setOnlyVariance] = useState(false);
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);

  const countOf = (line: SheetLine): number | null => {
    const draft = drafts[line.sku.id];
    if (draft !== undefined) return draft.trim() === '' || !Number.isInteger(Number(draft)) ? null : Number(draft);
    return line.countedQuantity ?? null;
  };
  const varianceOf = (line: SheetLine): { value: number | null; final: boolean } => {
    if (line.variance !== null && line.variance !== undefined) return { value: line.variance, final: true };
    const counted = countOf(line);
    return { value: counted === null ? null : counted - line.bookQuantity, final: false };
  };

  const shown = useMemo(() => lines.filter((line) => {
    const q = filter.trim().toLowerCase();
    if (q && !`${line.sku.code} ${line.sku.barcode ?? ''} ${skuTitle(line.sku)}`.toLowerCase().includes(q)) return false;
    if (onlyOpen && countOf(line) !== null) return false;
    if (onlyVariance && !varianceOf(line).value) return false;
    return true;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- countOf/varianceOf read drafts and lines
  }), [lines, filter, onlyOpen, onlyVariance, drafts]);
  const visible = shown.slice(page * perPage, page * perPage + perPage);

  return (
    <Box>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 1, alignItems: { sm: 'center' } }}>
        <TextField size="small" placeholder={t('stocktakes.filterLines')} value={filter} onChange={(e) => { setFilter(e.target.value); setPage(0); }}
          slotProps={{ htmlInput: { 'data-testid': 'count-filter', 'aria-label': t('stocktakes.filterLines') } }} />
        {editable && <FormControlLabel label={t('stocktakes.onlyUncounted')}
          control={<Switch checked={onlyOpen} onChange={(e) => { setOnlyOpen(e.target.checked); setPage(0); }} />} />}
        <FormControlLabel label={t('stocktakes.onlyVariance')}
          control={<Switch checked={onlyVariance} onChange={(e) => { setOnlyVariance(e.target.checked); setPage(0); }} slotProps={{ input: { 'data-testid': 'count-only-variance' } as object }} />} />
      </Stack>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" data-testid="count-sheet" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{t('inventory.skuCode')}</TableCell>
              <TableCell>{t('inventory.barcode')}</TableCell>
              <TableCell align="right">{t('stocktakes.book')}</TableCell>
              <TableCell align="right">{t('stocktakes.counted')}</TableCell>
              <TableCell align="right">
                <Tooltip title={t('stocktakes.movementsHint')}><span>{t('stocktakes.movementsDuring')}</span></Tooltip>
              </TableCell>
              <TableCell align="right">{t('stocktakes.variance')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {visible.map((line) => {
              const variance = varianceOf(line);
              return (
                <TableRow key={line.id} data-testid={`count-line-${line.sku.code}`}>
                  <TableCell>{line.sku.code}<Typography variant="caption" component="div" color="text.secondary">{skuTitle(line.sku)}</Typography></TableCell>
                  <TableCell>{line.sku.barcode ?? ''}</TableCell>
                  <TableCell align="right" data-testid="count-book">{line.bookQuantity}</TableCell>
                  <TableCell align="right">
                    {editable ? (
                      <TextField size="small" type="number" sx={{ width: 110 }}
                        value={drafts[line.sku.id] ?? (line.countedQuantity === null || line.countedQuantity === undefined ? '' : String(line.countedQuantity))}
                        onChange={(e) => onDraft(line.sku.id, e.target.value)}
                        error={Boolean(errors[line.sku.id])} helperText={errors[line.sku.id]}
                        slotProps={{ htmlInput: { min: 0, step: 1, 'data-testid': `count-input-${line.sku.code}`, 'aria-label': `${t('stocktakes.counted')} ${line.sku.code}` } }} />
                    ) : (line.countedQuantity ?? '—')}
                  </TableCell>
                  <TableCell align="right">{formatSigned(line.movementsDuringCount)}</TableCell>
                  <TableCell align="right" data-testid="count-variance"
                    sx={{ color: variance.value ? (variance.value < 0 ? 'error.main' : 'success.dark') : undefined, fontWeight: variance.value ? 600 : undefined }}>
                    {variance.value === null ? '—' : `${variance.final || variance.value === 0 ? '' : '≈ '}${formatSigned(variance.value)}`}
                  </TableCell>
                </TableRow>
              );
            })}
            {visible.length === 0 && (
              <TableRow><TableCell colSpan={6}><Typography color="text.secondary">{t('stocktakes.noLines')}</Typography></TableCell></TableRow>
            )}
          </TableBody>
        </Table>
      </Box>
      <TablePagination component="div" count={shown.length} page={page} onPageChange={(_e, p) => setPage(p)} rowsPerPage={perPage}
        onRowsPerPageChange={(e) => { setPerPage(Number(e.target.value)); setPage(0); }} rowsPerPageOptions={[25, 50, 100]} />
    </Box>
  );
}
