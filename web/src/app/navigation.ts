import type { SvgIconComponent } from '@mui/icons-material';
import DashboardIcon from '@mui/icons-material/Dashboard';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import AssignmentReturnIcon from '@mui/icons-material/AssignmentReturn';
import WarehouseIcon from '@mui/icons-material/Warehouse';
import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import CampaignIcon from '@mui/icons-material/Campaign';
import DesignServicesIcon from '@mui/icons-material/DesignServices';
import InsightsIcon from '@mui/icons-material/Insights';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import PeopleIcon from '@mui/icons-material/People';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import KeyIcon from '@mui/icons-material/Key';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HistoryIcon from '@mui/icons-material/History';
import TerminalIcon from '@mui/icons-material/Terminal';
import Inventory2Icon from '@mui/icons-material/Inventory2';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import PriceCheckIcon from '@mui/icons-material/PriceCheck';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import InventoryIcon from '@mui/icons-material/Inventory';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import LocalPostOfficeIcon from '@mui/icons-material/LocalPostOffice';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import ContactsIcon from '@mui/icons-material/Contacts';
import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import RecordVoiceOverIcon from '@mui/icons-material/RecordVoiceOver';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import ForumIcon from '@mui/icons-material/Forum';
import QuickreplyIcon from '@mui/icons-material/Quickreply';
import RemoveShoppingCartIcon from '@mui/icons-material/RemoveShoppingCart';
import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import StorefrontIcon from '@mui/icons-material/Storefront';
import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import EventNoteIcon from '@mui/icons-material/EventNote';
import ShoppingBasketIcon from '@mui/icons-material/ShoppingBasket';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import AssignmentReturnedIcon from '@mui/icons-material/AssignmentReturned';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import GavelIcon from '@mui/icons-material/Gavel';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import KeyboardReturnIcon from '@mui/icons-material/KeyboardReturn';
import CurrencyExchangeIcon from '@mui/icons-material/CurrencyExchange';
import RateReviewIcon from '@mui/icons-material/RateReview';
import BarChartIcon from '@mui/icons-material/BarChart';
import { canAccess, canAccessAny } from '../lib/auth';

export type NavSection = 'main' | 'workspaces' | 'customers' | 'aftersales' | 'orders' | 'procurement' | 'inventory' | 'catalog' | 'admin' | 'tools';

/** One drawer entry. `perm` is the permission the viewer needs to see it; none means any signed-in user. */
export interface NavItem {
  key: string;
  path: string;
  labelKey: string;
  icon: SvgIconComponent;
  section: NavSection;
  perm?: string;
  /**
   * For department workspaces: the viewer must also hold at least one of these "working" permissions, so a
   * workspace appears for the people who work in that department, not for everyone who may read its data
   * (customer service reads stock levels, but the warehouse workspace is not theirs).
   */
  anyOf?: string[];
}

export const NAV_SECTIONS: { section: NavSection; labelKey: string }[] = [
  { section: 'main', labelKey: 'nav.sectionMain' },
  { section: 'workspaces', labelKey: 'nav.sectionWorkspaces' },
  { section: 'customers', labelKey: 'cs.nav.section' },
  { section: 'aftersales', labelKey: 'as.nav.section' },
  { section: 'orders', labelKey: 'nav.sectionOrders' },
  { section: 'procurement', labelKey: 'proc.nav.section' },
  { section: 'inventory', labelKey: 'nav.sectionInventory' },
  { section: 'catalog', labelKey: 'nav.sectionCatalog' },
  { section: 'admin', labelKey: 'nav.sectionAdmin' },
  { section: 'tools', labelKey: 'nav.sectionTools' },
];

