import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ComplaintDetailPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="complaint-detail">
      <PageHeader title={t('as.complaint.title')} />
    </div>
  );
}
