import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Box, Button, Chip, IconButton, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import AddPhotoAlternateIcon from '@mui/icons-material/AddPhotoAlternate';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { AddProductImageMutation, RemoveProductImageMutation } from './operations';

const MAX_BYTES = 2 * 1024 * 1024;
const TYPES = ['image/jpeg', 'image/png', 'image/webp'];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The product's pictures, main picture first; JPEG, PNG or WebP up to 2 MB each (product:write to change). */
export function ImagesCard({ productId, images, readOnly, onMessage }: {
  productId: string;
  images: readonly { id: string; url: string; fileName: string; sizeBytes: number }[];
  readOnly: boolean;
  onMessage: (message: string, ok: boolean) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [add, adding] = useMutation(AddProductImageMutation);
  const [remove] = useMutation(RemoveProductImageMutation);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (!TYPES.includes(file.type)) return onMessage(t('products.imageType'), false);
    if (file.size > MAX_BYTES) return onMessage(t('products.imageTooLarge'), false);
    setBusy(true);
    const base64 = await readAsDataUrl(file);
    const outcome = await runPayload(async () => (await add({ variables: { input: { productId, base64, contentType: file.type, fileName: file.name } } })).data?.addProductImage);
    setBusy(false);
    onMessage(outcome.ok ? t('products.imageAdded') : outcome.errors.map(errorText).join('；'), outcome.ok);
  };
  const drop = async (id: string) => {
    const outcome = await runPayload(async () => (await remove({ variables: { input: { id } } })).data?.removeProductImage);
    onMessage(outcome.ok ? t('products.imageRemoved') : outcome.errors.map(errorText).join('；'), outcome.ok);
  };

  return (
    <Box data-testid="product-images">
      {(busy || adding.loading) && <LinearProgress sx={{ mb: 1 }} />}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1.5 }}>
        {images.map((image, i) => (
          <Box key={image.id} sx={{ position: 'relative', width: 120 }} data-testid="product-image">
            <Box component="img" src={image.url} alt={image.fileName}
              sx={{ width: 120, height: 120, objectFit: 'cover', borderRadius: 1, border: 1, borderColor: 'divider', display: 'block' }} />
            {i === 0 && <Chip size="small" color="primary" label={t('products.mainImage')} sx={{ position: 'absolute', top: 4, left: 4 }} />}
            {!readOnly && (
              <Tooltip title={t('common.remove')}>
                <IconButton size="small" onClick={() => void drop(image.id)} sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'background.paper' }}>
                  <DeleteIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            )}
            <Typography variant="caption" noWrap component="div">{image.fileName}</Typography>
          </Box>
        ))}
        {images.length === 0 && <Typography color="text.secondary">{t('products.noImages')}</Typography>}
      </Stack>
      {!readOnly && (
        <Button component="label" startIcon={<AddPhotoAlternateIcon />} sx={{ mt: 1 }} disabled={busy}>
          {t('products.addImage')}
          <input hidden type="file" accept={TYPES.join(',')} data-testid="product-image-file"
            onChange={(e) => { void upload(e.target.files?.[0]); e.target.value = ''; }} />
        </Button>
      )}
    </Box>
  );
}
