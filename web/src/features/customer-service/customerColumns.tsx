import { Chip, Stack, Tooltip } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDateTime, formatFen } from '../../lib/ui/format';
import type { CustomersQuery } from './operations';

export type CustomerRow = ResultOf<typeof CustomersQuery>['customers']['nodes'][number];

/** Columns of the customer list; sortable ones map to CustomerSortField in CustomersPage. */
export function customerColumns(t: TFunction, lang: string): GridColDef<CustomerRow>[] {
  return [
    { field: 'name', headerName: t('cs.customer.name'), minWidth: 140, flex: 1 },
    {
      field: 'phone', headerName: t('cs.customer.phone'), width: 140, sortable: false,
      renderCell: ({ row }) => <span data-testid="customer-phone" data-masked={row.contactMasked ? 'true' : 'false'}>{row.phone ?? '—'}</span>,
    },
    { field: 'platformAccount', headerName: t('cs.customer.platformAccount'), width: 130, sortable: false },
    { field: 'channel', headerName: t('cs.customer.channel'), width: 90, sortable: false, valueFormatter: (v: string) => t(`cs.enum.channel.${v}`) },
    {
      field: 'member', headerName: t('cs.customer.member'), width: 130, sortable: false,
      renderCell: ({ row }) => (
        <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%' }}>
          {row.memberLevel && <Chip size="small" label={row.memberLevel.name} />}
          {row.vip && <Chip size="small" color="warning" label="VIP" />}
        </Stack>
      ),
    },
    { field: 'tags', headerName: t('cs.customer.tags'), width: 140, sortable: false, valueGetter: (_v, row) => row.tags.join(', ') },
    { field: 'assignee', headerName: t('cs.customer.assignee'), width: 100, sortable: false, valueGetter: (_v, row) => row.assignee?.name ?? '' },
    {
      field: 'firstContactDueAt', headerName: t('cs.customer.firstContactDue'), width: 170,
      renderCell: ({ row }) => {
        if (row.firstContactAt) return <span>{t('cs.customer.contactedAt', { at: formatDateTime(row.firstContactAt, lang) })}</span>;
        if (!row.firstContactDueAt) return '—';
        const text = formatDateTime(row.firstContactDueAt, lang);
        return row.firstContactOverdue ? (
          <Tooltip title={t('cs.customer.overdueHint')}>
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', height: '100%', color: 'error.main' }} data-testid="customer-overdue">
              <WarningAmberIcon fontSize="small" /><span>{text}</span>
            </Stack>
          </Tooltip>
        ) : text;
      },
    },
    { field: 'lastContactAt', headerName: t('cs.customer.lastContact'), width: 140, sortable: false, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
    { field: 'lifetimeValueFen', headerName: t('cs.customer.lifetimeValue'), width: 110, type: 'number', valueFormatter: (v: number) => formatFen(v) },
  ];
}
