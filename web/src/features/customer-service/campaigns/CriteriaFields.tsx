import { useQuery } from '@apollo/client/react';
import { Autocomplete, Chip, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RfmSegment } from '../../../gql/graphql';
import { RFM_SEGMENTS } from '../labels';
import { AudienceCountQuery } from './operations';
import { MemberLevelsQuery } from '../operations';

export interface CriteriaDraft {
  membersOnly: boolean;
  vipOnly: boolean;
  memberLevelIds: string[];
  segments: RfmSegment[];
  tags: string[];
  boughtFrom: string;
  boughtTo: string;
}

export const EMPTY_CRITERIA: CriteriaDraft = { membersOnly: true, vipOnly: false, memberLevelIds: [], segments: [], tags: [], boughtFrom: '', boughtTo: '' };

/** The criteria as the API input; bought-from/to are shop-local days. */
export function criteriaInput(c: CriteriaDraft) {
  return {
    membersOnly: c.membersOnly, vipOnly: c.vipOnly || null,
    memberLevelIds: c.memberLevelIds.length ? c.memberLevelIds : null,
    segments: c.segments.length ? c.segments : null,
    tags: c.tags.length ? c.tags : null,
    boughtFrom: c.boughtFrom ? new Date(`${c.boughtFrom}T00:00:00+08:00`).toISOString() : null,
    boughtTo: c.boughtTo ? new Date(`${c.boughtTo}T00:00:00+08:00`).toISOString() : null,
  };
}

/** Who the campaign calls: all members by default, narrowed by level, VIP, RFM segment, tags or a purchase period; with a live count. */
export function CriteriaFields({ value, onChange }: { value: CriteriaDraft; onChange: (v: CriteriaDraft) => void }) {
  const { t } = useTranslation();
  const levels = useQuery(MemberLevelsQuery).data?.memberLevels ?? [];
  const audience = useQuery(AudienceCountQuery, { variables: { criteria: criteriaInput(value) } });
  const set = (patch: Partial<CriteriaDraft>) => onChange({ ...value, ...patch });
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>{t('cs.campaign.criteria')}</Typography>
        <Chip color="primary" variant="outlined" data-testid="campaign-audience"
          label={audience.data ? t('cs.campaign.audience', { count: audience.data.callbackAudienceCount }) : '…'} />
      </Stack>
      <Stack direction="row" spacing={2}>
        <FormControlLabel label={t('cs.campaign.membersOnly')}
          control={<Switch checked={value.membersOnly} onChange={(e) => set({ membersOnly: e.target.checked })} slotProps={{ input: { 'data-testid': 'campaign-members-only' } as object }} />} />
        <FormControlLabel label={t('cs.customers.vipOnly')} control={<Switch checked={value.vipOnly} onChange={(e) => set({ vipOnly: e.target.checked })} />} />
      </Stack>
      <Autocomplete multiple size="small" options={levels.map((l) => l.id)} value={value.memberLevelIds}
        getOptionLabel={(id) => levels.find((l) => l.id === id)?.name ?? id} onChange={(_e, ids) => set({ memberLevelIds: ids })}
        renderInput={(params) => <TextField {...params} label={t('cs.customer.memberLevel')} />} />
      <Autocomplete multiple size="small" options={[...RFM_SEGMENTS]} value={value.segments}
        getOptionLabel={(s) => t(`cs.enum.segment.${s}`)} onChange={(_e, segments) => set({ segments })}
        renderInput={(params) => <TextField {...params} label={t('cs.customer.segment')} />} />
      <Autocomplete multiple freeSolo size="small" options={[] as string[]} value={value.tags} onChange={(_e, tags) => set({ tags: tags.map(String) })}
        renderInput={(params) => <TextField {...params} label={t('cs.customer.tags')} helperText={t('cs.campaign.tagsHint')}
          slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'data-testid': 'campaign-tags' } }} />} />
      <Stack direction="row" spacing={2}>
        <TextField size="small" fullWidth type="date" label={t('cs.campaign.boughtFrom')} value={value.boughtFrom} onChange={(e) => set({ boughtFrom: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" fullWidth type="date" label={t('cs.campaign.boughtTo')} value={value.boughtTo} onChange={(e) => set({ boughtTo: e.target.value })}
          slotProps={{ inputLabel: { shrink: true } }} />
      </Stack>
    </Stack>
  );
}
