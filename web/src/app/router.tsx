import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from '../lib/auth';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { NAV_ITEMS } from './navigation';
import { LoginPage } from '../features/account/login';
import { HomePage } from '../features/home/dashboard';
import { CustomerServiceWorkspace } from '../features/customer-service/workspace';
import { AfterSalesWorkspace } from '../features/after-sales/workspace';
import { WarehouseWorkspace } from '../features/warehouse/workspace';
import { ProcurementWorkspace } from '../features/procurement/workspace';
import { MarketingWorkspace } from '../features/marketing/workspace';
import { EditorialWorkspace } from '../features/editorial/workspace';
import { ManagementWorkspace } from '../features/management/workspace';
import { AnalysisWorkspace } from '../features/analysis/workspace';
import { StaffPage } from '../features/admin/staff';
import { RolesPage } from '../features/admin/roles';
import { ApiTokensPage } from '../features/admin/api-tokens';
import { PartnersPage } from '../features/admin/partners';
import { AuditLogPage } from '../features/admin/audit-log';
import { GraphiQLPage } from '../features/developer/graphiql';

type Page = LazyExoticComponent<ComponentType>;

/** Each navigable page, keyed like its drawer entry so the route and the menu gate on the same permission. */
const PAGES: Record<string, Page> = {
  home: HomePage,
  'customer-service': CustomerServiceWorkspace,
  'after-sales': AfterSalesWorkspace,
  warehouse: WarehouseWorkspace,
  procurement: ProcurementWorkspace,
  marketing: MarketingWorkspace,
  editorial: EditorialWorkspace,
  management: ManagementWorkspace,
  analysis: AnalysisWorkspace,
  staff: StaffPage,
  roles: RolesPage,
  'api-tokens': ApiTokensPage,
  partners: PartnersPage,
  audit: AuditLogPage,
  graphiql: GraphiQLPage,
};

const pageRoutes: RouteObject[] = NAV_ITEMS.map((item) => {
  const Page = PAGES[item.key];
  const element = item.perm
    ? <RequirePermission perm={item.perm} anyOf={item.anyOf}><Page /></RequirePermission>
    : <Page />;
  return item.path === '/' ? { index: true, element } : { path: item.path.slice(1), element };
});

export const router = createBrowserRouter([
  { path: '/login', element: <Suspense fallback={null}><LoginPage /></Suspense> },
  {
    path: '/',
    element: <RequireAuth><AppLayout /></RequireAuth>,
    children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);
