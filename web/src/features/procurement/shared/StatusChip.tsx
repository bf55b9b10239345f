import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';

export type ChipColor = 'default' | 'info' | 'warning' | 'success' | 'error' | 'primary' | 'secondary';

/** Colours of the procurement documents' states; unknown states stay grey. */
const COLORS: Record<string, ChipColor> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  UNDER_REVIEW: 'info',
  APPROVED: 'primary',
  SENT: 'info',
  PARTIALLY_RECEIVED: 'warning',
  RECEIVED: 'success',
  AWARDED: 'success',
  SIGNED: 'primary',
  ACTIVE: 'success',
  SHIPPED: 'info',
  CREDITED: 'success',
  CONVERTED: 'success',
  CLOSED: 'default',
  EXPIRED: 'warning',
  REJECTED: 'error',
  TERMINATED: 'error',
  CANCELLED: 'error',
  PROSPECTIVE: 'info',
  SUSPENDED: 'warning',
  BLACKLISTED: 'error',
};

/** A document's state as a coloured chip; `kind` picks the label family (proc.enum.<kind>.<STATE>). */
export function StatusChip({ kind, status, testId }: { kind: string; status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Chip size="small" color={COLORS[status] ?? 'default'} label={t(`proc.enum.${kind}.${status}`, { defaultValue: status })}
      data-testid={testId} data-status={status} />
  );
}
