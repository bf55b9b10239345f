import { Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireAuth, RequirePermission } from '../lib/auth';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { NAV_ITEMS, type NavItem } from './navigation';
import { LoginPage } from '../features/account/login';
import { HomePage } from '../features/home/dashboard';
import { CustomerServiceWorkspace } from '../features/customer-service/workspace';
import { AfterSalesWorkspace } from '../features/after-sales/workspace';
import { ComplaintDetailPage, ComplaintIntakePage, ComplaintsPage } from '../features/after-sales/complaints';
import { EscalationsPage } from '../features/after-sales/escalations';
import { ReturnDetailPage, ReturnsPage } from '../features/after-sales/returns';
import { RefundsPage } from '../features/after-sales/refunds';
import { ReviewDetailPage, ReviewsPage } from '../features/after-sales/reviews';
import { StatisticsPage } from '../features/after-sales/statistics';
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
import { StockPage } from '../features/warehouse/stock';
import { LowStockPage } from '../features/warehouse/low-stock';
import { TransferDetailPage, TransfersPage } from '../features/warehouse/transfers';
import { StocktakeDetailPage, StocktakesPage } from '../features/warehouse/stocktakes';
import { ProductEditorPage, ProductsPage } from '../features/marketing/products';
import { PriceApprovalsPage } from '../features/marketing/price-approvals';
import { OrderDetailPage, OrdersPage } from '../features/customer-service/orders';
import { CustomerDetailPage, CustomersPage } from '../features/customer-service/customers';
import { CallbackTaskPage, MyCallbacksPage } from '../features/customer-service/callbacks';
import { CampaignDetailPage, CampaignsPage } from '../features/customer-service/campaigns';
import { AssignmentPage } from '../features/customer-service/assignment';
import { ConversationsPage } from '../features/customer-service/conversations';
import { FaqPage } from '../features/customer-service/faq';
import { UnclosedPage } from '../features/customer-service/unclosed';
import { LeadListsPage } from '../features/customer-service/leads';
import { FulfilmentPage } from '../features/warehouse/fulfilment';
import { ShipmentsPage } from '../features/warehouse/shipments';
import { CouriersPage } from '../features/warehouse/couriers';
import { LedgerPage } from '../features/operations/ledger';
import { SupplierDetailPage, SuppliersPage } from '../features/procurement/suppliers';
import { RfqDetailPage, RfqsPage } from '../features/procurement/rfqs';
import { PlanDetailPage, PlansPage } from '../features/procurement/plans';
import { PurchaseOrderDetailPage, PurchaseOrdersPage } from '../features/procurement/orders';
import { ReceiveOrderPage, ReceivingPage } from '../features/procurement/receiving';
import { PurchaseReturnsPage } from '../features/procurement/returns';
import { SupplierStatementsPage } from '../features/procurement/statements';
import { ContractDetailPage, ContractsPage } from '../features/procurement/contracts';

type Page = LazyExoticComponent<ComponentType>;

/** Each navigable page, keyed like its drawer entry so the route and the menu gate on the same permission. */
const PAGES: Record<string, Page> = {
  home: HomePage,
  'customer-service': CustomerServiceWorkspace,
  'cs-customers': CustomersPage,
  'cs-callbacks': MyCallbacksPage,
  'cs-campaigns': CampaignsPage,
  'cs-assignment': AssignmentPage,
  'cs-conversations': ConversationsPage,
  'cs-faq': FaqPage,
  'cs-unclosed': UnclosedPage,
  'cs-leads': LeadListsPage,
  'after-sales': AfterSalesWorkspace,
  'as-complaints': ComplaintsPage,
  'as-escalations': EscalationsPage,
  'as-returns': ReturnsPage,
  'as-refunds': RefundsPage,
  'as-reviews': ReviewsPage,
  'as-statistics': StatisticsPage,
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
  stock: StockPage,
  'low-stock': LowStockPage,
  transfers: TransfersPage,
  stocktakes: StocktakesPage,
  products: ProductsPage,
  'price-approvals': PriceApprovalsPage,
  orders: OrdersPage,
  fulfilment: FulfilmentPage,
  shipments: ShipmentsPage,
  couriers: CouriersPage,
  ledger: LedgerPage,
  'proc-suppliers': SuppliersPage,
  'proc-rfqs': RfqsPage,
  'proc-plans': PlansPage,
  'proc-orders': PurchaseOrdersPage,
  'proc-receiving': ReceivingPage,
  'proc-returns': PurchaseReturnsPage,
  'proc-statements': SupplierStatementsPage,
  'proc-contracts': ContractsPage,
};

/** Pages below a drawer entry (a document's detail); each is gated like the entry it belongs to. */
const SUB_PAGES: { path: string; navKey: string; Page: Page }[] = [
  { path: '/after-sales/complaints/new', navKey: 'as-complaints', Page: ComplaintIntakePage },
  { path: '/after-sales/complaints/:id', navKey: 'as-complaints', Page: ComplaintDetailPage },
  { path: '/after-sales/returns/:id', navKey: 'as-returns', Page: ReturnDetailPage },
  { path: '/after-sales/reviews/:id', navKey: 'as-reviews', Page: ReviewDetailPage },
  { path: '/warehouse/transfers/:id', navKey: 'transfers', Page: TransferDetailPage },
  { path: '/warehouse/stocktakes/:id', navKey: 'stocktakes', Page: StocktakeDetailPage },
  { path: '/marketing/products/:id', navKey: 'products', Page: ProductEditorPage },
  { path: '/customer-service/orders/:id', navKey: 'orders', Page: OrderDetailPage },
  { path: '/customer-service/customers/:id', navKey: 'cs-customers', Page: CustomerDetailPage },
  { path: '/customer-service/callbacks/:id', navKey: 'cs-callbacks', Page: CallbackTaskPage },
  { path: '/customer-service/campaigns/:id', navKey: 'cs-campaigns', Page: CampaignDetailPage },
  { path: '/procurement/suppliers/:id', navKey: 'proc-suppliers', Page: SupplierDetailPage },
  { path: '/procurement/rfqs/:id', navKey: 'proc-rfqs', Page: RfqDetailPage },
  { path: '/procurement/plans/:id', navKey: 'proc-plans', Page: PlanDetailPage },
  { path: '/procurement/orders/:id', navKey: 'proc-orders', Page: PurchaseOrderDetailPage },
  { path: '/warehouse/receiving/:id', navKey: 'proc-receiving', Page: ReceiveOrderPage },
  { path: '/procurement/contracts/:id', navKey: 'proc-contracts', Page: ContractDetailPage },
];

function gated(item: NavItem, Page: Page) {
  return item.perm
    ? <RequirePermission perm={item.perm} anyOf={item.anyOf}><Page /></RequirePermission>
    : <Page />;
}

const pageRoutes: RouteObject[] = NAV_ITEMS.map((item) => {
  const element = gated(item, PAGES[item.key]);
  return item.path === '/' ? { index: true, element } : { path: item.path.slice(1), element };
});

const subRoutes: RouteObject[] = SUB_PAGES.map(({ path, navKey, Page }) => {
  const item = NAV_ITEMS.find((i) => i.key === navKey)!;
  return { path: path.slice(1), element: gated(item, Page) };
});

export const router = createBrowserRouter([
  { path: '/login', element: <Suspense fallback={null}><LoginPage /></Suspense> },
  {
    path: '/',
    element: <RequireAuth><AppLayout /></RequireAuth>,
    children: [...pageRoutes, ...subRoutes, { path: '*', element: <NotFoundPage /> }],
  },
]);
