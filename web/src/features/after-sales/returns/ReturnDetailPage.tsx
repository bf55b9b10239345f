import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ReturnDetailPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="return-detail">
      <PageHeader title={t('as.nav.returns')} />
    </div>
  );
}
