import type { FieldError } from '../../../lib/ui/fieldErrors';
import type { TFunction } from 'i18next';

export interface WaybillDraft { courierId: string; waybillNo: string; packageCount: string }
export type WaybillErrors = Partial<Record<keyof WaybillDraft, string>>;

export const WAYBILL_PATTERN = /^[A-Za-z0-9-]{6,40}$/;
export const emptyWaybill = (courierId = ''): WaybillDraft => ({ courierId, waybillNo: '', packageCount: '1' });

/** Checks a waybill row before asking the server. */
export function checkWaybill(w: WaybillDraft, t: TFunction): WaybillErrors {
  const errors: WaybillErrors = {};
  if (!w.courierId) errors.courierId = t('fulfilment.courierRequired');
  if (!WAYBILL_PATTERN.test(w.waybillNo.trim())) errors.waybillNo = t('fulfilment.waybillInvalid');
  const n = Number(w.packageCount);
  if (!Number.isInteger(n) || n < 1) errors.packageCount = t('validation.wholeNumberMin', { min: 1 });
  return errors;
}

export const toShipmentInput = (w: WaybillDraft) => ({ courierId: w.courierId, waybillNo: w.waybillNo.trim(), packageCount: Number(w.packageCount) });

/** Splits a ship refusal into per-waybill field messages (`shipments.<i>.<field>`) and the rest. */
export function splitShipErrors(errors: readonly FieldError[], text: (e: FieldError) => string, prefix = '') {
  const rows: Record<number, WaybillErrors> = {};
  const general: string[] = [];
  for (const e of errors) {
    const match = new RegExp(`^(?:input\\.)?${prefix}shipments\\.(\\d+)\\.(courierId|waybillNo|packageCount)$`).exec(e.field ?? '');
    if (match) rows[Number(match[1])] = { ...rows[Number(match[1])], [match[2]]: text(e) };
    else general.push(text(e));
  }
  return { rows, general };
}
