import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Box, Button, Card, CardContent, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../lib/ui/format';
import { runPayload } from '../../../lib/ui/payload';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { skuTitle } from '../../../lib/inventory/skuLabel';
import { RemoveSupplierSkuMutation } from './operations';
import { SupplierSkuDialog, type SupplierSkuRow } from './SupplierSkuDialog';

interface Row {
  id: string; unitPrice: number; leadTimeDays: number; minOrderQuantity: number; preferred: boolean; supplierSkuCode?: string | null;
  sku: { id: string; code: string; product?: { title: string } | null; spec?: readonly { value: string }[] | null };
}

/** The SKUs a supplier delivers (供货清单) with price, lead time and MOQ; edited by those who may write suppliers. */
export function SupplierSkusCard({ supplierId, rows, writable, onNotice }: { supplierId: string; rows: readonly Row[]; writable: boolean; onNotice: (m: string, s?: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [editing, setEditing] = useState<SupplierSkuRow | 'new' | null>(null);
  const [remove] = useMutation(RemoveSupplierSkuMutation, { refetchQueries: ['Supplier'] });

  const drop = async (id: string) => {
    const outcome = await runPayload(async () => (await remove({ variables: { input: { id } } })).data?.removeSupplierSku);
    if (!outcome.ok) onNotice(outcome.errors.map(errorText).join('; '), 'error');
  };

  return (
    <Card>
      <CardContent>
        <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('proc.suppliers.skus')}</Typography>
          {writable && <Button size="small" startIcon={<AddIcon />} onClick={() => setEditing('new')} data-testid="supplier-sku-add">{t('proc.suppliers.addSku')}</Button>}
        </Stack>
        {rows.length === 0 ? <Typography color="text.secondary">{t('proc.suppliers.noSkus')}</Typography> : (
          <Box sx={{ overflow: 'auto', maxHeight: 520 }}>
            <Table size="small" stickyHeader data-testid="supplier-skus">
              <TableHead>
                <TableRow>
                  <TableCell>{t('proc.common.sku')}</TableCell>
                  <TableCell>{t('proc.suppliers.supplierSkuCode')}</TableCell>
                  <TableCell align="right">{t('proc.common.unitPrice')}</TableCell>
                  <TableCell align="right">{t('proc.common.leadTimeDays')}</TableCell>
                  <TableCell align="right">{t('proc.common.moq')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.id} data-testid={`supplier-sku-${r.sku.code}`}>
                    <TableCell>
                      {r.sku.code}{r.preferred && <Chip size="small" color="primary" variant="outlined" sx={{ ml: 1 }} label={t('proc.suppliers.preferred')} />}
                      <Typography variant="caption" component="div" color="text.secondary">{skuTitle(r.sku)}</Typography>
                    </TableCell>
                    <TableCell>{r.supplierSkuCode ?? '—'}</TableCell>
                    <TableCell align="right">{formatFen(r.unitPrice)}</TableCell>
                    <TableCell align="right">{r.leadTimeDays}</TableCell>
                    <TableCell align="right">{r.minOrderQuantity}</TableCell>
                    <TableCell align="right">
                      {writable && (
                        <>
                          <Tooltip title={t('common.edit')}><IconButton size="small" onClick={() => setEditing({ ...r, sku: { skuId: r.sku.id, code: r.sku.code, title: skuTitle(r.sku) } })}><EditIcon fontSize="small" /></IconButton></Tooltip>
                          <Tooltip title={t('common.remove')}><IconButton size="small" onClick={() => void drop(r.id)}><DeleteIcon fontSize="small" /></IconButton></Tooltip>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
      {editing && (
        <SupplierSkuDialog supplierId={supplierId} existing={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)}
          onSaved={() => { setEditing(null); onNotice(t('proc.suppliers.skuSaved')); }} />
      )}
    </Card>
  );
}
