import { Check } from '../../../core/errors.js';
import { canonicalProvince } from '../../shipping/services/provinces.js';

export interface AddressInput {
  receiverName: string;
  receiverPhone: string;
  province: string;
  city: string;
  district?: string | null;
  addressDetail: string;
}

export type Address = Required<Omit<AddressInput, 'district'>> & { district?: string };

/** A mainland mobile (11 digits from 1), a landline with its area code, or +country number; spaces and dashes are dropped first. */
const PHONE = /^(1\d{10}|0\d{2,3}\d{7,8}|\+\d{8,15})$/;

function text(check: Check, field: string, value: string | null | undefined, label: string, max: number, required = true): string {
  const v = (value ?? '').trim();
  if (required && !v) check.add(field, `${label} is required`, 'REQUIRED');
  if (v.length > max) check.add(field, `${label} must be at most ${max} characters`);
  return v;
}

/** Checks and tidies a shipping address; province names are made canonical (浙江 → 浙江省). */
export function readAddress(check: Check, input: AddressInput, prefix = ''): Address {
  const f = (name: string) => `${prefix}${name}`;
  const phone = (input.receiverPhone ?? '').replace(/[\s\-()]/g, '');
  if (!phone) check.add(f('receiverPhone'), 'Phone is required', 'REQUIRED');
  else if (!PHONE.test(phone)) check.add(f('receiverPhone'), 'Phone must be a mobile number (11 digits) or a landline with its area code');
  const province = canonicalProvince(input.province);
  if (!input.province?.trim()) check.add(f('province'), 'Province is required', 'REQUIRED');
  else if (!province) check.add(f('province'), `Unknown province “${input.province}”`);
  const district = text(check, f('district'), input.district, 'District', 40, false);
  return {
    receiverName: text(check, f('receiverName'), input.receiverName, 'Receiver name', 80),
    receiverPhone: phone,
    province: province ?? '',
    city: text(check, f('city'), input.city, 'City', 40),
    district: district || undefined,
    addressDetail: text(check, f('addressDetail'), input.addressDetail, 'Address', 200),
  };
}

/** 138****5678: enough for a packer to recognise, not enough to misuse. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}
