import type { ReactNode } from 'react';
import { Stack, Typography } from '@mui/material';

/** A label and its value on a detail card. */
export function InfoRow({ label, children, testId }: { label: string; children?: ReactNode; testId?: string }) {
  return (
    <Stack direction="row" spacing={1} sx={{ py: 0.25 }}>
      <Typography color="text.secondary" sx={{ minWidth: 120, flexShrink: 0 }}>{label}</Typography>
      <Typography component="div" data-testid={testId}>{children ?? '—'}</Typography>
    </Stack>
  );
}
