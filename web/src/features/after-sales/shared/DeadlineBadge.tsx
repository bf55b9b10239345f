import { Chip } from '@mui/material';
import TimerIcon from '@mui/icons-material/Timer';
import { useTranslation } from 'react-i18next';
import { useNow } from './useNow';

/** h:mm:ss of a duration in milliseconds (hours may exceed 24). */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.floor(Math.abs(ms) / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/**
 * A live countdown to a complaint's 24 h resolution deadline: green with time to spare, amber in the last
 * four hours, red once overdue (then counting how long it has been overdue). Closed complaints show no badge.
 */
export function DeadlineBadge({ dueAt, done, testId = 'deadline-badge' }: { dueAt: string | null | undefined; done?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const now = useNow();
  if (!dueAt || done) return null;
  const left = new Date(dueAt).getTime() - now;
  const overdue = left < 0;
  const color = overdue ? 'error' : left < 4 * 3600_000 ? 'warning' : 'success';
  return (
    <Chip size="small" icon={<TimerIcon />} color={color} variant={overdue ? 'filled' : 'outlined'}
      label={overdue ? t('as.deadline.overdue', { time: formatCountdown(left) }) : t('as.deadline.left', { time: formatCountdown(left) })}
      data-testid={testId} data-overdue={overdue ? 'true' : 'false'} />
  );
}
