import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { CsvImportDialog } from '../../../lib/orders/CsvImportDialog';
import { ImportOrdersMutation } from './operations';

const COLUMNS = 'channel,platform_order_no,receiver_name,receiver_phone,province,city,district,address,sku_code,quantity,shipping_method,discount,gift,buyer_note,placed_at,paid,payment_reference';
const EXAMPLE = '\uFEFF' + `${COLUMNS}\nTAOBAO,TB2026112300001,张三,13800138000,浙江省,杭州市,西湖区,文三路 1 号,LJ-2026-250G,2,EXPRESS,0,false,请周末送货,2026-11-23 10:00,true,ALI20261123001\n`;

/** A platform export imported as orders: counts, and per-row problems by column. */
export function ImportOrdersDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [run] = useMutation(ImportOrdersMutation, { refetchQueries: ['Orders', 'FulfilmentQueue'] });
  return (
    <CsvImportDialog
      title={t('orders.importTitle')}
      help={t('orders.importHelp')}
      columns={COLUMNS}
      example={EXAMPLE}
      templateName="orders-template.csv"
      run={async (csv) => (await run({ variables: { input: { csv } } })).data?.importOrdersCsv}
      resultText={(imported, duplicates) => t('orders.importResult', { imported, duplicates })}
      testId="orders-import"
      onClose={onClose}
    />
  );
}
