import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CallbackRating } from '../../../gql/graphql';

interface Props {
  campaign: {
    code: string; name: string; purpose: string; scriptOpening: string; scriptSatisfied: string; scriptUnsatisfied: string;
    callableHours: readonly string[]; quietHours: readonly { start: string; end: string }[];
  };
  /** The rating chosen so far: its branch is highlighted. */
  rating: CallbackRating | null;
}

function Branch({ title, text, active, color, testId }: { title: string; text: string; active: boolean; color: 'success' | 'error'; testId: string }) {
  return (
    <Box data-testid={testId} data-active={active ? 'true' : 'false'}
      sx={{ p: 1.5, borderRadius: 1, border: 1, borderColor: active ? `${color}.main` : 'divider', bgcolor: active ? 'action.hover' : undefined, opacity: active ? 1 : 0.85 }}>
      <Typography variant="subtitle2" color={`${color}.main`}>{title}</Typography>
      <Typography sx={{ whiteSpace: 'pre-wrap' }}>{text}</Typography>
    </Box>
  );
}

/** The campaign's call script (话术): the opening, then the satisfied or unsatisfied branch; and when calling is allowed. */
export function ScriptCard({ campaign, rating }: Props) {
  const { t } = useTranslation();
  return (
    <Card>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('cs.script.title')}</Typography>
          <Chip size="small" label={t(`cs.enum.purpose.${campaign.purpose}`)} />
        </Stack>
        <Typography variant="body2" color="text.secondary" gutterBottom>{campaign.code} · {campaign.name}</Typography>
        <Stack spacing={1.5} data-testid="callback-script">
          <Box>
            <Typography variant="subtitle2">{t('cs.script.opening')}</Typography>
            <Typography sx={{ whiteSpace: 'pre-wrap' }} data-testid="script-opening">{campaign.scriptOpening}</Typography>
          </Box>
          <Branch title={t('cs.script.satisfied')} text={campaign.scriptSatisfied} active={rating === 'SATISFIED'} color="success" testId="script-satisfied" />
          <Branch title={t('cs.script.unsatisfied')} text={campaign.scriptUnsatisfied} active={rating === 'UNSATISFIED' || rating === 'AVERAGE'} color="error" testId="script-unsatisfied" />
          <Alert severity="info" data-testid="callback-hours">
            {t('cs.script.quietHours', { quiet: campaign.quietHours.map((w) => `${w.start}–${w.end}`).join(', '), allowed: campaign.callableHours.join(', ') })}
          </Alert>
        </Stack>
      </CardContent>
    </Card>
  );
}
