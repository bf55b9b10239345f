import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { SupplierGrade, SupplierStatus } from '../../../gql/graphql';
import { SUPPLIER_GRADES, SUPPLIER_STATUSES } from './operations';

export interface ProfileDraft { grade: SupplierGrade; status: SupplierStatus; paymentTerms: string; categories: string }

export const splitCategories = (text: string) => text.split(/[,，、]/).map((c) => c.trim()).filter(Boolean);

/** Grade, status, payment terms and categories of a supplier profile. */
export function ProfileFields({ value, onChange, errors }: { value: ProfileDraft; onChange: (next: ProfileDraft) => void; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (patch: Partial<ProfileDraft>) => onChange({ ...value, ...patch });
  return (
    <>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField select size="small" label={t('proc.suppliers.grade')} value={value.grade} onChange={(e) => set({ grade: e.target.value as SupplierGrade })} fullWidth
          error={Boolean(errors.grade)} helperText={errors.grade} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'supplier-grade' } as object } }}>
          {SUPPLIER_GRADES.map((g) => <MenuItem key={g} value={g}>{t(`proc.enum.grade.${g}`)}</MenuItem>)}
        </TextField>
        <TextField select size="small" label={t('proc.common.status')} value={value.status} onChange={(e) => set({ status: e.target.value as SupplierStatus })} fullWidth
          error={Boolean(errors.status)} helperText={errors.status} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'supplier-status' } as object } }}>
          {SUPPLIER_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`proc.enum.supplierStatus.${s}`)}</MenuItem>)}
        </TextField>
      </Stack>
      <TextField size="small" label={t('proc.suppliers.paymentTerms')} value={value.paymentTerms} onChange={(e) => set({ paymentTerms: e.target.value })}
        error={Boolean(errors.paymentTerms)} helperText={errors.paymentTerms} slotProps={{ htmlInput: { 'data-testid': 'supplier-payment-terms' } }} />
      <TextField size="small" label={t('proc.suppliers.categories')} value={value.categories} onChange={(e) => set({ categories: e.target.value })}
        error={Boolean(errors.categories)} helperText={errors.categories ?? t('proc.suppliers.categoriesHelp')} slotProps={{ htmlInput: { 'data-testid': 'supplier-categories' } }} />
    </>
  );
}
