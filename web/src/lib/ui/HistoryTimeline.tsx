import { Box, Paper, Stack, Typography } from '@mui/material';
import ArrowRightAltIcon from '@mui/icons-material/ArrowRightAlt';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';

export interface HistoryEvent {
  id: string;
  at: string;
  actorLabel: string;
  /** The staff member, when the step was a person's; their name reads better than the sign-in label. */
  actor?: { name: string } | null;
  fromState?: string | null;
  toState: string;
  note?: string | null;
}

/** A document's history, oldest first: who, when, from → to, and the note. */
export function HistoryTimeline({ events, stateLabel, testId = 'history' }: {
  events: readonly HistoryEvent[];
  stateLabel: (state: string) => string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <Typography color="text.secondary">{t('common.noHistory')}</Typography>;
  return (
    <Stack component="ol" spacing={0} sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid={testId}>
      {events.map((event, index) => (
        <Box component="li" key={event.id} sx={{ display: 'flex', gap: 1.5 }} data-testid={`${testId}-event`}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
            <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: index === events.length - 1 ? 'primary.main' : 'grey.400' }} />
            {index < events.length - 1 && <Box sx={{ flexGrow: 1, width: 2, bgcolor: 'grey.300', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, flexGrow: 1 }}>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              {event.fromState && <Typography variant="body2">{stateLabel(event.fromState)}</Typography>}
              {event.fromState && <ArrowRightAltIcon fontSize="small" color="action" />}
              <Typography variant="body2" sx={{ fontWeight: 600 }}>{stateLabel(event.toState)}</Typography>
            </Stack>
            <Typography variant="caption" color="text.secondary">
              {event.actor?.name ?? event.actorLabel} · {formatDateTime(event.at, i18n.language)}
            </Typography>
            {event.note && (
              <Paper variant="outlined" sx={{ px: 1, py: 0.5, mt: 0.5, bgcolor: 'grey.50' }}>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>{event.note}</Typography>
              </Paper>
            )}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
