import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  Alert, Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogTitle, Divider, MenuItem, Stack, TextField,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CallbackPurpose } from '../../../gql/graphql';
import { splitFieldErrors } from '../../../lib/ui/fieldErrors';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { CALLBACK_PURPOSES } from '../labels';
import { useSpecialistOptions } from '../useSpecialistOptions';
import { isoToShopLocal, shopLocalToIso } from '../shanghaiTime';
import { CreateCampaignMutation } from './operations';
import { CriteriaFields, EMPTY_CRITERIA, criteriaInput, type CriteriaDraft } from './CriteriaFields';
import { QuietHoursField, type QuietWindowDraft } from './QuietHoursField';

const FIELDS = ['name', 'purpose', 'triggerAt', 'dueDays', 'scriptOpening', 'scriptSatisfied', 'scriptUnsatisfied', 'quietHours', 'specialistIds', 'criteria'];
const DEFAULT_QUIET: QuietWindowDraft[] = [{ start: '12:00', end: '14:00' }, { start: '21:00', end: '09:00' }];

/** Defines a callback campaign (a draft): purpose, who to call, the script with its two branches, the due window and quiet hours. */
export function CreateCampaignDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const specialists = useSpecialistOptions();
  const [name, setName] = useState('');
  const [purpose, setPurpose] = useState<CallbackPurpose>('ROUTINE');
  const [triggerAt, setTriggerAt] = useState(isoToShopLocal(new Date()));
  const [dueDays, setDueDays] = useState('3');
  const [opening, setOpening] = useState(t('cs.campaign.defaultOpening'));
  const [satisfied, setSatisfied] = useState(t('cs.campaign.defaultSatisfied'));
  const [unsatisfied, setUnsatisfied] = useState(t('cs.campaign.defaultUnsatisfied'));
  const [quiet, setQuiet] = useState<QuietWindowDraft[]>(DEFAULT_QUIET);
  const [specialistIds, setSpecialistIds] = useState<string[]>([]);
  const [criteria, setCriteria] = useState<CriteriaDraft>(EMPTY_CRITERIA);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [create, { loading }] = useMutation(CreateCampaignMutation, { refetchQueries: ['CsCallbackCampaigns'] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!name.trim()) local.name = t('validation.required');
    if (!opening.trim()) local.scriptOpening = t('validation.required');
    if (!satisfied.trim()) local.scriptSatisfied = t('validation.required');
    if (!unsatisfied.trim()) local.scriptUnsatisfied = t('validation.required');
    const days = Number(dueDays);
    if (!Number.isInteger(days) || days < 1 || days > 30) local.dueDays = t('cs.campaign.dueDaysRule');
    if (quiet.some((w) => !w.start || !w.end)) local.quietHours = t('cs.campaign.quietInvalid');
    setErrors(local);
    setGeneral([]);
    if (Object.keys(local).length) return;
    const input = {
      name: name.trim(), purpose, triggerAt: shopLocalToIso(triggerAt), dueDays: days,
      scriptOpening: opening.trim(), scriptSatisfied: satisfied.trim(), scriptUnsatisfied: unsatisfied.trim(),
      quietHours: quiet, specialistIds: specialistIds.length ? specialistIds : null, criteria: criteriaInput(criteria),
    };
    const outcome = await runPayload(async () => (await create({ variables: { input } })).data?.createCallbackCampaign);
    if (outcome.ok && outcome.payload?.campaign) {
      onCreated(outcome.payload.campaign.id);
      return;
    }
    const normalised = outcome.errors.map((e) => ({ ...e, field: e.field?.replace(/^(input\.)?(quietHours|criteria|specialistIds)\b.*$/, '$2') }));
    const split = splitFieldErrors(normalised, FIELDS, errorText);
    setErrors(split.byField);
    setGeneral(split.general);
  };

  const text = (field: string, label: string, value: string, set: (v: string) => void, rows = 1) => (
    <TextField label={label} value={value} onChange={(e) => { set(e.target.value); setErrors((x) => ({ ...x, [field]: '' })); }} required
      multiline={rows > 1} minRows={rows} error={Boolean(errors[field])} helperText={errors[field]} fullWidth size="small"
      slotProps={{ htmlInput: { 'data-testid': `campaign-${field}` } }} />
  );

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <form onSubmit={(e) => void submit(e)} noValidate data-testid="campaign-form">
        <DialogTitle>{t('cs.campaign.create')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {general.map((m) => <Alert key={m} severity="error">{m}</Alert>)}
            <Stack direction="row" spacing={2}>
              {text('name', t('cs.campaign.name'), name, setName)}
              <TextField select size="small" label={t('cs.campaign.purpose')} value={purpose} onChange={(e) => setPurpose(e.target.value as CallbackPurpose)}
                sx={{ minWidth: 200 }} error={Boolean(errors.purpose)} helperText={errors.purpose}
                slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'campaign-purpose' } as object } }}>
                {CALLBACK_PURPOSES.map((p) => <MenuItem key={p} value={p}>{t(`cs.enum.purpose.${p}`)}</MenuItem>)}
              </TextField>
            </Stack>
            <Stack direction="row" spacing={2}>
              <TextField size="small" type="datetime-local" label={t('cs.campaign.triggerAt')} value={triggerAt} onChange={(e) => setTriggerAt(e.target.value)} fullWidth
                error={Boolean(errors.triggerAt)} helperText={errors.triggerAt ?? t('cs.campaign.triggerHint')} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField size="small" type="number" label={t('cs.campaign.dueDays')} value={dueDays} onChange={(e) => setDueDays(e.target.value)} fullWidth
                error={Boolean(errors.dueDays)} helperText={errors.dueDays ?? t('cs.campaign.dueDaysHint')} slotProps={{ htmlInput: { min: 1, max: 30, 'data-testid': 'campaign-dueDays' } }} />
            </Stack>
            <Divider />
            <CriteriaFields value={criteria} onChange={setCriteria} />
            {errors.criteria && <Alert severity="error">{errors.criteria}</Alert>}
            <Divider />
            {text('scriptOpening', t('cs.script.opening'), opening, setOpening, 2)}
            {text('scriptSatisfied', t('cs.script.satisfied'), satisfied, setSatisfied, 2)}
            {text('scriptUnsatisfied', t('cs.script.unsatisfied'), unsatisfied, setUnsatisfied, 2)}
            <Divider />
            <QuietHoursField value={quiet} onChange={setQuiet} error={errors.quietHours || undefined} />
            <Autocomplete multiple size="small" options={specialists.map((s) => s.id)} value={specialistIds}
              getOptionLabel={(id) => specialists.find((s) => s.id === id)?.name ?? id} onChange={(_e, ids) => setSpecialistIds(ids)}
              renderInput={(params) => (
                <TextField {...params} label={t('cs.campaign.specialists')} error={Boolean(errors.specialistIds)}
                  helperText={errors.specialistIds || t('cs.campaign.specialistsHint')} slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'campaign-specialists' } }} />
              )} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading} data-testid="campaign-submit">{t('cs.campaign.createConfirm')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
