import { Migration } from '@mikro-orm/migrations';

export class Migration20261201190356 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "supplier_ledger_entries" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" int not null, "kind" varchar(20) not null, "amount" int not null, "balance_delta" int not null, "occurred_at" timestamptz not null, "business_day" varchar(10) not null, "source_type" varchar(40) not null, "source_code" varchar(60) null, "method" varchar(20) null, "reference" varchar(80) null, "ledger_entry_id" int null, "note" text null, "actor_label" varchar(200) not null);`);
    this.addSql(`create index "supplier_ledger_entries_business_day_index" on "supplier_ledger_entries" ("business_day");`);
    this.addSql(`create index "supplier_ledger_entries_source_code_index" on "supplier_ledger_entries" ("source_code");`);
    this.addSql(`create index "supplier_ledger_entries_supplier_id_occurred_at_index" on "supplier_ledger_entries" ("supplier_id", "occurred_at");`);

    this.addSql(`create table "supplier_profiles" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "partner_id" int not null, "grade" varchar(1) not null default 'C', "status" varchar(30) not null default 'PROSPECTIVE', "payment_terms" varchar(200) null, "categories_text" text not null default '', "contacts" jsonb not null);`);
    this.addSql(`alter table "supplier_profiles" add constraint "supplier_profiles_partner_id_unique" unique ("partner_id");`);
    this.addSql(`create index "supplier_profiles_grade_index" on "supplier_profiles" ("grade");`);
    this.addSql(`create index "supplier_profiles_status_index" on "supplier_profiles" ("status");`);

    this.addSql(`create table "supplier_score_settings" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "quality" int not null default 35, "delivery" int not null default 25, "price" int not null default 20, "service" int not null default 10, "credit" int not null default 10);`);

    this.addSql(`create table "supplier_score_snapshots" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" int not null, "period" varchar(7) not null, "quality" double precision null, "delivery" double precision null, "price" double precision null, "service" double precision null, "credit" double precision null, "composite" double precision null, "detail" jsonb not null, "computed_at" timestamptz not null);`);
    this.addSql(`create index "supplier_score_snapshots_supplier_id_index" on "supplier_score_snapshots" ("supplier_id");`);
    this.addSql(`alter table "supplier_score_snapshots" add constraint "supplier_score_snapshots_supplier_id_period_unique" unique ("supplier_id", "period");`);

    this.addSql(`create table "supplier_skus" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" int not null, "sku_id" int not null, "supplier_sku_code" varchar(60) null, "unit_price" int not null, "lead_time_days" int not null default 7, "min_order_quantity" int not null default 1, "preferred" boolean not null default false);`);
    this.addSql(`create index "supplier_skus_supplier_id_index" on "supplier_skus" ("supplier_id");`);
    this.addSql(`create index "supplier_skus_sku_id_index" on "supplier_skus" ("sku_id");`);
    this.addSql(`create index "supplier_skus_preferred_index" on "supplier_skus" ("preferred");`);
    this.addSql(`alter table "supplier_skus" add constraint "supplier_skus_supplier_id_sku_id_unique" unique ("supplier_id", "sku_id");`);

    this.addSql(`create table "supplier_evaluations" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "supplier_id" int not null, "period" varchar(7) not null, "method" varchar(30) not null, "evaluator_id" int not null, "quality" int not null, "delivery" int not null, "price" int not null, "service" int not null, "credit" int not null, "notes" text null);`);
    this.addSql(`create index "supplier_evaluations_supplier_id_period_index" on "supplier_evaluations" ("supplier_id", "period");`);

    this.addSql(`create table "rfqs" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "title" varchar(200) not null, "status" varchar(30) not null default 'DRAFT', "reply_by" varchar(10) null, "note" text null, "negotiation_notes" text null, "created_by_id" int not null);`);
    this.addSql(`alter table "rfqs" add constraint "rfqs_code_unique" unique ("code");`);
    this.addSql(`create index "rfqs_status_index" on "rfqs" ("status");`);

    this.addSql(`create table "rfq_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "rfq_id" int not null, "sku_id" int not null, "quantity" int not null);`);
    this.addSql(`alter table "rfq_lines" add constraint "rfq_lines_rfq_id_sku_id_unique" unique ("rfq_id", "sku_id");`);

    this.addSql(`create table "rfq_quotes" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "line_id" int not null, "supplier_id" int not null, "unit_price" int not null, "lead_time_days" int not null, "min_order_quantity" int not null, "valid_until" varchar(10) not null, "note" text null, "awarded" boolean not null default false);`);
    this.addSql(`create index "rfq_quotes_supplier_id_index" on "rfq_quotes" ("supplier_id");`);
    this.addSql(`alter table "rfq_quotes" add constraint "rfq_quotes_line_id_supplier_id_unique" unique ("line_id", "supplier_id");`);

    this.addSql(`create table "rfq_invitations" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "rfq_id" int not null, "supplier_id" int not null);`);
    this.addSql(`create index "rfq_invitations_supplier_id_index" on "rfq_invitations" ("supplier_id");`);
    this.addSql(`alter table "rfq_invitations" add constraint "rfq_invitations_rfq_id_supplier_id_unique" unique ("rfq_id", "supplier_id");`);

    this.addSql(`create table "contracts" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "title" varchar(200) not null, "type" varchar(30) not null, "supplier_id" int null, "shop_party" varchar(120) not null, "status" varchar(30) not null default 'DRAFT', "terms" text null, "amount" int not null default 0, "start_date" varchar(10) not null, "end_date" varchar(10) not null, "created_by_id" int not null, "reviewed_by_id" int null, "reviewed_at" timestamptz null, "signed_at" timestamptz null, "ended_at" timestamptz null, "note" text null);`);
    this.addSql(`alter table "contracts" add constraint "contracts_code_unique" unique ("code");`);
    this.addSql(`create index "contracts_supplier_id_index" on "contracts" ("supplier_id");`);
    this.addSql(`create index "contracts_status_index" on "contracts" ("status");`);
    this.addSql(`create index "contracts_end_date_index" on "contracts" ("end_date");`);

    this.addSql(`create table "contract_attachments" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "contract_id" int not null, "file_name" varchar(200) not null, "content_type" varchar(60) not null, "size_bytes" int not null, "storage_path" varchar(300) not null);`);
    this.addSql(`create index "contract_attachments_contract_id_index" on "contract_attachments" ("contract_id");`);

    this.addSql(`create table "purchase_plans" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "period" varchar(20) not null, "warehouse_id" int not null, "status" varchar(20) not null default 'DRAFT', "start_day" varchar(10) not null, "period_days" int not null, "lookback_days" int not null, "growth_percent" int not null, "low_stock_only" boolean not null, "approved_at" timestamptz null, "note" text null);`);
    this.addSql(`alter table "purchase_plans" add constraint "purchase_plans_code_unique" unique ("code");`);
    this.addSql(`create index "purchase_plans_warehouse_id_index" on "purchase_plans" ("warehouse_id");`);
    this.addSql(`create index "purchase_plans_status_index" on "purchase_plans" ("status");`);

    this.addSql(`create table "purchase_plan_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "plan_id" int not null, "sku_id" int not null, "supplier_id" int null, "quantity" int not null, "unit_price" int not null, "suggested_quantity" int not null, "sold_units" int not null, "daily_velocity" double precision not null, "available" int not null, "in_transit" int not null, "on_order" int not null, "safety_stock" int not null, "lead_time_days" int not null, "min_order_quantity" int not null);`);
    this.addSql(`create index "purchase_plan_lines_plan_id_index" on "purchase_plan_lines" ("plan_id");`);
    this.addSql(`alter table "purchase_plan_lines" add constraint "purchase_plan_lines_plan_id_sku_id_unique" unique ("plan_id", "sku_id");`);

    this.addSql(`create table "purchase_orders" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "supplier_id" int not null, "warehouse_id" int not null, "status" varchar(30) not null default 'DRAFT', "plan_id" int null, "contract_id" int null, "expected_delivery_date" varchar(10) null, "promised_delivery_date" varchar(10) null, "approved_at" timestamptz null, "sent_at" timestamptz null, "confirmed_at" timestamptz null, "received_at" timestamptz null, "total_amount" int not null default 0, "note" text null);`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_code_unique" unique ("code");`);
    this.addSql(`create index "purchase_orders_supplier_id_index" on "purchase_orders" ("supplier_id");`);
    this.addSql(`create index "purchase_orders_warehouse_id_index" on "purchase_orders" ("warehouse_id");`);
    this.addSql(`create index "purchase_orders_status_index" on "purchase_orders" ("status");`);
    this.addSql(`create index "purchase_orders_plan_id_index" on "purchase_orders" ("plan_id");`);
    this.addSql(`create index "purchase_orders_contract_id_index" on "purchase_orders" ("contract_id");`);
    this.addSql(`create index "purchase_orders_expected_delivery_date_index" on "purchase_orders" ("expected_delivery_date");`);
    this.addSql(`create index "purchase_orders_sent_at_index" on "purchase_orders" ("sent_at");`);

    this.addSql(`create table "purchase_returns" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "supplier_id" int not null, "warehouse_id" int not null, "order_id" int null, "status" varchar(30) not null default 'DRAFT', "total_amount" int not null, "shipped_at" timestamptz null, "credited_at" timestamptz null, "credit_reference" varchar(80) null, "note" text null);`);
    this.addSql(`alter table "purchase_returns" add constraint "purchase_returns_code_unique" unique ("code");`);
    this.addSql(`create index "purchase_returns_supplier_id_index" on "purchase_returns" ("supplier_id");`);
    this.addSql(`create index "purchase_returns_warehouse_id_index" on "purchase_returns" ("warehouse_id");`);
    this.addSql(`create index "purchase_returns_order_id_index" on "purchase_returns" ("order_id");`);
    this.addSql(`create index "purchase_returns_status_index" on "purchase_returns" ("status");`);
    this.addSql(`create index "purchase_returns_shipped_at_index" on "purchase_returns" ("shipped_at");`);

    this.addSql(`create table "purchase_receipts" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "order_id" int not null, "supplier_id" int not null, "warehouse_id" int not null, "received_at" timestamptz not null, "due_day" varchar(10) null, "on_time" boolean not null, "received_quantity" int not null, "accepted_quantity" int not null, "rejected_quantity" int not null, "payable_amount" int not null, "received_by_id" int null, "note" text null);`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_code_unique" unique ("code");`);
    this.addSql(`create index "purchase_receipts_order_id_index" on "purchase_receipts" ("order_id");`);
    this.addSql(`create index "purchase_receipts_warehouse_id_index" on "purchase_receipts" ("warehouse_id");`);
    this.addSql(`create index "purchase_receipts_received_at_index" on "purchase_receipts" ("received_at");`);
    this.addSql(`create index "purchase_receipts_supplier_id_received_at_index" on "purchase_receipts" ("supplier_id", "received_at");`);

    this.addSql(`create table "purchase_order_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" int not null, "sku_id" int not null, "quantity" int not null, "unit_price" int not null, "received_quantity" int not null default 0, "accepted_quantity" int not null default 0, "rejected_quantity" int not null default 0, "returned_quantity" int not null default 0);`);
    this.addSql(`create index "purchase_order_lines_order_id_index" on "purchase_order_lines" ("order_id");`);
    this.addSql(`create index "purchase_order_lines_sku_id_index" on "purchase_order_lines" ("sku_id");`);
    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_order_id_sku_id_unique" unique ("order_id", "sku_id");`);

    this.addSql(`create table "return_requests" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "type" varchar(30) not null, "status" varchar(30) not null default 'REQUESTED', "order_id" int not null, "order_code" varchar(40) not null, "buyer_account" varchar(80) null, "receiver_name" varchar(80) not null, "reason_code" varchar(30) not null, "note" text null, "requested_refund_fen" int null, "complaint_code" varchar(40) null, "warehouse_id" int null, "decided_by_id" int null, "decided_by_label" varchar(200) null, "decided_at" timestamptz null, "received_at" timestamptz null, "ended_at" timestamptz null, "exchange_order_id" int null);`);
    this.addSql(`alter table "return_requests" add constraint "return_requests_code_unique" unique ("code");`);
    this.addSql(`create index "return_requests_type_index" on "return_requests" ("type");`);
    this.addSql(`create index "return_requests_status_index" on "return_requests" ("status");`);
    this.addSql(`create index "return_requests_order_id_index" on "return_requests" ("order_id");`);
    this.addSql(`create index "return_requests_order_code_index" on "return_requests" ("order_code");`);
    this.addSql(`create index "return_requests_reason_code_index" on "return_requests" ("reason_code");`);
    this.addSql(`create index "return_requests_complaint_code_index" on "return_requests" ("complaint_code");`);
    this.addSql(`create index "return_requests_warehouse_id_index" on "return_requests" ("warehouse_id");`);
    this.addSql(`create index "return_requests_ended_at_index" on "return_requests" ("ended_at");`);
    this.addSql(`create index "return_requests_exchange_order_id_index" on "return_requests" ("exchange_order_id");`);

    this.addSql(`create table "reviews" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "platform" varchar(30) not null, "external_id" varchar(80) null, "import_key" varchar(300) not null, "rating" int not null, "original_rating" int not null, "is_bad" boolean not null, "text" text not null, "buyer_name" varchar(80) not null, "reviewed_at" timestamptz not null, "order_id" int null, "order_code" varchar(64) null, "sku_id" int null, "product_id" int null, "reply_text" text null, "replied_by_id" int null, "replied_by_label" varchar(200) null, "replied_at" timestamptz null, "handling_status" varchar(30) not null default 'NOT_NEEDED', "cause" varchar(30) null, "cause_note" text null, "explanation" text null, "revision_requested_at" timestamptz null, "revised_at" timestamptz null, "logistics_finding" text null, "verified_at" timestamptz null, "apology" text null, "apologised_at" timestamptz null, "compensation_fen" int null, "return_request_id" int null, "retrained_user_id" int null, "retraining_note" text null, "retrained_at" timestamptz null, "resolved_at" timestamptz null);`);
    this.addSql(`alter table "reviews" add constraint "reviews_import_key_unique" unique ("import_key");`);
    this.addSql(`create index "reviews_rating_index" on "reviews" ("rating");`);
    this.addSql(`create index "reviews_buyer_name_index" on "reviews" ("buyer_name");`);
    this.addSql(`create index "reviews_reviewed_at_index" on "reviews" ("reviewed_at");`);
    this.addSql(`create index "reviews_order_id_index" on "reviews" ("order_id");`);
    this.addSql(`create index "reviews_order_code_index" on "reviews" ("order_code");`);
    this.addSql(`create index "reviews_sku_id_index" on "reviews" ("sku_id");`);
    this.addSql(`create index "reviews_product_id_index" on "reviews" ("product_id");`);
    this.addSql(`create index "reviews_handling_status_index" on "reviews" ("handling_status");`);
    this.addSql(`create index "reviews_cause_index" on "reviews" ("cause");`);
    this.addSql(`create index "reviews_is_bad_reviewed_at_index" on "reviews" ("is_bad", "reviewed_at");`);

    this.addSql(`create table "refunds" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "return_request_id" int not null, "order_id" int not null, "order_code" varchar(40) not null, "status" varchar(30) not null default 'REQUESTED', "amount_fen" int not null, "method" varchar(30) not null, "reason" text not null, "needs_second_approval" boolean not null, "requested_by_id" int null, "requested_by_label" varchar(200) not null, "first_approver_id" int null, "first_approver_label" varchar(200) null, "first_approved_at" timestamptz null, "second_approver_id" int null, "second_approver_label" varchar(200) null, "second_approved_at" timestamptz null, "payment_id" int null, "paid_at" timestamptz null, "rejection_reason" text null);`);
    this.addSql(`alter table "refunds" add constraint "refunds_code_unique" unique ("code");`);
    this.addSql(`create index "refunds_return_request_id_index" on "refunds" ("return_request_id");`);
    this.addSql(`create index "refunds_order_id_index" on "refunds" ("order_id");`);
    this.addSql(`create index "refunds_order_code_index" on "refunds" ("order_code");`);
    this.addSql(`create index "refunds_status_index" on "refunds" ("status");`);
    this.addSql(`create index "refunds_amount_fen_index" on "refunds" ("amount_fen");`);
    this.addSql(`create index "refunds_paid_at_index" on "refunds" ("paid_at");`);

    this.addSql(`create table "return_request_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" int not null, "order_line_id" int not null, "sku_id" int not null, "sku_code" varchar(60) not null, "title" varchar(300) not null, "quantity" int not null, "restocked_quantity" int not null default 0, "defective_quantity" int not null default 0);`);
    this.addSql(`create index "return_request_lines_request_id_index" on "return_request_lines" ("request_id");`);
    this.addSql(`create index "return_request_lines_order_line_id_index" on "return_request_lines" ("order_line_id");`);
    this.addSql(`create index "return_request_lines_sku_id_index" on "return_request_lines" ("sku_id");`);

    this.addSql(`create table "courier_claims" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "courier_id" int not null, "review_id" int null, "order_id" int null, "waybill_no" varchar(60) null, "status" varchar(30) not null default 'FILED', "amount_fen" int not null, "reason" text not null, "decision_note" text null, "decided_at" timestamptz null, "settled_amount_fen" int null, "settled_at" timestamptz null);`);
    this.addSql(`alter table "courier_claims" add constraint "courier_claims_code_unique" unique ("code");`);
    this.addSql(`create index "courier_claims_courier_id_index" on "courier_claims" ("courier_id");`);
    this.addSql(`create index "courier_claims_review_id_index" on "courier_claims" ("review_id");`);
    this.addSql(`create index "courier_claims_order_id_index" on "courier_claims" ("order_id");`);
    this.addSql(`create index "courier_claims_waybill_no_index" on "courier_claims" ("waybill_no");`);
    this.addSql(`create index "courier_claims_status_index" on "courier_claims" ("status");`);

    this.addSql(`create table "complaints" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "state" varchar(30) not null default 'REGISTERED', "customer_id" int not null, "channel" varchar(30) not null, "received_at" timestamptz not null, "due_at" timestamptz not null, "received_day" varchar(10) not null, "order_id" int null, "product_id" int null, "sku_id" int null, "category" varchar(30) not null, "content" text not null, "demand" text not null, "complaint_request_id" int null, "handler_id" int null, "registered_by_id" int null, "valid" boolean null, "demand_reasonable" boolean null, "judgment_note" text null, "invalid_reply" text null, "responsible_department_id" int null, "judged_at" timestamptz null, "cause" varchar(30) null, "findings" text null, "responsible_user_id" int null, "supplier_id" int null, "courier_name" varchar(80) null, "investigated_at" timestamptz null, "implementation_note" text null, "return_request_id" int null, "disciplinary_note" text null, "notified_channel" varchar(30) null, "notified_at" timestamptz null, "implemented_at" timestamptz null, "acceptance_confirmed_by" varchar(120) null, "acceptance_method" varchar(30) null, "accepted_at" timestamptz null, "customer_feedback" text null, "classification" varchar(120) null, "root_cause" text null, "improvement_action" text null, "resolved_at" timestamptz null, "resolution_minutes" int null);`);
    this.addSql(`alter table "complaints" add constraint "complaints_code_unique" unique ("code");`);
    this.addSql(`create index "complaints_state_index" on "complaints" ("state");`);
    this.addSql(`create index "complaints_customer_id_index" on "complaints" ("customer_id");`);
    this.addSql(`create index "complaints_channel_index" on "complaints" ("channel");`);
    this.addSql(`create index "complaints_received_at_index" on "complaints" ("received_at");`);
    this.addSql(`create index "complaints_due_at_index" on "complaints" ("due_at");`);
    this.addSql(`create index "complaints_received_day_index" on "complaints" ("received_day");`);
    this.addSql(`create index "complaints_order_id_index" on "complaints" ("order_id");`);
    this.addSql(`create index "complaints_product_id_index" on "complaints" ("product_id");`);
    this.addSql(`create index "complaints_sku_id_index" on "complaints" ("sku_id");`);
    this.addSql(`create index "complaints_category_index" on "complaints" ("category");`);
    this.addSql(`create index "complaints_complaint_request_id_index" on "complaints" ("complaint_request_id");`);
    this.addSql(`create index "complaints_handler_id_index" on "complaints" ("handler_id");`);
    this.addSql(`create index "complaints_responsible_department_id_index" on "complaints" ("responsible_department_id");`);
    this.addSql(`create index "complaints_cause_index" on "complaints" ("cause");`);
    this.addSql(`create index "complaints_responsible_user_id_index" on "complaints" ("responsible_user_id");`);
    this.addSql(`create index "complaints_supplier_id_index" on "complaints" ("supplier_id");`);
    this.addSql(`create index "complaints_return_request_id_index" on "complaints" ("return_request_id");`);
    this.addSql(`create index "complaints_resolved_at_index" on "complaints" ("resolved_at");`);
    this.addSql(`create index "complaints_state_due_at_index" on "complaints" ("state", "due_at");`);

    this.addSql(`create table "complaint_proposals" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "complaint_id" int not null, "solution" varchar(30) not null, "amount_fen" int null, "description" text not null, "status" varchar(30) not null default 'PROPOSED', "proposed_by_id" int not null, "proposed_by_label" varchar(200) not null, "decided_by_id" int null, "decided_at" timestamptz null, "decision_note" text null);`);
    this.addSql(`create index "complaint_proposals_complaint_id_index" on "complaint_proposals" ("complaint_id");`);
    this.addSql(`create index "complaint_proposals_status_index" on "complaint_proposals" ("status");`);

    this.addSql(`create table "defective_holdings" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku_id" int not null, "warehouse_id" int not null, "supplier_id" int null, "source" varchar(30) not null, "source_ref" varchar(60) not null, "reason" text not null, "quantity" int not null, "returned_quantity" int not null default 0, "held_quantity" int not null);`);
    this.addSql(`create index "defective_holdings_sku_id_index" on "defective_holdings" ("sku_id");`);
    this.addSql(`create index "defective_holdings_supplier_id_index" on "defective_holdings" ("supplier_id");`);
    this.addSql(`create index "defective_holdings_source_index" on "defective_holdings" ("source");`);
    this.addSql(`create index "defective_holdings_source_ref_index" on "defective_holdings" ("source_ref");`);
    this.addSql(`create index "defective_holdings_held_quantity_index" on "defective_holdings" ("held_quantity");`);
    this.addSql(`create index "defective_holdings_warehouse_id_sku_id_index" on "defective_holdings" ("warehouse_id", "sku_id");`);

    this.addSql(`create table "return_inspections" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" int not null, "line_id" int not null, "sku_id" int not null, "warehouse_id" int not null, "outcome" varchar(30) not null, "quantity" int not null, "note" text null, "holding_id" int null, "inspector_id" int null, "inspector_label" varchar(200) not null);`);
    this.addSql(`create index "return_inspections_request_id_index" on "return_inspections" ("request_id");`);
    this.addSql(`create index "return_inspections_line_id_index" on "return_inspections" ("line_id");`);
    this.addSql(`create index "return_inspections_sku_id_index" on "return_inspections" ("sku_id");`);
    this.addSql(`create index "return_inspections_outcome_index" on "return_inspections" ("outcome");`);

    this.addSql(`create table "purchase_return_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "purchase_return_id" int not null, "sku_id" int not null, "source" varchar(20) not null, "holding_id" int null, "order_line_id" int null, "quantity" int not null, "unit_price" int not null, "reason" text null);`);
    this.addSql(`create index "purchase_return_lines_purchase_return_id_index" on "purchase_return_lines" ("purchase_return_id");`);
    this.addSql(`create index "purchase_return_lines_holding_id_index" on "purchase_return_lines" ("holding_id");`);

    this.addSql(`create table "purchase_receipt_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "receipt_id" int not null, "order_line_id" int not null, "sku_id" int not null, "received_quantity" int not null, "accepted_quantity" int not null, "rejected_quantity" int not null, "reject_reason" text null, "holding_id" int null);`);
    this.addSql(`create index "purchase_receipt_lines_receipt_id_index" on "purchase_receipt_lines" ("receipt_id");`);
    this.addSql(`create index "purchase_receipt_lines_order_line_id_index" on "purchase_receipt_lines" ("order_line_id");`);

    this.addSql(`alter table "supplier_ledger_entries" add constraint "supplier_ledger_entries_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "supplier_profiles" add constraint "supplier_profiles_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "supplier_score_snapshots" add constraint "supplier_score_snapshots_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "supplier_skus" add constraint "supplier_skus_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "supplier_skus" add constraint "supplier_skus_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "supplier_evaluations" add constraint "supplier_evaluations_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "supplier_evaluations" add constraint "supplier_evaluations_evaluator_id_foreign" foreign key ("evaluator_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "rfqs" add constraint "rfqs_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "rfq_lines" add constraint "rfq_lines_rfq_id_foreign" foreign key ("rfq_id") references "rfqs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rfq_lines" add constraint "rfq_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "rfq_quotes" add constraint "rfq_quotes_line_id_foreign" foreign key ("line_id") references "rfq_lines" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rfq_quotes" add constraint "rfq_quotes_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "rfq_invitations" add constraint "rfq_invitations_rfq_id_foreign" foreign key ("rfq_id") references "rfqs" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "rfq_invitations" add constraint "rfq_invitations_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);

    this.addSql(`alter table "contracts" add constraint "contracts_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "contracts" add constraint "contracts_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "contracts" add constraint "contracts_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contract_attachments" add constraint "contract_attachments_contract_id_foreign" foreign key ("contract_id") references "contracts" ("id") on update cascade;`);

    this.addSql(`alter table "purchase_plans" add constraint "purchase_plans_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "purchase_plan_lines" add constraint "purchase_plan_lines_plan_id_foreign" foreign key ("plan_id") references "purchase_plans" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_plan_lines" add constraint "purchase_plan_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_plan_lines" add constraint "purchase_plan_lines_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_orders" add constraint "purchase_orders_contract_id_foreign" foreign key ("contract_id") references "contracts" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_returns" add constraint "purchase_returns_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_returns" add constraint "purchase_returns_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_returns" add constraint "purchase_returns_order_id_foreign" foreign key ("order_id") references "purchase_orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_order_id_foreign" foreign key ("order_id") references "purchase_orders" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_receipts" add constraint "purchase_receipts_received_by_id_foreign" foreign key ("received_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_order_id_foreign" foreign key ("order_id") references "purchase_orders" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_order_lines" add constraint "purchase_order_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "return_requests" add constraint "return_requests_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade;`);
    this.addSql(`alter table "return_requests" add constraint "return_requests_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "return_requests" add constraint "return_requests_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "return_requests" add constraint "return_requests_exchange_order_id_foreign" foreign key ("exchange_order_id") references "orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reviews" add constraint "reviews_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reviews" add constraint "reviews_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reviews" add constraint "reviews_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reviews" add constraint "reviews_replied_by_id_foreign" foreign key ("replied_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reviews" add constraint "reviews_return_request_id_foreign" foreign key ("return_request_id") references "return_requests" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "reviews" add constraint "reviews_retrained_user_id_foreign" foreign key ("retrained_user_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "refunds" add constraint "refunds_return_request_id_foreign" foreign key ("return_request_id") references "return_requests" ("id") on update cascade;`);
    this.addSql(`alter table "refunds" add constraint "refunds_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade;`);
    this.addSql(`alter table "refunds" add constraint "refunds_requested_by_id_foreign" foreign key ("requested_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "refunds" add constraint "refunds_first_approver_id_foreign" foreign key ("first_approver_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "refunds" add constraint "refunds_second_approver_id_foreign" foreign key ("second_approver_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "refunds" add constraint "refunds_payment_id_foreign" foreign key ("payment_id") references "order_payments" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "return_request_lines" add constraint "return_request_lines_request_id_foreign" foreign key ("request_id") references "return_requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_request_lines" add constraint "return_request_lines_order_line_id_foreign" foreign key ("order_line_id") references "order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "return_request_lines" add constraint "return_request_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "courier_claims" add constraint "courier_claims_courier_id_foreign" foreign key ("courier_id") references "couriers" ("id") on update cascade;`);
    this.addSql(`alter table "courier_claims" add constraint "courier_claims_review_id_foreign" foreign key ("review_id") references "reviews" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "courier_claims" add constraint "courier_claims_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaints" add constraint "complaints_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "complaints" add constraint "complaints_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_complaint_request_id_foreign" foreign key ("complaint_request_id") references "complaint_requests" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_handler_id_foreign" foreign key ("handler_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_registered_by_id_foreign" foreign key ("registered_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_responsible_department_id_foreign" foreign key ("responsible_department_id") references "departments" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_responsible_user_id_foreign" foreign key ("responsible_user_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaints" add constraint "complaints_return_request_id_foreign" foreign key ("return_request_id") references "return_requests" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "complaint_proposals" add constraint "complaint_proposals_complaint_id_foreign" foreign key ("complaint_id") references "complaints" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "complaint_proposals" add constraint "complaint_proposals_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "complaint_proposals" add constraint "complaint_proposals_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "defective_holdings" add constraint "defective_holdings_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "defective_holdings" add constraint "defective_holdings_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "defective_holdings" add constraint "defective_holdings_supplier_id_foreign" foreign key ("supplier_id") references "partners" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "return_inspections" add constraint "return_inspections_request_id_foreign" foreign key ("request_id") references "return_requests" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_inspections" add constraint "return_inspections_line_id_foreign" foreign key ("line_id") references "return_request_lines" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_inspections" add constraint "return_inspections_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "return_inspections" add constraint "return_inspections_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "return_inspections" add constraint "return_inspections_holding_id_foreign" foreign key ("holding_id") references "defective_holdings" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "return_inspections" add constraint "return_inspections_inspector_id_foreign" foreign key ("inspector_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_return_lines" add constraint "purchase_return_lines_purchase_return_id_foreign" foreign key ("purchase_return_id") references "purchase_returns" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_return_lines" add constraint "purchase_return_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_return_lines" add constraint "purchase_return_lines_holding_id_foreign" foreign key ("holding_id") references "defective_holdings" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "purchase_return_lines" add constraint "purchase_return_lines_order_line_id_foreign" foreign key ("order_line_id") references "purchase_order_lines" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "purchase_receipt_lines" add constraint "purchase_receipt_lines_receipt_id_foreign" foreign key ("receipt_id") references "purchase_receipts" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "purchase_receipt_lines" add constraint "purchase_receipt_lines_order_line_id_foreign" foreign key ("order_line_id") references "purchase_order_lines" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_receipt_lines" add constraint "purchase_receipt_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "purchase_receipt_lines" add constraint "purchase_receipt_lines_holding_id_foreign" foreign key ("holding_id") references "defective_holdings" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "callback_tasks" drop constraint "callback_tasks_campaign_id_customer_id_unique";`);

    this.addSql(`alter table "callback_tasks" add column "source_ref" varchar(40) not null default '';`);
    this.addSql(`create index "callback_tasks_source_ref_index" on "callback_tasks" ("source_ref");`);
    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_campaign_id_customer_id_source_ref_unique" unique ("campaign_id", "customer_id", "source_ref");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "rfq_lines" drop constraint "rfq_lines_rfq_id_foreign";`);

    this.addSql(`alter table "rfq_invitations" drop constraint "rfq_invitations_rfq_id_foreign";`);

    this.addSql(`alter table "rfq_quotes" drop constraint "rfq_quotes_line_id_foreign";`);

    this.addSql(`alter table "contract_attachments" drop constraint "contract_attachments_contract_id_foreign";`);

    this.addSql(`alter table "purchase_orders" drop constraint "purchase_orders_contract_id_foreign";`);

    this.addSql(`alter table "purchase_plan_lines" drop constraint "purchase_plan_lines_plan_id_foreign";`);

    this.addSql(`alter table "purchase_returns" drop constraint "purchase_returns_order_id_foreign";`);

    this.addSql(`alter table "purchase_receipts" drop constraint "purchase_receipts_order_id_foreign";`);

    this.addSql(`alter table "purchase_order_lines" drop constraint "purchase_order_lines_order_id_foreign";`);

    this.addSql(`alter table "purchase_return_lines" drop constraint "purchase_return_lines_purchase_return_id_foreign";`);

    this.addSql(`alter table "purchase_receipt_lines" drop constraint "purchase_receipt_lines_receipt_id_foreign";`);

    this.addSql(`alter table "purchase_return_lines" drop constraint "purchase_return_lines_order_line_id_foreign";`);

    this.addSql(`alter table "purchase_receipt_lines" drop constraint "purchase_receipt_lines_order_line_id_foreign";`);

    this.addSql(`alter table "reviews" drop constraint "reviews_return_request_id_foreign";`);

    this.addSql(`alter table "refunds" drop constraint "refunds_return_request_id_foreign";`);

    this.addSql(`alter table "return_request_lines" drop constraint "return_request_lines_request_id_foreign";`);

    this.addSql(`alter table "complaints" drop constraint "complaints_return_request_id_foreign";`);

    this.addSql(`alter table "return_inspections" drop constraint "return_inspections_request_id_foreign";`);

    this.addSql(`alter table "courier_claims" drop constraint "courier_claims_review_id_foreign";`);

    this.addSql(`alter table "return_inspections" drop constraint "return_inspections_line_id_foreign";`);

    this.addSql(`alter table "complaint_proposals" drop constraint "complaint_proposals_complaint_id_foreign";`);

    this.addSql(`alter table "return_inspections" drop constraint "return_inspections_holding_id_foreign";`);

    this.addSql(`alter table "purchase_return_lines" drop constraint "purchase_return_lines_holding_id_foreign";`);

    this.addSql(`alter table "purchase_receipt_lines" drop constraint "purchase_receipt_lines_holding_id_foreign";`);

    this.addSql(`drop table if exists "supplier_ledger_entries" cascade;`);

    this.addSql(`drop table if exists "supplier_profiles" cascade;`);

    this.addSql(`drop table if exists "supplier_score_settings" cascade;`);

    this.addSql(`drop table if exists "supplier_score_snapshots" cascade;`);

    this.addSql(`drop table if exists "supplier_skus" cascade;`);

    this.addSql(`drop table if exists "supplier_evaluations" cascade;`);

    this.addSql(`drop table if exists "rfqs" cascade;`);

    this.addSql(`drop table if exists "rfq_lines" cascade;`);

    this.addSql(`drop table if exists "rfq_quotes" cascade;`);

    this.addSql(`drop table if exists "rfq_invitations" cascade;`);

    this.addSql(`drop table if exists "contracts" cascade;`);

    this.addSql(`drop table if exists "contract_attachments" cascade;`);

    this.addSql(`drop table if exists "purchase_plans" cascade;`);

    this.addSql(`drop table if exists "purchase_plan_lines" cascade;`);

    this.addSql(`drop table if exists "purchase_orders" cascade;`);

    this.addSql(`drop table if exists "purchase_returns" cascade;`);

    this.addSql(`drop table if exists "purchase_receipts" cascade;`);

    this.addSql(`drop table if exists "purchase_order_lines" cascade;`);

    this.addSql(`drop table if exists "return_requests" cascade;`);

    this.addSql(`drop table if exists "reviews" cascade;`);

    this.addSql(`drop table if exists "refunds" cascade;`);

    this.addSql(`drop table if exists "return_request_lines" cascade;`);

    this.addSql(`drop table if exists "courier_claims" cascade;`);

    this.addSql(`drop table if exists "complaints" cascade;`);

    this.addSql(`drop table if exists "complaint_proposals" cascade;`);

    this.addSql(`drop table if exists "defective_holdings" cascade;`);

    this.addSql(`drop table if exists "return_inspections" cascade;`);

    this.addSql(`drop table if exists "purchase_return_lines" cascade;`);

    this.addSql(`drop table if exists "purchase_receipt_lines" cascade;`);

    this.addSql(`drop index "callback_tasks_source_ref_index";`);
    this.addSql(`alter table "callback_tasks" drop constraint "callback_tasks_campaign_id_customer_id_source_ref_unique";`);
    this.addSql(`alter table "callback_tasks" drop column "source_ref";`);

    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_campaign_id_customer_id_unique" unique ("campaign_id", "customer_id");`);
  }

}
