import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { daysBetween, shopToday } from './days';

/** Contracts in force that end within this many days are flagged (domain: expiry alerts). */
export const EXPIRY_WINDOW_DAYS = 30;

export function daysLeft(endDate: string): number {
  return daysBetween(shopToday(), endDate);
}

export function endsSoon(contract: { endDate: string; status: string }): boolean {
  const live = contract.status === 'ACTIVE';
  const left = daysLeft(contract.endDate);
  return live && left >= 0 && left <= EXPIRY_WINDOW_DAYS;
}

/** "12 days left", orange, on a contract that ends within the window. */
export function ExpiryChip({ endDate }: { endDate: string }) {
  const { t } = useTranslation();
  const left = daysLeft(endDate);
  return (
    <Chip size="small" color="warning" data-testid="contract-expiring" data-days-left={left}
      label={left === 0 ? t('proc.contract.endsToday') : t('proc.contract.daysLeft', { count: left })} />
  );
}
