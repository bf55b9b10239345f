import type { ReactNode } from 'react';
import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { useTranslation } from 'react-i18next';

export type StepPhase = 'done' | 'current' | 'pending';

/** One step of the complaint loop: its record once done, its form while current, a note while still ahead. */
export function StepCard({ step, title, phase, children, testId }: { step: number; title: string; phase: StepPhase; children?: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const Icon = phase === 'done' ? CheckCircleIcon : phase === 'current' ? PlayCircleIcon : RadioButtonUncheckedIcon;
  return (
    <Card variant="outlined" data-testid={testId} data-phase={phase} data-step={step}
      sx={{ borderColor: phase === 'current' ? 'primary.main' : undefined, opacity: phase === 'pending' ? 0.7 : 1 }}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: phase === 'pending' ? 0 : 1.5 }}>
          <Icon color={phase === 'done' ? 'success' : phase === 'current' ? 'primary' : 'disabled'} />
          <Typography variant="subtitle1" sx={{ fontWeight: 600, flexGrow: 1 }}>{title}</Typography>
          <Chip size="small" variant="outlined" color={phase === 'done' ? 'success' : phase === 'current' ? 'primary' : 'default'}
            label={t(`as.step.${phase}`)} />
        </Stack>
        {phase === 'pending' ? <Typography variant="body2" color="text.secondary">{t('as.complaint.notYourTurn')}</Typography> : children}
      </CardContent>
    </Card>
  );
}

/** A labelled value in a step's record. */
export function Fact({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  if (value === null || value === undefined || value === '') return null;
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 1 }} sx={{ mb: 0.5 }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>{label}</Typography>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid={testId}>{value}</Typography>
    </Stack>
  );
}
