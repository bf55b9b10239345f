import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, CardContent, MenuItem, Stack, TextField } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ComplaintCategory, ComplaintChannel } from '../../../gql/graphql';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { shopLocalToIso } from '../../customer-service/shanghaiTime';
import { CustomerPicker, type CustomerOption } from '../shared/CustomerPicker';
import { OrderPicker, type PickedOrder } from '../shared/OrderPicker';
import { RegisterComplaintMutation } from './operations';
import { CATEGORIES, CHANNELS } from './labels';
import { useStepForm } from './useStepForm';
import { useComplaintChoices } from './steps/useResponsibleStaff';
import { StepErrors } from './steps/StepErrors';

const FIELDS = ['handlerId', 'customerId', 'channel', 'receivedAt', 'orderId', 'skuId', 'productId', 'category', 'content', 'demand', 'complaintRequestId'];

/** Step 1, the complaint registration form (投诉登记表): complainant, time, channel, order and product, content and demand. */
export default function ComplaintIntakePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requestId = params.get('request');
  const prefilled = params.get('customer');
  const [customer, setCustomer] = useState<CustomerOption | null>(prefilled ? { id: prefilled, name: params.get('name') ?? prefilled } : null);
  const [channel, setChannel] = useState<ComplaintChannel>(requestId ? 'CUSTOMER_SERVICE' : 'PHONE');
  const [receivedAt, setReceivedAt] = useState('');
  const [orderId, setOrderId] = useState('');
  const [order, setOrder] = useState<PickedOrder | null>(null);
  const [skuId, setSkuId] = useState('');
  const [category, setCategory] = useState<ComplaintCategory>('QUALITY');
  const [content, setContent] = useState(params.get('summary') ?? '');
  const [demand, setDemand] = useState('');
  const [handlerId, setHandlerId] = useState('');
  const { handlers } = useComplaintChoices();
  const form = useStepForm(FIELDS);
  const [register] = useMutation(RegisterComplaintMutation, { refetchQueries: ['AsComplaintBoard', 'AsComplaints'] });
  const skus = (order?.lines ?? []).filter((l, i, all) => all.findIndex((x) => x.sku.id === l.sku.id) === i);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!customer) local.customerId = t('validation.required');
    if (!content.trim()) local.content = t('validation.required');
    if (!demand.trim()) local.demand = t('validation.required');
    let created: string | null = null;
    const ok = await form.submit(async () => {
      const payload = (await register({ variables: { input: {
        customerId: customer!.id, channel, receivedAt: receivedAt ? shopLocalToIso(receivedAt) : null, orderId: orderId || null, skuId: skuId || null,
        category, content: content.trim(), demand: demand.trim(), complaintRequestId: requestId, handlerId: handlerId || null,
      } } })).data?.registerComplaint;
      created = payload?.complaint?.id ?? null;
      return payload;
    }, local);
    if (ok && created) void navigate(`/after-sales/complaints/${created}`);
  };

  return (
    <div data-testid="complaint-intake">
      <Button component={RouterLink} to="/after-sales" startIcon={<ArrowBackIcon />} sx={{ mb: 1 }}>{t('as.complaint.back')}</Button>
      <PageHeader title={t('as.complaint.intakeTitle')} subtitle={t('as.complaint.intakeSubtitle')} />
      <Card sx={{ maxWidth: 860 }}>
        <CardContent>
          <form onSubmit={(e) => void submit(e)} noValidate data-testid="complaint-form">
            <StepErrors messages={form.general} testId="complaint-form-error" />
            {requestId && <Alert severity="info" sx={{ mb: 2 }}>{t('as.complaint.fromRequest')}</Alert>}
            <Stack spacing={2}>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <CustomerPicker value={customer} onChange={(c) => { setCustomer(c); setOrderId(''); setOrder(null); setSkuId(''); }} required
                  testId="complaint-customer" {...form.fieldProps('customerId')} />
                <TextField select size="small" label={t('as.complaint.channel')} value={channel} onChange={(e) => setChannel(e.target.value as ComplaintChannel)}
                  sx={{ minWidth: 160 }} {...form.fieldProps('channel')}
                  slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'complaint-channel' } as object } }}>
                  {CHANNELS.map((c) => <MenuItem key={c} value={c}>{t(`as.enum.complaintChannel.${c}`)}</MenuItem>)}
                </TextField>
                <TextField size="small" type="datetime-local" label={t('as.complaint.receivedAt')} value={receivedAt} onChange={(e) => setReceivedAt(e.target.value)}
                  {...form.fieldProps('receivedAt')} helperText={form.errors.receivedAt ?? t('as.complaint.receivedAtHint')}
                  slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'complaint-received-at' } }} />
              </Stack>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                <OrderPicker customerId={customer?.id} value={orderId} testId="complaint-order" {...form.fieldProps('orderId')}
                  onChange={(id, picked) => { setOrderId(id); setOrder(picked); setSkuId(''); }} />
                <TextField select size="small" fullWidth label={t('as.complaint.product')} value={skuId} onChange={(e) => setSkuId(e.target.value)}
                  disabled={!order} {...form.fieldProps('skuId')}
                  slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'complaint-sku' } as object }, inputLabel: { shrink: true } }}>
                  <MenuItem value="">{t('as.complaint.productNone')}</MenuItem>
                  {skus.map((l) => <MenuItem key={l.sku.id} value={l.sku.id}>{l.skuCode} · {l.sku.product.title}</MenuItem>)}
                </TextField>
              </Stack>
              <TextField select size="small" label={t('as.complaint.category')} value={category} onChange={(e) => setCategory(e.target.value as ComplaintCategory)}
                {...form.fieldProps('category')} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'complaint-category' } as object } }}>
                {CATEGORIES.map((c) => <MenuItem key={c} value={c}>{t(`as.enum.complaintCategory.${c}`)}</MenuItem>)}
              </TextField>
              <TextField size="small" required multiline minRows={3} label={t('as.complaint.content')} value={content} onChange={(e) => setContent(e.target.value)}
                {...form.fieldProps('content')} slotProps={{ htmlInput: { 'data-testid': 'complaint-content' } }} />
              <TextField size="small" required multiline minRows={2} label={t('as.complaint.demand')} value={demand} onChange={(e) => setDemand(e.target.value)}
                {...form.fieldProps('demand')} slotProps={{ htmlInput: { 'data-testid': 'complaint-demand' } }} />
              <TextField select size="small" label={t('as.complaint.handler')} value={handlerId} onChange={(e) => setHandlerId(e.target.value)}
                {...form.fieldProps('handlerId')} helperText={form.errors.handlerId ?? t('as.complaint.handlerHint')}
                slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'complaint-handler' } as object }, inputLabel: { shrink: true } }}>
                <MenuItem value="">{t('as.complaint.handlerMe')}</MenuItem>
                {handlers.map((h) => <MenuItem key={h.id} value={h.id}>{h.name}{h.email ? ` · ${h.email}` : ''}</MenuItem>)}
              </TextField>
              <Stack direction="row">
                <Button type="submit" variant="contained" disabled={form.busy} data-testid="complaint-submit">{t('as.complaint.submit')}</Button>
              </Stack>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </div>
  );
}
