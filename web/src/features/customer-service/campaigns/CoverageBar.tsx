import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../lib/ui/format';

/** Members reached against the 100 % rule. */
export function CoverageBar({ coverage, testId }: { coverage: { members: number; membersReached: number; rate?: number | null; meetsRule: boolean }; testId?: string }) {
  const { t } = useTranslation();
  const rate = coverage.rate ?? 0;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', width: '100%', height: '100%' }} data-testid={testId}
      data-reached={coverage.membersReached} data-members={coverage.members}>
      <Box sx={{ flexGrow: 1 }}>
        <LinearProgress variant="determinate" value={Math.min(100, rate * 100)} color={coverage.meetsRule ? 'success' : rate >= 0.8 ? 'primary' : 'warning'} />
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        {coverage.members === 0 ? t('cs.campaign.noMembers') : t('cs.campaign.coverageText', { reached: coverage.membersReached, members: coverage.members, rate: formatShare(rate) })}
      </Typography>
    </Stack>
  );
}
