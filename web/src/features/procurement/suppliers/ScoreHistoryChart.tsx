import { Typography } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslation } from 'react-i18next';
import { SCORE_KEYS } from './ScorecardPanel';

export interface ScorePoint { period: string; composite?: number | null; quality?: number | null; delivery?: number | null; price?: number | null; service?: number | null; credit?: number | null }

/** Stored scores period by period: the composite in bold, the five scores behind it. */
export function ScoreHistoryChart({ points }: { points: readonly ScorePoint[] }) {
  const { t } = useTranslation();
  if (points.length === 0) return <Typography color="text.secondary" data-testid="score-history-empty">{t('proc.score.noHistory')}</Typography>;
  const dataset = points.map((p) => ({ period: p.period, composite: p.composite ?? null, quality: p.quality ?? null, delivery: p.delivery ?? null, price: p.price ?? null, service: p.service ?? null, credit: p.credit ?? null }));
  return (
    <div data-testid="score-history-chart">
      <LineChart height={260} dataset={dataset}
        xAxis={[{ scaleType: 'point', dataKey: 'period' }]}
        yAxis={[{ min: 0, max: 100 }]}
        series={[
          { dataKey: 'composite', label: t('proc.score.composite'), curve: 'linear', connectNulls: true },
          ...SCORE_KEYS.map((key) => ({ dataKey: key, label: t(`proc.score.key.${key}`), curve: 'linear' as const, showMark: false, connectNulls: true })),
        ]} />
    </div>
  );
}
