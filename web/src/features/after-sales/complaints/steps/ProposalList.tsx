import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatFen } from '../../../../lib/ui/format';
import type { ComplaintDetail } from './types';

type Proposal = ComplaintDetail['proposals'][number];

const STATUS_COLOR = { PROPOSED: 'warning', APPROVED: 'success', REJECTED: 'error', NOT_CHOSEN: 'default', DECLINED: 'error' } as const;

/** Every proposal with its state and the supervisor's note; `actions` adds buttons to the waiting ones. */
export function ProposalList({ proposals, actions }: { proposals: readonly Proposal[]; actions?: (p: Proposal) => ReactNode }) {
  const { t, i18n } = useTranslation();
  if (proposals.length === 0) return <Typography color="text.secondary">{t('as.proposal.none')}</Typography>;
  return (
    <Table size="small" data-testid="proposal-list">
      <TableHead>
        <TableRow>
          <TableCell>{t('as.proposal.solution')}</TableCell>
          <TableCell align="right">{t('as.proposal.amountShort')}</TableCell>
          <TableCell>{t('as.proposal.description')}</TableCell>
          <TableCell>{t('as.proposal.proposedBy')}</TableCell>
          <TableCell>{t('as.complaint.state')}</TableCell>
          {actions && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {proposals.map((p) => (
          <TableRow key={p.id} data-testid={`proposal-${p.id}`} data-solution={p.solution} data-status={p.status}>
            <TableCell>{t(`as.enum.solution.${p.solution}`)}</TableCell>
            <TableCell align="right">{p.amountFen != null ? formatFen(p.amountFen) : '—'}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{p.description}</TableCell>
            <TableCell>
              {p.proposedBy.name}
              <Typography variant="caption" component="div" color="text.secondary">{formatDateTime(p.createdAt, i18n.language)}</Typography>
            </TableCell>
            <TableCell>
              <Stack spacing={0.5}>
                <Chip size="small" color={STATUS_COLOR[p.status]} label={t(`as.enum.proposalStatus.${p.status}`)} sx={{ alignSelf: 'flex-start' }} />
                {p.decisionNote && <Typography variant="caption">{p.decidedBy?.name}: {p.decisionNote}</Typography>}
              </Stack>
            </TableCell>
            {actions && <TableCell>{actions(p)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
