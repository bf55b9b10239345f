import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CsvImportDialog } from '../../../lib/orders/CsvImportDialog';
import { ImportReviewsMutation } from './operations';

const COLUMNS = 'platform,review_id,order_no,sku_code,buyer,rating,text,reviewed_at,reply';
const EXAMPLE = '\uFEFF' + `${COLUMNS}\nTAOBAO,R2026120100001,SO-20261201-0001,LJ-2026-250G,买家小王,1,茶叶受潮了,2026-12-01 10:00,\n`;

/** A platform review export imported: counts, duplicates skipped, and per-row problems by column. */
export function ImportReviewsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [run] = useMutation(ImportReviewsMutation, { refetchQueries: ['AsReviews'] });
  return (
    <CsvImportDialog
      title={t('as.review.importTitle')}
      help={t('as.review.importHelp')}
      columns={COLUMNS}
      example={EXAMPLE}
      templateName="reviews-template.csv"
      run={async (csv) => (await run({ variables: { input: { csv } } })).data?.importReviewsCsv}
      resultText={(imported, duplicates) => t('as.review.importResult', { imported, duplicates })}
      testId="reviews-import"
      onClose={onClose}
    />
  );
}
