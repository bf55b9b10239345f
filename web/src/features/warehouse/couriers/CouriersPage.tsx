import { useState } from 'react';
import { Tab, Tabs } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useNotice } from '../../../lib/ui/useNotice';
import { CouriersPanel } from './CouriersPanel';
import { FeeTemplatesPanel } from './FeeTemplatesPanel';
import { ShipFirstPanel } from './ShipFirstPanel';

type TabKey = 'couriers' | 'templates' | 'regions';

/** Couriers and rate cards, shipping-fee templates, ship-first regions (courier:manage). */
export default function CouriersPage() {
  const { t } = useTranslation();
  const [notify, notice] = useNotice();
  const [tab, setTab] = useState<TabKey>('couriers');
  return (
    <div data-testid="couriers-page">
      <PageHeader title={t('couriers.title')} subtitle={t('couriers.subtitle')} />
      <Tabs value={tab} onChange={(_e, v: TabKey) => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="couriers" label={t('couriers.tabCouriers')} data-testid="couriers-tab-couriers" />
        <Tab value="templates" label={t('couriers.tabTemplates')} data-testid="couriers-tab-templates" />
        <Tab value="regions" label={t('couriers.tabRegions')} data-testid="couriers-tab-regions" />
      </Tabs>
      {tab === 'couriers' && <CouriersPanel notify={notify} />}
      {tab === 'templates' && <FeeTemplatesPanel notify={notify} />}
      {tab === 'regions' && <ShipFirstPanel notify={notify} />}
      {notice}
    </div>
  );
}
