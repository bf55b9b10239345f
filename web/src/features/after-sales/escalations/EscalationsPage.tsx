import { Paper } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { EscalationList } from '../workspace/EscalationList';

/** The escalation list on its own page, for the supervisor. */
export default function EscalationsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-escalations-page">
      <PageHeader title={t('as.nav.escalations')} subtitle={t('as.workspace.escalationsHint')} />
      <Paper sx={{ p: 2 }}>
        <EscalationList first={100} />
      </Paper>
    </div>
  );
}
