import { Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AsComplaintRowFragment } from '../../../gql/graphql';
import { DeadlineBadge } from '../shared/DeadlineBadge';

/** A complaint on the board: number, complainant, category, a line of the content and the live deadline badge. */
export function ComplaintCard({ complaint }: { complaint: AsComplaintRowFragment }) {
  const { t } = useTranslation();
  return (
    <Card variant="outlined" data-testid={`board-card-${complaint.code}`} data-overdue={complaint.overdue ? 'true' : 'false'}
      sx={{ borderColor: complaint.overdue ? 'error.main' : undefined }}>
      <CardActionArea component={RouterLink} to={`/after-sales/complaints/${complaint.id}`}>
        <CardContent sx={{ p: 1.25, '&:last-child': { pb: 1.25 } }}>
          <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', gap: 0.5, flexWrap: 'wrap' }}>
            <Typography variant="caption" sx={{ fontWeight: 600 }}>{complaint.code}</Typography>
            <DeadlineBadge dueAt={complaint.dueAt} testId={`deadline-${complaint.code}`} />
          </Stack>
          <Typography variant="body2" sx={{ mt: 0.5 }}>{complaint.customer.name} · {t(`as.enum.complaintCategory.${complaint.category}`)}</Typography>
          <Typography variant="caption" color="text.secondary" component="div" noWrap>{complaint.content}</Typography>
          {complaint.handler && <Typography variant="caption" color="text.secondary">{t('as.complaint.handler')}: {complaint.handler.name}</Typography>}
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
