import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Paper, Tab, Tabs, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ShippingMethod } from '../../../gql/graphql';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SHIPPING_METHODS } from '../../../lib/orders/labels';
import { FeeTemplatesQuery, RemoveFeeTemplateMutation, SetFeeTemplateMutation } from './operations';
import { RateForm } from './RateForm';
import { RateTable, type RateRow } from './RateTable';

/** The buyer's shipping fee (运费模板) per method and province, with free-shipping thresholds. */
export function FeeTemplatesPanel({ notify }: { notify: (message: string, severity?: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [method, setMethod] = useState<ShippingMethod>('EXPRESS');
  const [editRow, setEditRow] = useState<RateRow | null>(null);
  const { data, error } = useQuery(FeeTemplatesQuery, { variables: { method } });
  const [setTemplate] = useMutation(SetFeeTemplateMutation, { refetchQueries: ['FeeTemplates'] });
  const [removeTemplate] = useMutation(RemoveFeeTemplateMutation, { refetchQueries: ['FeeTemplates'] });

  const remove = async (id: string) => {
    const outcome = await runPayload(async () => (await removeTemplate({ variables: { input: { id } } })).data?.removeShippingFeeTemplate);
    notify(outcome.ok ? t('couriers.rowRemoved') : outcome.errors.map(errorText).join('；'), outcome.ok ? 'success' : 'error');
  };

  return (
    <Paper sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('couriers.templatesHelp')}</Typography>
      <Tabs value={method} onChange={(_e, v: ShippingMethod) => { setMethod(v); setEditRow(null); }} sx={{ mb: 1 }}>
        {SHIPPING_METHODS.map((m) => <Tab key={m} value={m} label={t(`shippingMethod.${m}`)} data-testid={`templates-tab-${m}`} />)}
      </Tabs>
      {error && <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>}
      <RateTable rows={data?.shippingFeeTemplates ?? []} withThreshold onRemove={(id) => void remove(id)} onEdit={setEditRow} testId="templates-table" />
      <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>{t('couriers.setRow')}</Typography>
      <RateForm key={`${method}-${editRow?.id ?? 'new'}`} initial={editRow} fixedMethod={method} withThreshold testId="template-form" onSubmit={async (input) => {
        const outcome = await runPayload(async () => (await setTemplate({ variables: { input } })).data?.setShippingFeeTemplate);
        if (outcome.ok) notify(t('couriers.rowSaved'));
        return outcome.errors;
      }} />
    </Paper>
  );
}
