import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function RefundsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-refunds-page">
      <PageHeader title={t('as.nav.refunds')} />
    </div>
  );
}
