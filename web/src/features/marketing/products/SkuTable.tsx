import { Box, Checkbox, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import PriceChangeIcon from '@mui/icons-material/PriceChange';
import HistoryIcon from '@mui/icons-material/History';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../lib/ui/format';
import type { SkuDraft } from './productDraft';

export interface SkuTableActions {
  /** Null without price:propose. */
  propose: ((sku: SkuDraft) => void) | null;
  prices: (sku: SkuDraft) => void;
}

/**
 * The SKUs of a product: code, spec, barcode, weight, and the prices — read-only for existing SKUs (they change
 * only through an approved price change), entered in yuan for new ones.
 */
export function SkuTable({ skus, onChange, onRemove, errors, readOnly, actions }: {
  skus: readonly SkuDraft[];
  onChange: (key: string, patch: Partial<SkuDraft>) => void;
  onRemove: (key: string) => void;
  errors: Record<string, string>;
  readOnly: boolean;
  actions: SkuTableActions;
}) {
  const { t } = useTranslation();
  const input = (sku: SkuDraft, name: keyof SkuDraft & string, serverField: string, width: number, extra: Record<string, unknown> = {}) => {
    const error = errors[`skus.${sku.key}.${serverField}`];
    return (
      <TextField size="small" value={sku[name] as string} onChange={(e) => onChange(sku.key, { [name]: e.target.value })} disabled={readOnly}
        error={Boolean(error)} helperText={error} sx={{ width }}
        slotProps={{ htmlInput: { 'aria-label': t(`products.sku.${name}`), 'data-testid': `sku-${name}-${sku.existing?.code ?? sku.key}`, ...extra } }} />
    );
  };
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="sku-table" sx={{ '& td': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('products.sku.code')}</TableCell>
            <TableCell>{t('products.sku.spec')}</TableCell>
            <TableCell>{t('products.sku.barcode')}</TableCell>
            <TableCell>{t('products.sku.weightGrams')}</TableCell>
            <TableCell align="right">{t('products.sku.priceYuan')}</TableCell>
            <TableCell align="right">{t('products.sku.vipPriceYuan')}</TableCell>
            <TableCell>{t('products.sku.isGift')}</TableCell>
            <TableCell>{t('products.sku.active')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {skus.map((sku) => (
            <TableRow key={sku.key} data-testid={`sku-row-${sku.existing?.code ?? sku.key}`}>
              <TableCell>{input(sku, 'code', 'code', 170)}</TableCell>
              <TableCell>{input(sku, 'spec', 'spec', 170, { placeholder: t('products.specPlaceholder') })}</TableCell>
              <TableCell>{input(sku, 'barcode', 'barcode', 150)}</TableCell>
              <TableCell>{input(sku, 'weightGrams', 'weightGrams', 90, { inputMode: 'numeric' })}</TableCell>
              <TableCell align="right">
                {sku.existing
                  ? <Typography sx={{ pt: 1 }} data-testid={`sku-price-${sku.existing.code}`}>{formatFen(sku.existing.priceFen)}</Typography>
                  : input(sku, 'priceYuan', 'priceFen', 110, { inputMode: 'decimal', placeholder: '0.00' })}
              </TableCell>
              <TableCell align="right">
                {sku.existing
                  ? <Typography sx={{ pt: 1 }} data-testid={`sku-vip-${sku.existing.code}`}>{formatFen(sku.existing.vipPriceFen)}</Typography>
                  : input(sku, 'vipPriceYuan', 'vipPriceFen', 110, { inputMode: 'decimal', placeholder: '0.00' })}
              </TableCell>
              <TableCell>
                <Checkbox checked={sku.isGift} disabled={readOnly} onChange={(e) => onChange(sku.key, { isGift: e.target.checked })}
                  slotProps={{ input: { 'aria-label': t('products.sku.isGift') } }} />
              </TableCell>
              <TableCell>
                <Checkbox checked={sku.active} disabled={readOnly} onChange={(e) => onChange(sku.key, { active: e.target.checked })}
                  slotProps={{ input: { 'aria-label': t('products.sku.active') } }} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {sku.existing && actions.propose && (
                  <Tooltip title={t('prices.propose')}>
                    <IconButton size="small" onClick={() => actions.propose?.(sku)} data-testid={`sku-propose-${sku.existing.code}`}><PriceChangeIcon fontSize="small" /></IconButton>
                  </Tooltip>
                )}
                {sku.existing && (
                  <Tooltip title={t('prices.history')}>
                    <IconButton size="small" onClick={() => actions.prices(sku)} data-testid={`sku-prices-${sku.existing.code}`}><HistoryIcon fontSize="small" /></IconButton>
                  </Tooltip>
                )}
                {!sku.existing && !readOnly && (
                  <Tooltip title={t('common.remove')}>
                    <IconButton size="small" onClick={() => onRemove(sku.key)}><DeleteIcon fontSize="small" /></IconButton>
                  </Tooltip>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