export const NAV_ITEMS: NavItem[] = [
  { key: 'home', path: '/', labelKey: 'nav.home', icon: DashboardIcon, section: 'main' },
  { key: 'customer-service', path: '/customer-service', labelKey: 'nav.customerService', icon: SupportAgentIcon, section: 'workspaces', perm: 'customer:read', anyOf: ['customer:write', 'customer:assign', 'callback:manage'] },
  { key: 'after-sales', path: '/after-sales', labelKey: 'nav.afterSales', icon: AssignmentReturnIcon, section: 'workspaces', perm: 'complaint:read', anyOf: ['return:write', 'complaint:approve', 'return:approve'] },
  { key: 'warehouse', path: '/warehouse', labelKey: 'nav.warehouse', icon: WarehouseIcon, section: 'workspaces', perm: 'stock:read', anyOf: ['order:ship', 'stock:adjust', 'transfer:write', 'stocktake:approve'] },
  { key: 'procurement', path: '/procurement', labelKey: 'nav.procurement', icon: ShoppingCartIcon, section: 'workspaces', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve'] },
  { key: 'marketing', path: '/marketing', labelKey: 'nav.marketing', icon: CampaignIcon, section: 'workspaces', perm: 'promotion:read', anyOf: ['promotion:write', 'price:propose', 'price:approve'] },
  { key: 'editorial', path: '/editorial', labelKey: 'nav.editorial', icon: DesignServicesIcon, section: 'workspaces', perm: 'content:read', anyOf: ['content:write', 'report:read'] },
  { key: 'management', path: '/management', labelKey: 'nav.management', icon: InsightsIcon, section: 'workspaces', perm: 'report:read' },
  { key: 'analysis', path: '/analysis', labelKey: 'nav.analysis', icon: QueryStatsIcon, section: 'workspaces', perm: 'analytics:read' },
  // Customer-service desk screens (features/customer-service/*): the archive for whoever reads customers (contact
  // fields masked without customer:pii:read); callbacks for those who work or manage them; assignment for supervisors.
  { key: 'cs-customers', path: '/customer-service/customers', labelKey: 'cs.nav.customers', icon: ContactsIcon, section: 'customers', perm: 'customer:read' },
  { key: 'cs-callbacks', path: '/customer-service/callbacks', labelKey: 'cs.nav.callbacks', icon: PhoneCallbackIcon, section: 'customers', perm: 'customer:read', anyOf: ['callback:work', 'callback:manage'] },
  { key: 'cs-campaigns', path: '/customer-service/campaigns', labelKey: 'cs.nav.campaigns', icon: RecordVoiceOverIcon, section: 'customers', perm: 'customer:read', anyOf: ['callback:manage', 'callback:work', 'report:read'] },
  { key: 'cs-assignment', path: '/customer-service/assignment', labelKey: 'cs.nav.assignment', icon: AssignmentIndIcon, section: 'customers', perm: 'customer:assign' },
  { key: 'cs-conversations', path: '/customer-service/conversations', labelKey: 'cs.nav.conversations', icon: ForumIcon, section: 'customers', perm: 'customer:read', anyOf: ['conversation:write', 'customer:assign', 'report:read'] },
  { key: 'cs-faq', path: '/customer-service/faq', labelKey: 'cs.nav.faq', icon: QuickreplyIcon, section: 'customers', perm: 'customer:read', anyOf: ['conversation:write'] },
  { key: 'cs-unclosed', path: '/customer-service/unclosed', labelKey: 'cs.nav.unclosed', icon: RemoveShoppingCartIcon, section: 'customers', perm: 'customer:read', anyOf: ['conversation:write', 'customer:assign'] },
  { key: 'cs-leads', path: '/customer-service/leads', labelKey: 'cs.nav.leads', icon: ContactPhoneIcon, section: 'customers', perm: 'customer:read', anyOf: ['callback:work', 'callback:manage'] },
  // After-sales screens (features/after-sales/*): for the people who work complaints, returns and reviews, or approve
  // them; customer service reads complaints and returns but works them from its own desk.
  { key: 'as-complaints', path: '/after-sales/complaints', labelKey: 'as.nav.complaints', icon: ReportProblemIcon, section: 'aftersales', perm: 'complaint:read', anyOf: ['return:write', 'complaint:approve'] },
  { key: 'as-escalations', path: '/after-sales/escalations', labelKey: 'as.nav.escalations', icon: NotificationImportantIcon, section: 'aftersales', perm: 'complaint:approve' },
  { key: 'as-returns', path: '/after-sales/returns', labelKey: 'as.nav.returns', icon: KeyboardReturnIcon, section: 'aftersales', perm: 'return:read', anyOf: ['return:write', 'return:approve'] },
  { key: 'as-refunds', path: '/after-sales/refunds', labelKey: 'as.nav.refunds', icon: CurrencyExchangeIcon, section: 'aftersales', perm: 'return:read', anyOf: ['return:write', 'return:approve'] },
  { key: 'as-reviews', path: '/after-sales/reviews', labelKey: 'as.nav.reviews', icon: RateReviewIcon, section: 'aftersales', perm: 'review:read' },
  { key: 'as-statistics', path: '/after-sales/statistics', labelKey: 'as.nav.statistics', icon: BarChartIcon, section: 'aftersales', perm: 'complaint:read', anyOf: ['return:write', 'complaint:approve', 'analytics:read'] },
  // Orders, shipping and money (customer-service/orders, warehouse/fulfilment|shipments|couriers, operations/ledger):
  // anyone who reads orders sees the list and tracking; the queue is for those who ship, the ledger for those who read it.
  { key: 'orders', path: '/customer-service/orders', labelKey: 'nav.orders', icon: ReceiptLongIcon, section: 'orders', perm: 'order:read' },
  { key: 'fulfilment', path: '/warehouse/fulfilment', labelKey: 'nav.fulfilment', icon: InventoryIcon, section: 'orders', perm: 'order:read', anyOf: ['order:ship'] },
  { key: 'shipments', path: '/warehouse/shipments', labelKey: 'nav.shipments', icon: TravelExploreIcon, section: 'orders', perm: 'order:read' },
  { key: 'couriers', path: '/warehouse/couriers', labelKey: 'nav.couriers', icon: LocalPostOfficeIcon, section: 'orders', perm: 'courier:manage' },
  { key: 'ledger', path: '/operations/ledger', labelKey: 'nav.ledger', icon: AccountBalanceWalletIcon, section: 'orders', perm: 'ledger:read' },
  // Procurement screens (features/procurement/*): for the people who buy (purchase:write) or approve; receiving
  // sits with the warehouse screens too, for the staff who count the goods in (receipt:write).
  { key: 'proc-suppliers', path: '/procurement/suppliers', labelKey: 'proc.nav.suppliers', icon: StorefrontIcon, section: 'procurement', perm: 'supplier:read', anyOf: ['supplier:write', 'purchase:write', 'purchase:approve'] },
  { key: 'proc-rfqs', path: '/procurement/rfqs', labelKey: 'proc.nav.rfqs', icon: RequestQuoteIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve'] },
  { key: 'proc-plans', path: '/procurement/plans', labelKey: 'proc.nav.plans', icon: EventNoteIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve'] },
  { key: 'proc-orders', path: '/procurement/orders', labelKey: 'proc.nav.orders', icon: ShoppingBasketIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve', 'receipt:write'] },
  { key: 'proc-returns', path: '/procurement/returns', labelKey: 'proc.nav.returns', icon: AssignmentReturnedIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve'] },
  { key: 'proc-statements', path: '/procurement/statements', labelKey: 'proc.nav.statements', icon: AccountBalanceIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['purchase:write', 'purchase:approve', 'ledger:read'] },
  { key: 'proc-contracts', path: '/procurement/contracts', labelKey: 'proc.nav.contracts', icon: GavelIcon, section: 'procurement', perm: 'purchase:read', anyOf: ['contract:manage', 'purchase:approve'] },
  // Warehouse screens (features/warehouse/*): anyone who reads stock sees stock and low stock; the documents
  // are for the people who work on them.
  { key: 'stock', path: '/warehouse/stock', labelKey: 'nav.stock', icon: Inventory2Icon, section: 'inventory', perm: 'stock:read' },
  { key: 'low-stock', path: '/warehouse/low-stock', labelKey: 'nav.lowStock', icon: WarningAmberIcon, section: 'inventory', perm: 'stock:read' },
  { key: 'transfers', path: '/warehouse/transfers', labelKey: 'nav.transfers', icon: LocalShippingIcon, section: 'inventory', perm: 'stock:read', anyOf: ['transfer:write', 'warehouse:manage'] },
  { key: 'stocktakes', path: '/warehouse/stocktakes', labelKey: 'nav.stocktakes', icon: FactCheckIcon, section: 'inventory', perm: 'stock:read', anyOf: ['stocktake:write', 'stocktake:approve'] },
  { key: 'proc-receiving', path: '/warehouse/receiving', labelKey: 'proc.nav.receiving', icon: MoveToInboxIcon, section: 'inventory', perm: 'purchase:read', anyOf: ['receipt:write'] },
  // Catalog screens live with marketing, who keep products and prices (features/marketing/*).
  { key: 'products', path: '/marketing/products', labelKey: 'nav.products', icon: LocalOfferIcon, section: 'catalog', perm: 'product:read' },
  { key: 'price-approvals', path: '/marketing/price-approvals', labelKey: 'nav.priceApprovals', icon: PriceCheckIcon, section: 'catalog', perm: 'price:approve' },
  { key: 'staff', path: '/admin/users', labelKey: 'nav.staff', icon: PeopleIcon, section: 'admin', perm: 'user:read' },
  { key: 'roles', path: '/admin/roles', labelKey: 'nav.roles', icon: AdminPanelSettingsIcon, section: 'admin', perm: 'role:manage' },
  { key: 'api-tokens', path: '/admin/api-tokens', labelKey: 'nav.apiTokens', icon: KeyIcon, section: 'admin', perm: 'token:manage' },
  { key: 'partners', path: '/admin/partners', labelKey: 'nav.partners', icon: HandshakeIcon, section: 'admin', perm: 'partner:read' },
  { key: 'audit', path: '/admin/audit-log', labelKey: 'nav.audit', icon: HistoryIcon, section: 'admin', perm: 'audit:read' },
  { key: 'graphiql', path: '/graphiql', labelKey: 'nav.graphiql', icon: TerminalIcon, section: 'tools' },
];

/** The drawer entries this viewer may see, in order. */
export function visibleNavItems(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => mayOpen(permissions, item));
}

/** Whether the viewer may open this page: every `perm` and, when listed, one of `anyOf`. */
export function mayOpen(permissions: readonly string[], item: Pick<NavItem, 'perm' | 'anyOf'>): boolean {
  return canAccess(permissions, item.perm) && (!item.anyOf || canAccessAny(permissions, item.anyOf));
}
