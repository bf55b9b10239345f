import { useMutation } from '@apollo/client/react';
import { FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ListingStatus } from '../../../gql/graphql';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SetListingStatusMutation, SetShowcaseMutation } from './operations';

/** On/off the shelf and the shop-window flag, changed at once (product:write). */
export function ListingCard({ productId, listingStatus, showcase, readOnly, onMessage }: {
  productId: string;
  listingStatus: ListingStatus;
  showcase: boolean;
  readOnly: boolean;
  onMessage: (message: string, ok: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const refetch = { refetchQueries: ['Products', 'TierMix'] };
  const [setListing, listing] = useMutation(SetListingStatusMutation, refetch);
  const [setShowcase, window] = useMutation(SetShowcaseMutation, refetch);

  const toggleListing = async (on: boolean) => {
    const status: ListingStatus = on ? 'ON_SHELF' : 'OFF_SHELF';
    const outcome = await runPayload(async () => (await setListing({ variables: { input: { productIds: [productId], status } } })).data?.setListingStatus);
    onMessage(outcome.ok ? t(`products.listingChanged.${status}`) : outcome.errors.map(errorText).join('；'), outcome.ok);
  };
  const toggleShowcase = async (on: boolean) => {
    const outcome = await runPayload(async () => (await setShowcase({ variables: { input: { productIds: [productId], showcase: on } } })).data?.setShowcase);
    onMessage(outcome.ok ? (on ? t('products.showcaseOnDone') : t('products.showcaseOffDone')) : outcome.errors.map(errorText).join('；'), outcome.ok);
  };

  return (
    <Stack spacing={1}>
      <FormControlLabel
        label={<><Typography component="span">{t('products.onShelf')}</Typography> <Typography component="span" variant="caption" color="text.secondary">{t(`listingStatus.${listingStatus}`)}</Typography></>}
        control={<Switch checked={listingStatus === 'ON_SHELF'} disabled={readOnly || listing.loading} onChange={(e) => void toggleListing(e.target.checked)}
          slotProps={{ input: { 'data-testid': 'product-listing-toggle' } as object }} />} />
      <FormControlLabel label={t('products.showcase')}
        control={<Switch checked={showcase} disabled={readOnly || window.loading} onChange={(e) => void toggleShowcase(e.target.checked)}
          slotProps={{ input: { 'data-testid': 'product-showcase-toggle' } as object }} />} />
      <Typography variant="caption" color="text.secondary">{t('products.listingHelp')}</Typography>
    </Stack>
  );
}
