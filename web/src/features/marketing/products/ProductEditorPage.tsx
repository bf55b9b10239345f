import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, Grid, LinearProgress, Stack, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import AddIcon from '@mui/icons-material/Add';
import SaveIcon from '@mui/icons-material/Save';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NoAccess, useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useNotice } from '../../../lib/ui/useNotice';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { formatDateTime } from '../../../lib/ui/format';
import { CreateProductMutation, ProductQuery, UpdateProductMutation } from './operations';
import { blankSku, checkDraft, createInput, draftOf, updateInput, type LoadedProduct, type ProductDraft, type SkuDraft } from './productDraft';
import { BasicFields } from './BasicFields';
import { SkuTable } from './SkuTable';
import { ListingCard } from './ListingCard';
import { ImagesCard } from './ImagesCard';
import { PriceChangeDialog } from './PriceChangeDialog';
import { SkuPricesDialog } from './SkuPricesDialog';

const PRODUCT_FIELDS = ['code', 'title', 'categoryId', 'priceTier', 'description', 'attributes'];
const SERVER_FIELD: Record<string, string> = { priceYuan: 'priceFen', vipPriceYuan: 'vipPriceFen' };

/** Loads the product (unless new) and hands it to the editor, which keeps its own draft. */
export default function ProductEditorPage() {
  const { id = 'new' } = useParams();
  const { t } = useTranslation();
  const { can } = useViewer();
  const creating = id === 'new';
  const { data, loading, error } = useQuery(ProductQuery, { variables: { id }, skip: creating });
  if (creating && !can('product:write')) return <NoAccess perm="product:write" />;
  if (!creating && loading && !data) return <LinearProgress />;
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  if (!creating && !data?.product) return <Alert severity="warning" data-testid="product-missing">{t('products.notFound')}</Alert>;
  return <ProductEditor key={id} product={data?.product ?? null} />;
}

function ProductEditor({ product }: { product: LoadedProduct | null }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { can } = useViewer();
  const readOnly = !can('product:write');
  const [draft, setDraft] = useState<ProductDraft>(() => draftOf(product));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [proposing, setProposing] = useState<SkuDraft | null>(null);
  const [pricing, setPricing] = useState<SkuDraft | null>(null);
  const [notify, notice] = useNotice();
  const [create, creating] = useMutation(CreateProductMutation, { refetchQueries: ['Products', 'Categories'] });
  const [update, updating] = useMutation(UpdateProductMutation, { refetchQueries: ['Products', 'Product'] });

  // Editing a field clears its message; the next save checks it again.
  const forget = (fields: string[]) => setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !fields.includes(k))));
  const patch = (p: Partial<ProductDraft>) => {
    setDraft((d) => ({ ...d, ...p }));
    forget(Object.keys(p));
  };
  const patchSku = (key: string, p: Partial<SkuDraft>) => {
    setDraft((d) => ({ ...d, skus: d.skus.map((s) => (s.key === key ? { ...s, ...p } : s)) }));
    forget(Object.keys(p).map((name) => `skus.${key}.${SERVER_FIELD[name] ?? name}`));
  };
  const message = (m: string, ok: boolean) => notify(m, ok ? 'success' : 'error');

  const save = async () => {
    const local = checkDraft(draft, t('validation.required'), t('products.invalidValue'));
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length > 0) return;
    // Server fields name SKUs by position (skus.0, updateSkus.1, addSkus.0); map them back to the rows.
    let skuFields: Record<string, string>;
    const outcome = await runPayload(async () => {
      if (!product) {
        skuFields = Object.fromEntries(draft.skus.map((s, i) => [`skus.${i}`, s.key]));
        return (await create({ variables: { input: createInput(draft) } })).data?.createProduct;
      }
      const built = updateInput(product.id, draft);
      skuFields = built.skuFields;
      return (await update({ variables: { input: built.input } })).data?.updateProduct;
    });
    if (outcome.ok && outcome.payload?.product) {
      const saved = outcome.payload.product;
      notify(t('products.saved', { title: saved.title }));
      if (!product) void navigate(`/marketing/products/${saved.id}`, { replace: true });
      else setDraft(draftOf({ ...product, ...saved } as LoadedProduct));
      return;
    }
    const byField: Record<string, string> = {};
    const rest: string[] = [];
    for (const e of outcome.errors) {
      const field = (e.field ?? '').replace(/^input\./, '');
      const sku = /^((?:skus|updateSkus|addSkus)\.\d+)\.(\w+)$/.exec(field);
      if (sku && skuFields![sku[1]]) byField[`skus.${skuFields![sku[1]]}.${sku[2]}`] ??= errorText(e);
      else if (PRODUCT_FIELDS.includes(field)) byField[field] ??= errorText(e);
      else rest.push(errorText(e));
    }
    setErrors(byField);
    setGeneral(rest);
  };

  return (
    <div data-testid="product-editor">
      <Button component={RouterLink} to="/marketing/products" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('products.backToList')}</Button>
      <PageHeader
        title={product ? product.title : t('products.create')}
        subtitle={product ? `${product.code} · ${t('inventory.updatedAt')} ${formatDateTime(product.updatedAt, i18n.language)}` : t('products.createHelp')}
        actions={!readOnly && (
          <Button variant="contained" startIcon={<SaveIcon />} onClick={() => void save()} disabled={creating.loading || updating.loading} data-testid="product-save">
            {t('common.save')}
          </Button>
        )}
      />
      {general.map((m) => <Alert key={m} severity="error" sx={{ mb: 2 }} data-testid="product-error">{m}</Alert>)}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: product ? 8 : 12 }}>
          <Card><CardContent><BasicFields draft={draft} onChange={patch} errors={errors} readOnly={readOnly} /></CardContent></Card>
        </Grid>
        {product && (
          <Grid size={{ xs: 12, lg: 4 }}>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('products.listingTitle')}</Typography>
                <ListingCard productId={product.id} listingStatus={product.listingStatus} showcase={product.showcase} readOnly={readOnly} onMessage={message} />
              </CardContent>
            </Card>
          </Grid>
        )}
        <Grid size={12}>
          <Card>
            <CardContent>
              <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
                <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('products.skus')}</Typography>
                {!readOnly && (
                  <Button startIcon={<AddIcon />} onClick={() => patch({ skus: [...draft.skus, blankSku()] })} data-testid="sku-add">{t('products.addSku')}</Button>
                )}
              </Stack>
              {product && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('products.pricesReadOnly')}</Typography>}
              <SkuTable skus={draft.skus} onChange={patchSku} errors={errors} readOnly={readOnly}
                onRemove={(key) => patch({ skus: draft.skus.filter((s) => s.key !== key) })}
                actions={{ propose: can('price:propose') ? setProposing : null, prices: setPricing }} />
            </CardContent>
          </Card>
        </Grid>
        {product && (
          <Grid size={12}>
            <Card>
              <CardContent>
                <Typography variant="h6" gutterBottom>{t('products.images')}</Typography>
                <ImagesCard productId={product.id} images={product.images} readOnly={readOnly} onMessage={message} />
              </CardContent>
            </Card>
          </Grid>
        )}
      </Grid>
      {proposing?.existing && (
        <PriceChangeDialog sku={proposing.existing} onClose={() => setProposing(null)}
          onProposed={() => { notify(t('prices.proposedDone', { sku: proposing.existing?.code })); setProposing(null); }} />
      )}
      {pricing?.existing && <SkuPricesDialog sku={pricing.existing} onClose={() => setPricing(null)} onMessage={message} />}
      {notice}
    </div>
  );
}
