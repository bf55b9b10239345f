import { Box, Chip, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Gauge } from '@mui/x-charts/Gauge';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';

export const SCORE_KEYS = ['quality', 'delivery', 'price', 'service', 'credit'] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

interface Figure { score?: number | null; source: string; weight: number }
export interface ScorecardView {
  composite?: number | null;
  quality: Figure; delivery: Figure; price: Figure; service: Figure; credit: Figure;
  complaints: number;
  facts: { receipts: number; onTimeReceipts: number; orderedUnits: number; receivedUnits: number; acceptedUnits: number; rejectedUnits: number; returnedUnits: number };
  rates: { qcPassRate?: number | null; returnRate?: number | null; complaintsPer100Units?: number | null; onTimeRate?: number | null };
}

const SOURCE_COLOR: Record<string, 'success' | 'info' | 'default'> = { COMPUTED: 'success', EVALUATION: 'info', NONE: 'default' };
const share = (v: number | null | undefined) => (v == null ? '—' : formatShare(v));

/**
 * A supplier's scorecard for a period: the composite, each weighted score with where it came from (computed from
 * receiving, or the buyers' evaluations), and the receiving facts and rates behind the computed ones.
 */
export function ScorecardPanel({ card }: { card: ScorecardView }) {
  const { t } = useTranslation();
  const f = card.facts;
  const r = card.rates;
  const facts: [string, string, string][] = [
    ['qcPassRate', share(r.qcPassRate), t('proc.score.qcPassBasis', { accepted: f.acceptedUnits, inspected: f.acceptedUnits + f.rejectedUnits })],
    ['onTimeRate', share(r.onTimeRate), t('proc.score.onTimeBasis', { onTime: f.onTimeReceipts, receipts: f.receipts })],
    ['returnRate', share(r.returnRate), t('proc.score.returnBasis', { returned: f.returnedUnits, received: f.receivedUnits })],
    ['complaintsPer100Units', r.complaintsPer100Units == null ? '—' : r.complaintsPer100Units.toFixed(2), t('proc.score.complaintBasis', { complaints: card.complaints, received: f.receivedUnits })],
  ];
  return (
    <Grid container spacing={2} data-testid="scorecard">
      <Grid size={{ xs: 12, md: 3 }}>
        <Stack sx={{ alignItems: 'center' }} data-testid="scorecard-composite" data-score={card.composite ?? ''}>
          <Gauge width={170} height={140} value={card.composite ?? 0} valueMax={100} startAngle={-110} endAngle={110}
            text={card.composite == null ? '—' : card.composite.toFixed(1)} />
          <Typography variant="body2">{t('proc.score.composite')}</Typography>
        </Stack>
      </Grid>
      <Grid size={{ xs: 12, md: 9 }}>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="scorecard-figures">
            <TableHead>
              <TableRow>
                <TableCell>{t('proc.score.item')}</TableCell>
                <TableCell align="right">{t('proc.score.score')}</TableCell>
                <TableCell align="right">{t('proc.score.weight')}</TableCell>
                <TableCell>{t('proc.score.source')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {SCORE_KEYS.map((key) => {
                const figure = card[key];
                return (
                  <TableRow key={key} data-testid={`score-${key}`} data-source={figure.source}>
                    <TableCell>{t(`proc.score.key.${key}`)}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600 }}>{figure.score == null ? '—' : figure.score.toFixed(1)}</TableCell>
                    <TableCell align="right">{figure.weight}%</TableCell>
                    <TableCell><Chip size="small" variant="outlined" color={SOURCE_COLOR[figure.source] ?? 'default'} label={t(`proc.enum.scoreSource.${figure.source}`, { defaultValue: figure.source })} /></TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      </Grid>
      <Grid size={12}>
        <Typography variant="subtitle2" gutterBottom>{t('proc.score.facts')}</Typography>
        <Table size="small" data-testid="scorecard-facts">
          <TableBody>
            {facts.map(([key, value, basis]) => (
              <TableRow key={key} data-testid={`fact-${key}`}>
                <TableCell>{t(`proc.score.rate.${key}`)}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }} data-testid={`fact-${key}-value`}>{value}</TableCell>
                <TableCell sx={{ color: 'text.secondary' }}>{basis}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="caption" color="text.secondary">{t('proc.score.formula')}</Typography>
      </Grid>
    </Grid>
  );
}
