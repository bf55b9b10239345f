import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Card, CardContent, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/ui/useErrorText';
import { runPayload } from '../../../lib/ui/payload';
import { SpecialistsQuery } from '../operations';
import { useSpecialistOptions } from '../useSpecialistOptions';
import { FirstContactOverviewQuery, SetSpecialistProfileMutation } from './operations';

/**
 * Specialists with their ability factor, pool membership, load and the 7-day first-contact figures. Staff of the
 * department without a profile yet show the standard ability (100 %) outside the pool; changing either creates it.
 */
export function SpecialistsCard() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { data } = useQuery(SpecialistsQuery, { fetchPolicy: 'cache-and-network' });
  const overview = useQuery(FirstContactOverviewQuery, { fetchPolicy: 'cache-and-network' }).data?.firstContactOverview;
  const [save] = useMutation(SetSpecialistProfileMutation, { refetchQueries: ['CsSpecialists'] });
  const [error, setError] = useState('');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const options = useSpecialistOptions();
  const profiles = new Map((data?.specialists ?? []).map((p) => [p.user.id, p]));
  const rows = options.map((o) => {
    const p = profiles.get(o.id);
    return { userId: o.id, name: o.name, email: o.email, abilityPercent: p?.abilityPercent ?? 100, inPool: p?.inPool ?? false, customerCount: p?.customerCount, overdue: p?.overdueFirstContacts };
  });

  const update = async (userId: string, patch: { abilityPercent?: number; inPool?: boolean }) => {
    const outcome = await runPayload(async () => (await save({ variables: { input: { userId, ...patch } } })).data?.setSpecialistProfile);
    setError(outcome.errors.map(errorText).join('；'));
  };
  const commitAbility = (userId: string) => {
    const text = drafts[userId];
    if (text === undefined) return;
    const value = Number(text);
    if (!Number.isInteger(value) || value < 10 || value > 500) { setError(t('cs.assignment.abilityRule')); return; }
    void update(userId, { abilityPercent: value });
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" gutterBottom>{t('cs.assignment.specialists')}</Typography>
        {error && <Alert severity="error" sx={{ mb: 1 }}>{error}</Alert>}
        <Table size="small" data-testid="specialists-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('cs.assignment.specialist')}</TableCell>
              <TableCell>{t('cs.assignment.ability')}</TableCell>
              <TableCell>{t('cs.assignment.inPool')}</TableCell>
              <TableCell align="right">{t('cs.assignment.customers')}</TableCell>
              <TableCell align="right">{t('cs.assignment.awaiting')}</TableCell>
              <TableCell align="right">{t('cs.assignment.dueWithinDay')}</TableCell>
              <TableCell align="right">{t('cs.assignment.overdue')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((s) => {
              const row = overview?.specialists.find((o) => o.specialist.id === s.userId);
              return (
                <TableRow key={s.userId} data-testid={`specialist-${s.email ?? s.userId}`}>
                  <TableCell>{s.name}</TableCell>
                  <TableCell sx={{ width: 110 }}>
                    <TextField size="small" type="number" value={drafts[s.userId] ?? String(s.abilityPercent)}
                      onChange={(e) => setDrafts((d) => ({ ...d, [s.userId]: e.target.value }))} onBlur={() => commitAbility(s.userId)}
                      slotProps={{ htmlInput: { min: 10, max: 500, 'aria-label': t('cs.assignment.ability') } }} />
                  </TableCell>
                  <TableCell><Switch checked={s.inPool} slotProps={{ input: { 'data-testid': `specialist-pool-${s.email ?? s.userId}` } as object }} onChange={(e) => void update(s.userId, { inPool: e.target.checked })} /></TableCell>
                  <TableCell align="right">{s.customerCount ?? row?.assigned ?? 0}</TableCell>
                  <TableCell align="right">{row?.awaiting ?? 0}</TableCell>
                  <TableCell align="right">{row?.dueWithinDay ?? 0}</TableCell>
                  <TableCell align="right" sx={{ color: (s.overdue ?? row?.overdue) ? 'error.main' : undefined }}>{s.overdue ?? row?.overdue ?? 0}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {overview && overview.teams.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="team-overview">
            {overview.teams.map((team) => t('cs.assignment.teamLine', {
              team: team.team?.name ?? '—', assigned: team.assigned, awaiting: team.awaiting, overdue: team.overdue,
            })).join('；')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
