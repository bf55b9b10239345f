import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TrackingSource, TrackingStatus } from '../../gql/graphql';
import { formatDateTime } from '../ui/format';

export interface TrackingEventView {
  id: string;
  at: string;
  status: TrackingStatus;
  location?: string | null;
  description?: string | null;
  source: TrackingSource;
  actorLabel: string;
  actor?: { name: string } | null;
}

/** A waybill's tracking events, newest first. */
export function TrackingEvents({ events, testId = 'tracking-events' }: { events: readonly TrackingEventView[]; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <Typography variant="body2" color="text.secondary">{t('shipments.noEvents')}</Typography>;
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Stack component="ol" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid={testId}>
      {newestFirst.map((e) => (
        <Box component="li" key={e.id} data-testid={`${testId}-event`} data-status={e.status}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{t(`trackingStatus.${e.status}`)}</Typography>
            <Typography variant="caption" color="text.secondary">{formatDateTime(e.at, i18n.language)}</Typography>
            {e.location && <Typography variant="caption">{e.location}</Typography>}
            <Chip size="small" variant="outlined" label={t(`trackingSource.${e.source}`)} />
          </Stack>
          {e.description && <Typography variant="body2">{e.description}</Typography>}
          <Typography variant="caption" color="text.secondary">{e.actor?.name ?? e.actorLabel}</Typography>
        </Box>
      ))}
    </Stack>
  );
}
