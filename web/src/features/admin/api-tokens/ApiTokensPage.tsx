import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Paper, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { SearchField } from '../../../lib/ui/SearchField';
import { useConnectionGrid } from '../../../lib/ui/useConnectionGrid';
import { useNotice } from '../../../lib/ui/useNotice';
import { formatDateTime } from '../../../lib/ui/format';
import { ApiTokensListQuery, RevokeApiTokenMutation } from './operations';
import { CreateTokenDialog } from './CreateTokenDialog';
import { SecretDialog } from './SecretDialog';

type TokenRow = ResultOf<typeof ApiTokensListQuery>['apiTokens']['nodes'][number];

export default function ApiTokensPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [notify, notice] = useNotice();
  const where = { search: search || null };
  const { variables, gridProps } = useConnectionGrid({
    sortFields: { name: 'NAME', createdAt: 'CREATED_AT', lastUsedAt: 'LAST_USED_AT' } as const,
    defaultSort: { field: 'CREATED_AT', direction: 'DESC' },
    resetKey: JSON.stringify(where),
  });
  const { data, previousData, loading, error } = useQuery(ApiTokensListQuery, { variables: { ...variables, where } });
  const [revoke] = useMutation(RevokeApiTokenMutation, { refetchQueries: ['ApiTokensList'] });
  const page = (data ?? previousData)?.apiTokens;

  const columns = useMemo<GridColDef<TokenRow>[]>(() => [
    { field: 'name', headerName: t('tokens.name'), flex: 1, minWidth: 160 },
    { field: 'kind', headerName: t('tokens.kind'), width: 110, sortable: false, valueFormatter: (v: string) => t(`tokens.kind${v}`) },
    { field: 'prefix', headerName: t('tokens.prefix'), width: 120, sortable: false },
    { field: 'partner', headerName: t('tokens.partner'), width: 150, sortable: false, valueGetter: (_v, row) => row.partner?.name ?? '—' },
    {
      field: 'permissions', headerName: t('tokens.scope'), flex: 1, minWidth: 200, sortable: false,
      valueGetter: (_v, row) => row.permissions.join(', '),
    },
    { field: 'expiresAt', headerName: t('tokens.expiresAt'), width: 150, sortable: false, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
    { field: 'lastUsedAt', headerName: t('tokens.lastUsedAt'), width: 150, valueFormatter: (v: string | null) => formatDateTime(v, lang) },
    { field: 'createdBy', headerName: t('tokens.createdBy'), width: 120, sortable: false, valueGetter: (_v, row) => row.createdBy?.name ?? '—' },
    {
      field: 'status', headerName: t('tokens.status'), width: 100, sortable: false,
      renderCell: ({ row }) => {
        if (row.revokedAt) return <Chip size="small" label={t('tokens.revoked')} />;
        if (!row.active) return <Chip size="small" color="warning" label={t('tokens.expired')} />;
        return <Chip size="small" color="success" label={t('common.active')} />;
      },
    },
    {
      field: 'actions', headerName: t('common.actions'), width: 100, sortable: false,
      renderCell: ({ row }) => row.revokedAt ? null : (
        <Button size="small" color="error" onClick={() => setRevoking(row)} data-testid={`token-revoke-${row.name}`}>{t('tokens.revoke')}</Button>
      ),
    },
  ], [t, lang]);

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      const { data: result } = await revoke({ variables: { input: { id: revoking.id } } });
      const failure = result?.revokeApiToken.errors[0];
      const message = failure && errorText(failure);
      notify(message ?? t('common.saved'), message ? 'error' : 'success');
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), 'error');
    }
    setRevoking(null);
  };

  return (
    <>
      <PageHeader title={t('tokens.title')} subtitle={t('tokens.subtitle')} actions={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)} data-testid="token-create">{t('tokens.create')}</Button>
      } />
      <Stack direction="row" sx={{ mb: 2 }}>
        <SearchField value={search} onChange={setSearch} placeholder={t('tokens.searchPlaceholder')} />
      </Stack>
      {error && <Alert severity="error" sx={{ mb: 2 }}>{t('common.loadFailed', { message: error.message })}</Alert>}
      <Paper sx={{ height: 600 }}>
        <DataGrid rows={page?.nodes ?? []} columns={columns} loading={loading} disableRowSelectionOnClick {...gridProps(page)} />
      </Paper>
      {creating && <CreateTokenDialog onClose={() => setCreating(false)} onCreated={(s) => { setCreating(false); setSecret(s); }} />}
      {secret && <SecretDialog secret={secret} onClose={() => setSecret(null)} />}
      {revoking && (
        <Dialog open onClose={() => setRevoking(null)}>
          <DialogTitle>{t('tokens.revoke')}</DialogTitle>
          <DialogContent>{t('tokens.revokeConfirm', { name: revoking.name })}</DialogContent>
          <DialogActions>
            <Button onClick={() => setRevoking(null)}>{t('common.cancel')}</Button>
            <Button color="error" variant="contained" onClick={() => void confirmRevoke()} data-testid="token-revoke-confirm">{t('tokens.revoke')}</Button>
          </DialogActions>
        </Dialog>
      )}
      {notice}
    </>
  );
}
