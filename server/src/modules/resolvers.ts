import { SessionResolver } from './identity/resolvers/session.resolver.js';
import { UsersResolver } from './identity/resolvers/users.resolver.js';
import { OrganisationResolver } from './identity/resolvers/organisation.resolver.js';
import { DepartmentFieldsResolver, RoleFieldsResolver, UserFieldsResolver } from './identity/resolvers/identity-fields.resolver.js';
import { PartnersResolver } from './partners/resolvers/partners.resolver.js';
import { ApiTokenFieldsResolver, ApiTokensResolver } from './tokens/resolvers/api-tokens.resolver.js';
import { AuditLogFieldsResolver, AuditLogsResolver } from './audit/resolvers/audit-logs.resolver.js';
import { HealthResolver } from './system/health.resolver.js';
import { CategoriesResolver, CategoryFieldsResolver } from './catalog/resolvers/categories.resolver.js';
import { ProductsResolver } from './catalog/resolvers/products.resolver.js';
import { ProductFieldsResolver, ProductImageFieldsResolver, SkuFieldsResolver } from './catalog/resolvers/product-fields.resolver.js';
import { PriceChangeFieldsResolver, PriceHistoryFieldsResolver, PricesResolver } from './catalog/resolvers/prices.resolver.js';
import { ImportJobFieldsResolver, ImportsResolver } from './catalog/resolvers/imports.resolver.js';
import { ProductImagesResolver } from './catalog/resolvers/product-images.resolver.js';
import { StockResolver } from './inventory/resolvers/stock.resolver.js';
import { StocktakesResolver, TransfersResolver } from './inventory/resolvers/documents.resolver.js';
import {
  DocumentEventFieldsResolver, ReservationFieldsResolver, StockLevelFieldsResolver, StockMovementFieldsResolver,
  StocktakeFieldsResolver, StocktakeLineFieldsResolver, TransferFieldsResolver, TransferLineFieldsResolver,
} from './inventory/resolvers/inventory-fields.resolver.js';
import { DefectiveHoldingFieldsResolver, DefectiveHoldingsResolver } from './inventory/resolvers/defective.resolver.js';
import { OrdersResolver } from './orders/resolvers/orders.resolver.js';
import { FulfilmentResolver } from './orders/resolvers/fulfilment.resolver.js';
import { OrderFieldsResolver, OrderLineFieldsResolver, PaymentFieldsResolver } from './orders/resolvers/order-fields.resolver.js';
import { LedgerEntryFieldsResolver, LedgerResolver } from './ledger/resolvers/ledger.resolver.js';
import { ShippingSetupResolver } from './shipping/resolvers/shipping-setup.resolver.js';
import { ShipmentsResolver } from './shipping/resolvers/shipments.resolver.js';
import { CourierFieldsResolver, CourierRateFieldsResolver, ShipmentFieldsResolver, TrackingEventFieldsResolver } from './shipping/resolvers/shipping-fields.resolver.js';
import { CustomersResolver } from './customers/resolvers/customers.resolver.js';
import { DeskResolver } from './customers/resolvers/desk.resolver.js';
import { MembersResolver } from './customers/resolvers/members.resolver.js';
import { CustomerAssignmentFieldsResolver, CustomerFieldsResolver, MemberLevelFieldsResolver } from './customers/resolvers/customer-fields.resolver.js';
import { ContactLogFieldsResolver, SpecialistProfileFieldsResolver } from './customers/resolvers/desk-fields.resolver.js';
import { CallbackCampaignsResolver } from './callbacks/resolvers/campaigns.resolver.js';
import { CallbackTasksResolver } from './callbacks/resolvers/tasks.resolver.js';
import { CallbackCampaignFieldsResolver, CallbackTaskFieldsResolver, ComplaintRequestFieldsResolver } from './callbacks/resolvers/callback-fields.resolver.js';
import { ConversationsResolver } from './conversations/resolvers/conversations.resolver.js';
import { QuickRepliesResolver, UnclosedPurchasesResolver } from './conversations/resolvers/library.resolver.js';
import { ConversationFieldsResolver, ConversationMessageFieldsResolver, QuickReplyFieldsResolver, UnclosedPurchaseFieldsResolver } from './conversations/resolvers/conversation-fields.resolver.js';
import { LeadFieldsResolver, LeadListFieldsResolver, TelemarketingResolver } from './telemarketing/resolvers/telemarketing.resolver.js';
import { COMPLAINTS_RESOLVERS } from './complaints/resolvers/index.js';
import { RETURNS_RESOLVERS } from './returns/resolvers/index.js';
import { REVIEWS_RESOLVERS } from './reviews/resolvers/index.js';
import { SUPPLIERS_RESOLVERS } from './suppliers/resolvers/index.js';
import { CONTRACTS_RESOLVERS } from './contracts/resolvers/index.js';
import { PURCHASING_RESOLVERS } from './purchasing/resolvers/index.js';

/** Every resolver class. Each module adds its own here. */
export const RESOLVERS = [
  HealthResolver,
  SessionResolver, UsersResolver, OrganisationResolver, UserFieldsResolver, DepartmentFieldsResolver, RoleFieldsResolver,
  PartnersResolver,
  ApiTokensResolver, ApiTokenFieldsResolver,
  AuditLogsResolver, AuditLogFieldsResolver,
  CategoriesResolver, CategoryFieldsResolver, ProductsResolver, ProductFieldsResolver, SkuFieldsResolver, ProductImagesResolver, ProductImageFieldsResolver,
  PricesResolver, PriceChangeFieldsResolver, PriceHistoryFieldsResolver, ImportsResolver, ImportJobFieldsResolver,
  StockResolver, TransfersResolver, StocktakesResolver,
  StockLevelFieldsResolver, StockMovementFieldsResolver, ReservationFieldsResolver, TransferFieldsResolver, TransferLineFieldsResolver,
  StocktakeFieldsResolver, StocktakeLineFieldsResolver, DocumentEventFieldsResolver, DefectiveHoldingsResolver, DefectiveHoldingFieldsResolver,
  OrdersResolver, FulfilmentResolver, OrderFieldsResolver, OrderLineFieldsResolver, PaymentFieldsResolver,
  LedgerResolver, LedgerEntryFieldsResolver,
  ShippingSetupResolver, ShipmentsResolver, CourierFieldsResolver, CourierRateFieldsResolver, ShipmentFieldsResolver, TrackingEventFieldsResolver,
  CustomersResolver, DeskResolver, MembersResolver,
  CustomerFieldsResolver, CustomerAssignmentFieldsResolver, MemberLevelFieldsResolver, ContactLogFieldsResolver, SpecialistProfileFieldsResolver,
  CallbackCampaignsResolver, CallbackTasksResolver, CallbackCampaignFieldsResolver, CallbackTaskFieldsResolver, ComplaintRequestFieldsResolver,
  ConversationsResolver, QuickRepliesResolver, UnclosedPurchasesResolver,
  ConversationFieldsResolver, ConversationMessageFieldsResolver, QuickReplyFieldsResolver, UnclosedPurchaseFieldsResolver,
  TelemarketingResolver, LeadListFieldsResolver, LeadFieldsResolver,
  ...COMPLAINTS_RESOLVERS,
  ...RETURNS_RESOLVERS,
  ...REVIEWS_RESOLVERS,
  ...SUPPLIERS_RESOLVERS,
  ...CONTRACTS_RESOLVERS,
  ...PURCHASING_RESOLVERS,
] as const;
