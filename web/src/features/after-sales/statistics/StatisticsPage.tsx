import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function StatisticsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-statistics-page">
      <PageHeader title={t('as.nav.statistics')} />
    </div>
  );
}
