import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, LinearProgress, Tab, Tabs } from '@mui/material';
import SwapVertIcon from '@mui/icons-material/SwapVert';
import WarehouseIcon from '@mui/icons-material/Warehouse';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/PageHeader';
import { useNotice } from '../../../lib/ui/useNotice';
import { StockLevelsTab } from './StockLevelsTab';
import { LedgerDrawer } from './LedgerDrawer';
import { SafetyStockDialog } from './SafetyStockDialog';
import { MovementDialog } from './MovementDialog';
import { WarehousesDialog } from './WarehousesDialog';
import type { StockActions } from './stockColumns';
import { targetOf, type StockTarget } from './types';

// The chart library is only fetched when the ABC tab is opened.
const AbcTab = lazy(() => import('./AbcTab'));

type Open = { kind: 'ledger' | 'safety'; target: StockTarget } | { kind: 'movement'; target: StockTarget | null } | { kind: 'warehouses' } | null;

/** Stock by warehouse: the levels grid with its ledger drill-down, safety stocks, manual movements, and ABC. */
export default function StockPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canAdjust = can('stock:adjust');
  const [tab, setTab] = useState<'levels' | 'abc'>('levels');
  const [open, setOpen] = useState<Open>(null);
  // The ledger stays open under a movement dialog started from it.
  const [ledger, setLedger] = useState<StockTarget | null>(null);
  const [notify, notice] = useNotice();

  const actions: StockActions = useMemo(() => ({
    ledger: (row) => setLedger(targetOf(row)),
    safety: canAdjust ? (row) => setOpen({ kind: 'safety', target: targetOf(row) }) : null,
    movement: canAdjust ? (row) => setOpen({ kind: 'movement', target: targetOf(row) }) : null,
  }), [canAdjust]);

  return (
    <div data-testid="stock-page">
      <PageHeader
        title={t('stock.title')}
        subtitle={t('stock.subtitle')}
        actions={(
          <>
            {can('warehouse:manage') && (
              <Button startIcon={<WarehouseIcon />} onClick={() => setOpen({ kind: 'warehouses' })} data-testid="stock-warehouses">{t('warehouses.title')}</Button>
            )}
            {canAdjust && (
              <Button variant="contained" startIcon={<SwapVertIcon />} onClick={() => setOpen({ kind: 'movement', target: null })} data-testid="stock-new-movement">
                {t('stock.newMovement')}
              </Button>
            )}
          </>
        )}
      />
      <Tabs value={tab} onChange={(_e, v: 'levels' | 'abc') => setTab(v)} sx={{ mb: 2 }}>
        <Tab value="levels" label={t('stock.tabLevels')} data-testid="stock-tab-levels" />
        <Tab value="abc" label={t('stock.tabAbc')} data-testid="stock-tab-abc" />
      </Tabs>
      {tab === 'levels' && <StockLevelsTab actions={actions} onError={(m) => notify(m, 'error')} />}
      {tab === 'abc' && <Suspense fallback={<LinearProgress />}><AbcTab /></Suspense>}
      {ledger && (
        <LedgerDrawer target={ledger} onClose={() => setLedger(null)}
          onMovement={canAdjust ? (target) => setOpen({ kind: 'movement', target }) : null} />
      )}
      {open?.kind === 'safety' && (
        <SafetyStockDialog target={open.target} onClose={() => setOpen(null)}
          onSaved={() => { notify(t('stock.safetySaved', { sku: open.target.skuCode })); setOpen(null); }} />
      )}
      {open?.kind === 'movement' && (
        <MovementDialog target={open.target} onClose={() => setOpen(null)}
          onPosted={(message) => { notify(message); setOpen(null); }} />
      )}
      {open?.kind === 'warehouses' && <WarehousesDialog onClose={() => setOpen(null)} />}
      {notice}
    </div>
  );
}
