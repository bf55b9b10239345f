import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';

export default function ComplaintIntakePage() {
  const { t } = useTranslation();
  return (
    <div data-testid="complaint-intake">
      <PageHeader title={t('as.complaint.intakeTitle')} />
    </div>
  );
}
