import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ComplaintsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-complaints-page">
      <PageHeader title={t('as.nav.complaints')} />
    </div>
  );
}
