import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ReturnsPage() {
  const { t } = useTranslation();
  return (
    <div data-testid="as-returns-page">
      <PageHeader title={t('as.nav.returns')} />
    </div>
  );
}
