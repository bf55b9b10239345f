import { Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';

export interface QuietWindowDraft { start: string; end: string }

/** The customers' rest hours as a list of shop-local windows; an end before the start wraps past midnight. */
export function QuietHoursField({ value, onChange, error }: { value: QuietWindowDraft[]; onChange: (v: QuietWindowDraft[]) => void; error?: string }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<QuietWindowDraft>) => onChange(value.map((w, j) => (i === j ? { ...w, ...patch } : w)));
  return (
    <Stack spacing={1} data-testid="campaign-quiet-hours">
      <Typography variant="subtitle2">{t('cs.campaign.quietHours')}</Typography>
      {value.map((w, i) => (
        <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <TextField size="small" type="time" label={t('cs.campaign.quietStart')} value={w.start} onChange={(e) => set(i, { start: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `quiet-start-${i}` } }} />
          <TextField size="small" type="time" label={t('cs.campaign.quietEnd')} value={w.end} onChange={(e) => set(i, { end: e.target.value })}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `quiet-end-${i}` } }} />
          <IconButton aria-label={t('common.remove')} onClick={() => onChange(value.filter((_w, j) => j !== i))} data-testid={`quiet-remove-${i}`}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...value, { start: '12:00', end: '14:00' }])} data-testid="quiet-add">
          {t('cs.campaign.quietAdd')}
        </Button>
        <Typography variant="caption" color={error ? 'error' : 'text.secondary'}>{error ?? t('cs.campaign.quietHint')}</Typography>
      </Stack>
    </Stack>
  );
}
