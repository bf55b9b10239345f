import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OrderStatus, ShipmentStatus } from '../../gql/graphql';
import { ORDER_STATUS_COLOR, SHIPMENT_STATUS_COLOR } from './labels';

export function OrderStatusChip({ status, testId }: { status: OrderStatus; testId?: string }) {
  const { t } = useTranslation();
  return <Chip size="small" color={ORDER_STATUS_COLOR[status]} label={t(`orderStatus.${status}`)} data-testid={testId} data-status={status} />;
}

export function ShipmentStatusChip({ status, testId }: { status: ShipmentStatus; testId?: string }) {
  const { t } = useTranslation();
  return <Chip size="small" color={SHIPMENT_STATUS_COLOR[status]} label={t(`shipmentStatus.${status}`)} data-testid={testId} data-status={status} />;
}
