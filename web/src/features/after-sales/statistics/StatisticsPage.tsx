import { useMemo, useState } from 'react';
import { MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ReviewPeriod } from '../../../gql/graphql';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { ComplaintCharts } from './ComplaintCharts';
import { ReturnCharts } from './ReturnCharts';
import { ReviewCharts } from './ReviewCharts';

type Range = '30d' | '90d' | '12m' | 'custom';
type Section = 'complaints' | 'returns' | 'reviews';

/** Shop-local midnight of "YYYY-MM-DD" as UTC ISO. */
const dayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const shopDay = (date: Date) => date.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** After-sales statistics over a period: the complaint classification sheet, the return analysis, and review counts. */
export default function StatisticsPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const sections = (['complaints', 'returns', 'reviews'] as Section[]).filter((s) => can(s === 'complaints' ? 'complaint:read' : s === 'returns' ? 'return:read' : 'review:read'));
  const [section, setSection] = useState<Section>(sections[0] ?? 'complaints');
  const [range, setRange] = useState<Range>('90d');
  const [fromDay, setFromDay] = useState(() => shopDay(new Date(Date.now() - 90 * 86_400_000)));
  const [toDay, setToDay] = useState(() => shopDay(new Date()));
  const [period, setPeriod] = useState<ReviewPeriod>('WEEK');

  const { from, to } = useMemo(() => {
    const tomorrow = shopDay(new Date(Date.now() + 86_400_000));
    if (range === 'custom') return { from: dayStart(fromDay), to: dayStart(shopDay(new Date(new Date(`${toDay}T12:00:00+08:00`).getTime() + 86_400_000))) };
    const days = range === '30d' ? 30 : range === '90d' ? 90 : 365;
    return { from: dayStart(shopDay(new Date(Date.now() - (days - 1) * 86_400_000))), to: dayStart(tomorrow) };
  }, [range, fromDay, toDay]);

  return (
    <div data-testid="as-statistics-page">
      <PageHeader title={t('as.stats.title')} subtitle={t('as.stats.subtitle')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
        <TextField select size="small" label={t('as.stats.range')} value={range} onChange={(e) => setRange(e.target.value as Range)} sx={{ minWidth: 160 }}
          slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'stats-range' } as object } }}>
          {(['30d', '90d', '12m', 'custom'] as Range[]).map((r) => <MenuItem key={r} value={r}>{t(`as.stats.ranges.${r}`)}</MenuItem>)}
        </TextField>
        {range === 'custom' && (
          <>
            <TextField size="small" type="date" label={t('as.stats.from')} value={fromDay} onChange={(e) => setFromDay(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField size="small" type="date" label={t('as.stats.to')} value={toDay} onChange={(e) => setToDay(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          </>
        )}
        {section === 'reviews' && (
          <TextField select size="small" label={t('as.stats.period')} value={period} onChange={(e) => setPeriod(e.target.value as ReviewPeriod)} sx={{ minWidth: 120 }}>
            {(['DAY', 'WEEK', 'MONTH'] as ReviewPeriod[]).map((p) => <MenuItem key={p} value={p}>{t(`as.stats.periods.${p}`)}</MenuItem>)}
          </TextField>
        )}
      </Stack>
      <Tabs value={section} onChange={(_e, v: Section) => setSection(v)} sx={{ mb: 2 }}>
        {sections.map((s) => <Tab key={s} value={s} label={t(`as.stats.sections.${s}`)} data-testid={`stats-tab-${s}`} />)}
      </Tabs>
      {section === 'complaints' && <ComplaintCharts from={from} to={to} />}
      {section === 'returns' && <ReturnCharts from={from} to={to} />}
      {section === 'reviews' && <ReviewCharts from={from} to={to} period={period} />}
    </div>
  );
}
