import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153757 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "couriers" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(80) not null, "contact_phone" varchar(40) null, "notes" text null, "active" boolean not null default true);`);
    this.addSql(`alter table "couriers" add constraint "couriers_code_unique" unique ("code");`);
    this.addSql(`create index "couriers_active_index" on "couriers" ("active");`);

    this.addSql(`create table "courier_rates" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "courier_id" int not null, "method" varchar(30) not null, "province" varchar(20) not null, "first_weight_grams" int not null, "first_fee_fen" int not null, "additional_unit_grams" int not null, "additional_fee_fen" int not null);`);
    this.addSql(`create index "courier_rates_courier_id_index" on "courier_rates" ("courier_id");`);
    this.addSql(`alter table "courier_rates" add constraint "courier_rates_courier_id_method_province_unique" unique ("courier_id", "method", "province");`);

    this.addSql(`create table "idempotency_keys" ("id" serial primary key, "operation" varchar(60) not null, "scope" varchar(60) not null, "client_key" varchar(200) not null, "request_hash" varchar(64) not null, "result_id" int null, "created_at" timestamptz not null, "expires_at" timestamptz not null);`);
    this.addSql(`create index "idempotency_keys_expires_at_index" on "idempotency_keys" ("expires_at");`);
    this.addSql(`alter table "idempotency_keys" add constraint "idempotency_keys_operation_scope_client_key_unique" unique ("operation", "scope", "client_key");`);

    this.addSql(`create table "ship_first_regions" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "province" varchar(20) not null, "note" varchar(200) null);`);
    this.addSql(`alter table "ship_first_regions" add constraint "ship_first_regions_province_unique" unique ("province");`);

    this.addSql(`create table "shipping_fee_templates" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "method" varchar(30) not null, "province" varchar(20) not null, "first_weight_grams" int not null, "first_fee_fen" int not null, "additional_unit_grams" int not null, "additional_fee_fen" int not null, "free_shipping_threshold_fen" int null);`);
    this.addSql(`alter table "shipping_fee_templates" add constraint "shipping_fee_templates_method_province_unique" unique ("method", "province");`);

    this.addSql(`create table "ledger_entries" ("id" serial primary key, "direction" varchar(30) not null, "category" varchar(30) not null, "amount_fen" int not null, "currency" varchar(3) not null default 'CNY', "reference" varchar(80) null, "source_type" varchar(40) null, "source_id" varchar(60) null, "note" text null, "actor_id" int null, "actor_label" varchar(200) not null, "occurred_at" timestamptz not null, "business_day" varchar(10) not null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "ledger_entries_category_index" on "ledger_entries" ("category");`);
    this.addSql(`create index "ledger_entries_occurred_at_index" on "ledger_entries" ("occurred_at");`);
    this.addSql(`create index "ledger_entries_source_type_source_id_index" on "ledger_entries" ("source_type", "source_id");`);
    this.addSql(`create index "ledger_entries_business_day_direction_index" on "ledger_entries" ("business_day", "direction");`);

    this.addSql(`create table "orders" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "channel" varchar(30) not null, "platform_order_no" varchar(64) null, "external_key" varchar(120) null, "agent_id" int null, "customer_id" int null, "buyer_account" varchar(80) null, "status" varchar(30) not null default 'PENDING_PAYMENT', "shipping_method" varchar(30) not null, "receiver_name" varchar(80) not null, "receiver_phone" varchar(40) not null, "province" varchar(20) not null, "city" varchar(40) not null, "district" varchar(40) null, "address_detail" varchar(200) not null, "buyer_note" text null, "currency" varchar(3) not null default 'CNY', "goods_fen" int not null, "discount_fen" int not null, "shipping_fee_fen" int not null, "total_fen" int not null, "paid_fen" int not null default 0, "weight_grams" int not null, "warehouse_id" int null, "ship_first" boolean not null default false, "placed_at" timestamptz not null, "paid_at" timestamptz null, "shipped_at" timestamptz null, "delivered_at" timestamptz null, "ended_at" timestamptz null, "end_reason" text null, "address_confirmed_at" timestamptz null, "address_confirmed_by_id" int null, "address_confirmed_by_label" varchar(200) null, "address_confirm_method" varchar(30) null, "address_confirm_note" text null, "override_at" timestamptz null, "override_by_id" int null, "override_by_label" varchar(200) null, "override_reason" text null, "check_goods" boolean not null default false, "check_spec" boolean not null default false, "check_accessories" boolean not null default false, "check_gifts" boolean not null default false, "check_slip" boolean not null default false, "checklist_at" timestamptz null, "checklist_by_label" varchar(200) null);`);
    this.addSql(`alter table "orders" add constraint "orders_code_unique" unique ("code");`);
    this.addSql(`create index "orders_channel_index" on "orders" ("channel");`);
    this.addSql(`create index "orders_platform_order_no_index" on "orders" ("platform_order_no");`);
    this.addSql(`alter table "orders" add constraint "orders_external_key_unique" unique ("external_key");`);
    this.addSql(`create index "orders_agent_id_index" on "orders" ("agent_id");`);
    this.addSql(`create index "orders_customer_id_index" on "orders" ("customer_id");`);
    this.addSql(`create index "orders_status_index" on "orders" ("status");`);
    this.addSql(`create index "orders_province_index" on "orders" ("province");`);
    this.addSql(`create index "orders_total_fen_index" on "orders" ("total_fen");`);
    this.addSql(`create index "orders_warehouse_id_index" on "orders" ("warehouse_id");`);
    this.addSql(`create index "orders_placed_at_index" on "orders" ("placed_at");`);
    this.addSql(`create index "orders_status_ship_first_paid_at_index" on "orders" ("status", "ship_first", "paid_at");`);

    this.addSql(`create table "shipments" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" int not null, "courier_id" int not null, "waybill_no" varchar(60) not null, "package_count" int not null default 1, "weight_grams" int not null, "cost_fen" int null, "status" varchar(30) not null default 'IN_TRANSIT', "shipped_at" timestamptz not null, "last_event_at" timestamptz not null, "signed_at" timestamptz null);`);
    this.addSql(`create index "shipments_order_id_index" on "shipments" ("order_id");`);
    this.addSql(`create index "shipments_courier_id_index" on "shipments" ("courier_id");`);
    this.addSql(`create index "shipments_waybill_no_index" on "shipments" ("waybill_no");`);
    this.addSql(`create index "shipments_status_last_event_at_index" on "shipments" ("status", "last_event_at");`);
    this.addSql(`alter table "shipments" add constraint "shipments_courier_id_waybill_no_unique" unique ("courier_id", "waybill_no");`);

    this.addSql(`create table "tracking_events" ("id" serial primary key, "shipment_id" int not null, "at" timestamptz not null, "status" varchar(30) not null, "location" varchar(120) null, "description" varchar(500) null, "source" varchar(30) not null, "actor_id" int null, "actor_label" varchar(200) not null, "recorded_at" timestamptz not null);`);
    this.addSql(`create index "tracking_events_shipment_id_at_index" on "tracking_events" ("shipment_id", "at");`);

    this.addSql(`create table "order_payments" ("id" serial primary key, "order_id" int not null, "kind" varchar(30) not null, "method" varchar(30) not null, "amount_fen" int not null, "currency" varchar(3) not null default 'CNY', "reference" varchar(80) null, "note" text null, "actor_id" int null, "actor_label" varchar(200) not null, "at" timestamptz not null);`);
    this.addSql(`create index "order_payments_order_id_index" on "order_payments" ("order_id");`);
    this.addSql(`create index "order_payments_reference_index" on "order_payments" ("reference");`);

    this.addSql(`create table "order_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "order_id" int not null, "sku_id" int not null, "sku_code" varchar(60) not null, "title" varchar(300) not null, "quantity" int not null, "unit_price_fen" int not null, "discount_fen" int not null, "is_gift" boolean not null, "vip_price" boolean not null default false, "unit_weight_grams" int not null);`);
    this.addSql(`create index "order_lines_order_id_index" on "order_lines" ("order_id");`);
    this.addSql(`create index "order_lines_sku_id_index" on "order_lines" ("sku_id");`);

    this.addSql(`alter table "courier_rates" add constraint "courier_rates_courier_id_foreign" foreign key ("courier_id") references "couriers" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "ledger_entries" add constraint "ledger_entries_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "orders" add constraint "orders_agent_id_foreign" foreign key ("agent_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "orders" add constraint "orders_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "orders" add constraint "orders_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "orders" add constraint "orders_address_confirmed_by_id_foreign" foreign key ("address_confirmed_by_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "orders" add constraint "orders_override_by_id_foreign" foreign key ("override_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "shipments" add constraint "shipments_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade;`);
    this.addSql(`alter table "shipments" add constraint "shipments_courier_id_foreign" foreign key ("courier_id") references "couriers" ("id") on update cascade;`);

    this.addSql(`alter table "tracking_events" add constraint "tracking_events_shipment_id_foreign" foreign key ("shipment_id") references "shipments" ("id") on update cascade;`);
    this.addSql(`alter table "tracking_events" add constraint "tracking_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_payments" add constraint "order_payments_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade;`);
    this.addSql(`alter table "order_payments" add constraint "order_payments_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_lines" add constraint "order_lines_order_id_foreign" foreign key ("order_id") references "orders" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_lines" add constraint "order_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "courier_rates" drop constraint "courier_rates_courier_id_foreign";`);

    this.addSql(`alter table "shipments" drop constraint "shipments_courier_id_foreign";`);

    this.addSql(`alter table "shipments" drop constraint "shipments_order_id_foreign";`);

    this.addSql(`alter table "order_payments" drop constraint "order_payments_order_id_foreign";`);

    this.addSql(`alter table "order_lines" drop constraint "order_lines_order_id_foreign";`);

    this.addSql(`alter table "tracking_events" drop constraint "tracking_events_shipment_id_foreign";`);

    this.addSql(`drop table if exists "couriers" cascade;`);

    this.addSql(`drop table if exists "courier_rates" cascade;`);

    this.addSql(`drop table if exists "idempotency_keys" cascade;`);

    this.addSql(`drop table if exists "ship_first_regions" cascade;`);

    this.addSql(`drop table if exists "shipping_fee_templates" cascade;`);

    this.addSql(`drop table if exists "ledger_entries" cascade;`);

    this.addSql(`drop table if exists "orders" cascade;`);

    this.addSql(`drop table if exists "shipments" cascade;`);

    this.addSql(`drop table if exists "tracking_events" cascade;`);

    this.addSql(`drop table if exists "order_payments" cascade;`);

    this.addSql(`drop table if exists "order_lines" cascade;`);
  }

}
