import { Box, Chip, Radio, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import EmojiEventsIcon from '@mui/icons-material/EmojiEvents';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../lib/ui/format';

/** One quote with the server's flags (best among the quotes still valid; ties all flagged). */
export interface ComparedQuote {
  id: string;
  supplierId: string;
  unitPrice: number;
  leadTimeDays: number;
  minOrderQuantity: number;
  validUntil: string;
  note?: string | null;
  awarded: boolean;
  lineTotal: number;
  expired: boolean;
  meetsQuantity: boolean;
  bestPrice: boolean;
  bestLeadTime: boolean;
  bestSupplierScore: boolean;
}
export interface ComparedLine { id: string; quantity: number; skuCode: string; skuTitle: string; quotes: ComparedQuote[] }
export interface ComparedSupplier { id: string; code: string; name: string; score?: number | null }

const best = (values: number[]) => (values.length ? Math.min(...values) : null);

/**
 * The comparison sheet (比价表): one row per line, one column per invited supplier. On each line the lowest price,
 * the shortest lead time and the best-scored supplier are marked as the server flags them; with `onSelect` a
 * supplier per line can be picked for the award.
 */
export function QuoteComparison({ lines, suppliers, selection, onSelect }: {
  lines: ComparedLine[];
  suppliers: ComparedSupplier[];
  selection?: Record<string, string>;
  /** Line id → the supplier id picked for it. */
  onSelect?: (lineId: string, supplierId: string) => void;
}) {
  const { t } = useTranslation();
  const totals = suppliers.map((s) => lines.reduce((acc, line) => {
    const q = line.quotes.find((x) => x.supplierId === s.id && !x.expired);
    return q ? { amount: acc.amount + q.lineTotal, lines: acc.lines + 1 } : acc;
  }, { amount: 0, lines: 0 }));
  const complete = totals.map((x) => x.lines === lines.length && lines.length > 0);
  const cheapestTotal = best(totals.filter((_x, i) => complete[i]).map((x) => x.amount));

  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="quote-comparison" sx={{ '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('proc.common.sku')}</TableCell>
            <TableCell align="right">{t('proc.common.quantity')}</TableCell>
            {suppliers.map((s) => (
              <TableCell key={s.id} data-testid={`compare-supplier-${s.code}`}>
                <Typography variant="subtitle2">{s.name}</Typography>
                <Typography variant="caption" color="text.secondary">
                  {s.code} · {t('proc.rfq.score')} {s.score == null ? '—' : s.score.toFixed(1)}
                </Typography>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => {
            return (
              <TableRow key={line.id} data-testid={`compare-line-${line.skuCode}`}>
                <TableCell>{line.skuCode}<Typography variant="caption" component="div" color="text.secondary">{line.skuTitle}</Typography></TableCell>
                <TableCell align="right">{line.quantity}</TableCell>
                {suppliers.map((s) => {
                  const q = line.quotes.find((x) => x.supplierId === s.id);
                  if (!q) return <TableCell key={s.id} sx={{ color: 'text.disabled' }}>{t('proc.rfq.noQuote')}</TableCell>;
                  const isLow = q.bestPrice;
                  const isFast = q.bestLeadTime;
                  const isTop = q.bestSupplierScore;
                  const selected = selection?.[line.id] === s.id;
                  return (
                    <TableCell key={s.id} data-testid={`quote-${line.skuCode}-${s.code}`} data-best-price={isLow} data-best-lead={isFast}
                      data-best-score={isTop} data-awarded={q.awarded}
                      sx={{ bgcolor: q.awarded ? 'rgba(46, 125, 50, 0.08)' : selected ? 'action.selected' : undefined, borderLeft: q.awarded ? 3 : undefined, borderLeftColor: 'success.main' }}>
                      <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                        {onSelect && !q.expired && (
                          <Radio size="small" checked={selected} onChange={() => onSelect(line.id, s.id)}
                            slotProps={{ input: { 'aria-label': `${line.skuCode} ${s.name}`, 'data-testid': `award-pick-${line.skuCode}-${s.code}` } as object }} />
                        )}
                        <Typography sx={{ fontWeight: isLow ? 700 : undefined, color: isLow ? 'success.main' : undefined }}>{formatFen(q.unitPrice)}</Typography>
                        {q.awarded && <Tooltip title={t('proc.rfq.awarded')}><EmojiEventsIcon fontSize="small" color="success" /></Tooltip>}
                      </Stack>
                      <Typography variant="body2" sx={{ color: isFast ? 'info.main' : 'text.secondary', fontWeight: isFast ? 600 : undefined }}>
                        {t('proc.rfq.leadDays', { count: q.leadTimeDays })} · {t('proc.common.moq')} {q.minOrderQuantity}
                      </Typography>
                      <Typography variant="caption" color={q.expired ? 'error' : 'text.secondary'} component="div">
                        {q.expired ? t('proc.rfq.expired', { day: q.validUntil }) : t('proc.rfq.validUntil', { day: q.validUntil })}
                      </Typography>
                      {!q.meetsQuantity && <Typography variant="caption" color="warning.main" component="div">{t('proc.rfq.belowMoq', { total: formatFen(q.lineTotal) })}</Typography>}
                      <Stack direction="row" spacing={0.5} sx={{ mt: 0.5, flexWrap: 'wrap', gap: 0.5 }}>
                        {isLow && <Chip size="small" color="success" variant="outlined" label={t('proc.rfq.bestPrice')} />}
                        {isFast && <Chip size="small" color="info" variant="outlined" label={t('proc.rfq.bestLead')} />}
                        {isTop && <Chip size="small" color="secondary" variant="outlined" label={t('proc.rfq.bestScore')} />}
                      </Stack>
                      {q.note && <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>{q.note}</Typography>}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
          <TableRow>
            <TableCell colSpan={2} sx={{ fontWeight: 600 }}>{t('proc.rfq.totalIfAll')}</TableCell>
            {suppliers.map((s, i) => (
              <TableCell key={s.id} data-testid={`compare-total-${s.code}`}
                sx={{ fontWeight: 600, color: complete[i] && totals[i].amount === cheapestTotal ? 'success.main' : undefined }}>
                {complete[i] ? formatFen(totals[i].amount) : t('proc.rfq.partialQuote', { quoted: totals[i].lines, total: lines.length })}
              </TableCell>
            ))}
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
}
