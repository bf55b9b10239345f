import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ReviewsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-reviews-page">
      <PageHeader title={t('as.nav.reviews')} />
    </div>
  );
}
