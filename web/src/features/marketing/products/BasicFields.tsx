import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { PriceTier } from '../../../gql/graphql';
import { CategoriesQuery } from './operations';
import { PRICE_TIERS } from './catalogLabels';
import { TITLE_MAX_WIDTH, titleWidth, type ProductDraft } from './productDraft';

/** Code, title (with Taobao's width count), category, price tier, description and attributes. */
export function BasicFields({ draft, onChange, errors, readOnly }: {
  draft: ProductDraft;
  onChange: (patch: Partial<ProductDraft>) => void;
  errors: Record<string, string>;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { data } = useQuery(CategoriesQuery);
  const width = titleWidth(draft.title);
  const field = (name: keyof ProductDraft) => ({ error: Boolean(errors[name]), helperText: errors[name], disabled: readOnly });
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField label={t('products.code')} value={draft.code} onChange={(e) => onChange({ code: e.target.value })} required size="small"
          {...field('code')} sx={{ minWidth: 200 }} slotProps={{ htmlInput: { 'data-testid': 'product-code' } }} />
        <TextField label={t('products.category')} select value={draft.categoryId} onChange={(e) => onChange({ categoryId: e.target.value })}
          size="small" {...field('categoryId')} sx={{ minWidth: 220 }}
          slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'product-category' } as object }, inputLabel: { shrink: true } }}>
          <MenuItem value=""><em>{t('common.none')}</em></MenuItem>
          {data?.categories.map((c) => <MenuItem key={c.id} value={c.id}>{c.path}</MenuItem>)}
        </TextField>
        <TextField label={t('products.tier')} select value={draft.priceTier} onChange={(e) => onChange({ priceTier: e.target.value as PriceTier })}
          size="small" {...field('priceTier')} sx={{ minWidth: 160 }}
          slotProps={{ select: { renderValue: (v) => t(`priceTier.${v as string}`), SelectDisplayProps: { 'data-testid': 'product-tier' } as object } }}>
          {PRICE_TIERS.map((tier) => <MenuItem key={tier} value={tier}>{t(`priceTier.${tier}`)} · {t(`priceTierHint.${tier}`)}</MenuItem>)}
        </TextField>
      </Stack>
      <TextField label={t('products.productTitle')} value={draft.title} onChange={(e) => onChange({ title: e.target.value })} required size="small"
        {...field('title')} error={Boolean(errors.title) || width > TITLE_MAX_WIDTH}
        helperText={errors.title ?? t('products.titleWidth', { width, max: TITLE_MAX_WIDTH })}
        slotProps={{ htmlInput: { 'data-testid': 'product-title' } }} />
      <TextField label={t('products.description')} value={draft.description} onChange={(e) => onChange({ description: e.target.value })}
        multiline minRows={2} size="small" {...field('description')} slotProps={{ htmlInput: { 'data-testid': 'product-description' } }} />
      <TextField label={t('products.attributes')} value={draft.attributes} onChange={(e) => onChange({ attributes: e.target.value })}
        multiline minRows={2} size="small" placeholder={t('products.attributesPlaceholder')} {...field('attributes')}
        helperText={errors.attributes ?? t('products.attributesHelp')} slotProps={{ htmlInput: { 'data-testid': 'product-attributes' } }} />
    </Stack>
  );
}
