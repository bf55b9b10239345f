import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function EscalationsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-escalations-page">
      <PageHeader title={t('as.nav.escalations')} />
    </div>
  );
}
