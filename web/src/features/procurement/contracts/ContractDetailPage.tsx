import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ContractDetailPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('proc.nav.section')} />;
}
