import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Box, Chip, FormControlLabel, LinearProgress, Paper, Stack, Switch, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { BOARD_COLUMNS } from '../complaints/labels';
import { ComplaintBoardQuery } from './operations';
import { ComplaintCard } from './ComplaintCard';

/** Open complaints as a kanban board, one column per state in loop order, soonest deadline first in each. */
export function ComplaintBoard() {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const { data, loading, error } = useQuery(ComplaintBoardQuery, { variables: { mine: mine || null }, fetchPolicy: 'cache-and-network', pollInterval: 60_000 });
  if (error) return <Alert severity="error">{t('common.loadFailed', { message: error.message })}</Alert>;
  const counts = new Map((data?.complaintBoard ?? []).map((c) => [c.state, c]));
  const nodes = data?.complaints.nodes ?? [];

  return (
    <Box data-testid="complaint-board">
      <Stack direction="row" sx={{ mb: 1, alignItems: 'center' }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>{t('as.workspace.board')}</Typography>
        <FormControlLabel control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} slotProps={{ input: { 'data-testid': 'board-mine' } as object }} />}
          label={t('as.workspace.onlyMine')} />
      </Stack>
      {loading && !data && <LinearProgress />}
      <Box sx={{ display: 'grid', gridAutoFlow: 'column', gridAutoColumns: 'minmax(210px, 1fr)', gap: 1.5, overflowX: 'auto', pb: 1 }}>
        {BOARD_COLUMNS.map((column) => {
          const cards = nodes.filter((c) => column.states.includes(c.state));
          const count = column.states.reduce((s, st) => s + (counts.get(st)?.count ?? 0), 0);
          const overdue = column.states.reduce((s, st) => s + (counts.get(st)?.overdueCount ?? 0), 0);
          return (
            <Paper key={column.key} variant="outlined" sx={{ p: 1, bgcolor: 'grey.50', minHeight: 200 }} data-testid={`board-column-${column.key}`} data-count={count}>
              <Stack direction="row" spacing={0.5} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>{t(`as.board.${column.key}`)}</Typography>
                <Chip size="small" label={count} />
                {overdue > 0 && <Chip size="small" color="error" label={t('as.workspace.overdueCount', { count: overdue })} data-testid={`board-overdue-${column.key}`} />}
              </Stack>
              <Stack spacing={1}>
                {cards.map((c) => <ComplaintCard key={c.id} complaint={c} />)}
                {cards.length === 0 && <Typography variant="caption" color="text.secondary">{t('as.workspace.boardEmpty')}</Typography>}
                {count > cards.length && cards.length > 0 && <Typography variant="caption" color="text.secondary">{t('as.workspace.more', { count: count - cards.length })}</Typography>}
              </Stack>
            </Paper>
          );
        })}
      </Box>
    </Box>
  );
}
