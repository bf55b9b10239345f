import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../../../gql/graphql';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SetListingStatusMutation, SetShowcaseMutation } from './operations';

/** Puts the selected products on or off the shelf, or in or out of the shop window (product:write). */
export function BulkActions({ ids, onDone }: { ids: string[]; onDone: (message: string, ok: boolean) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refetch = { refetchQueries: ['Products', 'TierMix'] };
  const [setListing, listing] = useMutation(SetListingStatusMutation, refetch);
  const [setShowcase, showcase] = useMutation(SetShowcaseMutation, refetch);

  const list = async (status: ListingStatus) => {
    const outcome = await runPayload(async () => (await setListing({ variables: { input: { productIds: ids, status } } })).data?.setListingStatus);
    onDone(outcome.ok ? t('products.bulkDone', { count: ids.length }) : outcome.errors.map(errorText).join('；'), outcome.ok);
  };
  const window = async (on: boolean) => {
    const outcome = await runPayload(async () => (await setShowcase({ variables: { input: { productIds: ids, showcase: on } } })).data?.setShowcase);
    onDone(outcome.ok ? t('products.bulkDone', { count: ids.length }) : outcome.errors.map(errorText).join('；'), outcome.ok);
  };
  const busy = listing.loading || showcase.loading;

  return (
    <Paper variant="outlined" sx={{ p: 1, mb: 2 }} data-testid="products-bulk">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ mx: 1 }}>{t('products.selected', { count: ids.length })}</Typography>
        <Button size="small" disabled={busy} onClick={() => void list('ON_SHELF')} data-testid="bulk-on-shelf">{t('products.putOnShelf')}</Button>
        <Button size="small" disabled={busy} onClick={() => void list('OFF_SHELF')} data-testid="bulk-off-shelf">{t('products.takeOffShelf')}</Button>
        <Button size="small" disabled={busy} onClick={() => void window(true)} data-testid="bulk-showcase-on">{t('products.showcaseOn')}</Button>
        <Button size="small" disabled={busy} onClick={() => void window(false)} data-testid="bulk-showcase-off">{t('products.showcaseOff')}</Button>
      </Stack>
    </Paper>
  );
}
