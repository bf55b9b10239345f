import { AuditLog } from '../core/audit/audit-log.entity.js';
import { DocumentEvent } from '../core/history/document-event.entity.js';
import { Department } from './identity/entities/department.entity.js';
import { Role } from './identity/entities/role.entity.js';
import { User } from './identity/entities/user.entity.js';
import { Session } from './identity/entities/session.entity.js';
import { Partner } from './partners/entities/partner.entity.js';
import { ApiToken } from './tokens/entities/api-token.entity.js';
import { Category } from './catalog/entities/category.entity.js';
import { Product } from './catalog/entities/product.entity.js';
import { Sku } from './catalog/entities/sku.entity.js';
import { PriceChange } from './catalog/entities/price-change.entity.js';
import { PriceHistory } from './catalog/entities/price-history.entity.js';
import { ProductImage } from './catalog/entities/product-image.entity.js';
import { ImportJob } from './catalog/entities/import-job.entity.js';
import { Warehouse } from './inventory/entities/warehouse.entity.js';
import { StockLevel } from './inventory/entities/stock-level.entity.js';
import { StockMovement } from './inventory/entities/stock-movement.entity.js';
import { Reservation } from './inventory/entities/reservation.entity.js';
import { Transfer, TransferLine } from './inventory/entities/transfer.entity.js';
import { Stocktake, StocktakeLine } from './inventory/entities/stocktake.entity.js';
import { DefectiveHolding } from './inventory/entities/defective-holding.entity.js';
import { Order } from './orders/entities/order.entity.js';
import { OrderLine } from './orders/entities/order-line.entity.js';
import { Payment } from './orders/entities/payment.entity.js';
import { IdempotencyKey } from './orders/entities/idempotency-key.entity.js';
import { LedgerEntry } from './ledger/entities/ledger-entry.entity.js';
import { Courier } from './shipping/entities/courier.entity.js';
import { CourierRate } from './shipping/entities/courier-rate.entity.js';
import { ShippingFeeTemplate } from './shipping/entities/shipping-fee-template.entity.js';
import { ShipFirstRegion } from './shipping/entities/ship-first-region.entity.js';
import { Shipment } from './shipping/entities/shipment.entity.js';
import { TrackingEvent } from './shipping/entities/tracking-event.entity.js';
import { MemberLevel } from './customers/entities/member-level.entity.js';
import { Customer } from './customers/entities/customer.entity.js';
import { CustomerTag } from './customers/entities/customer-tag.entity.js';
import { CustomerAssignment } from './customers/entities/customer-assignment.entity.js';
import { SpecialistProfile } from './customers/entities/specialist-profile.entity.js';
import { ContactLog } from './customers/entities/contact-log.entity.js';
import { CallbackCampaign } from './callbacks/entities/callback-campaign.entity.js';
import { CallbackTask } from './callbacks/entities/callback-task.entity.js';
import { CallbackReport } from './callbacks/entities/callback-report.entity.js';
import { ComplaintRequest } from './callbacks/entities/complaint-request.entity.js';
import { Conversation, ConversationMessage } from './conversations/entities/conversation.entity.js';
import { QuickReply } from './conversations/entities/quick-reply.entity.js';
import { UnclosedPurchase } from './conversations/entities/unclosed-purchase.entity.js';
import { Lead, LeadList } from './telemarketing/entities/lead-list.entity.js';
import { COMPLAINTS_ENTITIES } from './complaints/entities/index.js';
import { RETURNS_ENTITIES } from './returns/entities/index.js';
import { REVIEWS_ENTITIES } from './reviews/entities/index.js';
import { SUPPLIERS_ENTITIES } from './suppliers/entities/index.js';
import { CONTRACTS_ENTITIES } from './contracts/entities/index.js';
import { PURCHASING_ENTITIES } from './purchasing/entities/index.js';

/** Every entity the ORM knows. Each module adds its own here. */
export const ENTITIES = [
  AuditLog, DocumentEvent,
  Department, Role, User, Session,
  Partner, ApiToken,
  Category, Product, Sku, PriceChange, PriceHistory, ProductImage, ImportJob,
  Warehouse, StockLevel, StockMovement, Reservation, Transfer, TransferLine, Stocktake, StocktakeLine, DefectiveHolding,
  Order, OrderLine, Payment, IdempotencyKey, LedgerEntry,
  Courier, CourierRate, ShippingFeeTemplate, ShipFirstRegion, Shipment, TrackingEvent,
  MemberLevel, Customer, CustomerTag, CustomerAssignment, SpecialistProfile, ContactLog,
  CallbackCampaign, CallbackTask, CallbackReport, ComplaintRequest,
  Conversation, ConversationMessage, QuickReply, UnclosedPurchase,
  LeadList, Lead,
  ...COMPLAINTS_ENTITIES,
  ...RETURNS_ENTITIES,
  ...REVIEWS_ENTITIES,
  ...SUPPLIERS_ENTITIES,
  ...CONTRACTS_ENTITIES,
  ...PURCHASING_ENTITIES,
];
