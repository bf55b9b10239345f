import { useQuery } from '@apollo/client/react';
import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../../lib/ui/format';
import { AsCustomerOrdersQuery } from './operations';

export type PickedOrder = ResultOf<typeof AsCustomerOrdersQuery>['orders']['nodes'][number];

/** One of the customer's orders (newest first); with no customer, orders found by number. */
export function OrderPicker({ customerId, search, value, onChange, error, helperText, testId = 'order-picker', label, allowNone = true }: {
  customerId?: string | null;
  search?: string | null;
  value: string;
  onChange: (orderId: string, order: PickedOrder | null) => void;
  error?: boolean;
  helperText?: string;
  testId?: string;
  label?: string;
  allowNone?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { data, loading } = useQuery(AsCustomerOrdersQuery, {
    variables: { where: { customerId: customerId || null, search: search || null } },
    skip: !customerId && !search,
  });
  const orders = data?.orders.nodes ?? [];
  return (
    <TextField select size="small" fullWidth label={label ?? t('as.complaint.order')} value={orders.some((o) => o.id === value) ? value : ''}
      onChange={(e) => onChange(e.target.value, orders.find((o) => o.id === e.target.value) ?? null)}
      error={error} helperText={helperText ?? (!loading && (customerId || search) && orders.length === 0 ? t('as.picker.noOrders') : undefined)}
      slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': testId } as object }, inputLabel: { shrink: true } }}>
      {allowNone && <MenuItem value="">{t('common.none')}</MenuItem>}
      {orders.map((o) => (
        <MenuItem key={o.id} value={o.id} data-order={o.code}>
          {o.code} · {formatDateTime(o.placedAt, i18n.language)} · {formatFen(o.totalFen)} · {t(`orderStatus.${o.status}`, { defaultValue: o.status })}
        </MenuItem>
      ))}
    </TextField>
  );
}
