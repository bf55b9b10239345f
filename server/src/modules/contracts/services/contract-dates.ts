import { ContractStatus, type Contract } from '../entities/contract.entity.js';

export const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function isValidDay(day: string | null | undefined): day is string {
  return !!day && DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
}

/** What a contract's state reads as today: an active contract past its end date is expired, even before it is marked. */
export function effectiveStatus(contract: Pick<Contract, 'status' | 'endDate'>, today: string): ContractStatus {
  return contract.status === ContractStatus.ACTIVE && contract.endDate < today ? ContractStatus.EXPIRED : contract.status;
}
