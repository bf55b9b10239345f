import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "categories" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "parent_id" int null, "sort_order" int not null default 0);`);
    this.addSql(`create index "categories_parent_id_index" on "categories" ("parent_id");`);
    this.addSql(`create index "categories_sort_order_index" on "categories" ("sort_order");`);

    this.addSql(`create table "departments" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(80) not null, "name_en" varchar(80) not null, "description" text null);`);
    this.addSql(`alter table "departments" add constraint "departments_code_unique" unique ("code");`);

    this.addSql(`create table "partners" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "type" varchar(30) not null, "code" varchar(40) not null, "name" varchar(120) not null, "contact_name" varchar(80) null, "contact_phone" varchar(40) null, "contact_email" varchar(254) null, "notes" text null, "active" boolean not null default true);`);
    this.addSql(`create index "partners_type_index" on "partners" ("type");`);
    this.addSql(`alter table "partners" add constraint "partners_code_unique" unique ("code");`);
    this.addSql(`create index "partners_name_index" on "partners" ("name");`);
    this.addSql(`create index "partners_active_index" on "partners" ("active");`);

    this.addSql(`create table "products" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "title" varchar(120) not null, "category_id" int null, "attributes" jsonb not null, "description" text null, "listing_status" varchar(30) not null default 'OFF_SHELF', "showcase" boolean not null default false, "price_tier" varchar(30) not null default 'VOLUME');`);
    this.addSql(`alter table "products" add constraint "products_code_unique" unique ("code");`);
    this.addSql(`create index "products_title_index" on "products" ("title");`);
    this.addSql(`create index "products_category_id_index" on "products" ("category_id");`);
    this.addSql(`create index "products_listing_status_index" on "products" ("listing_status");`);
    this.addSql(`create index "products_price_tier_index" on "products" ("price_tier");`);

    this.addSql(`create table "roles" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(80) not null, "name_en" varchar(80) not null, "is_supervisor" boolean not null default false, "system" boolean not null default false, "permissions" jsonb not null);`);
    this.addSql(`alter table "roles" add constraint "roles_code_unique" unique ("code");`);

    this.addSql(`create table "skus" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "product_id" int not null, "code" varchar(60) not null, "barcode" varchar(40) null, "spec" jsonb not null, "weight_grams" int not null, "price_fen" int not null, "vip_price_fen" int null, "currency" varchar(3) not null default 'CNY', "is_gift" boolean not null default false, "active" boolean not null default true);`);
    this.addSql(`create index "skus_product_id_index" on "skus" ("product_id");`);
    this.addSql(`alter table "skus" add constraint "skus_code_unique" unique ("code");`);
    this.addSql(`alter table "skus" add constraint "skus_barcode_unique" unique ("barcode");`);
    this.addSql(`create index "skus_is_gift_index" on "skus" ("is_gift");`);

    this.addSql(`create table "users" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "email" varchar(254) not null, "name" varchar(80) not null, "password_hash" varchar(255) not null, "locale" varchar(10) not null default 'zh-CN', "active" boolean not null default true, "department_id" int null, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null);`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`create index "users_name_index" on "users" ("name");`);
    this.addSql(`create index "users_active_index" on "users" ("active");`);
    this.addSql(`create index "users_department_id_index" on "users" ("department_id");`);
    this.addSql(`create index "users_last_login_at_index" on "users" ("last_login_at");`);

    this.addSql(`create table "sessions" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "token_hash" varchar(64) not null, "user_id" int not null, "last_seen_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "user_agent" varchar(300) null, "ip" varchar(64) null);`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`create index "sessions_expires_at_index" on "sessions" ("expires_at");`);

    this.addSql(`create table "document_events" ("id" serial primary key, "document_type" varchar(40) not null, "document_id" int not null, "from_state" varchar(30) null, "to_state" varchar(30) not null, "actor_id" int null, "actor_label" varchar(200) not null, "note" text null, "at" timestamptz not null);`);
    this.addSql(`create index "document_events_document_type_document_id_index" on "document_events" ("document_type", "document_id");`);

    this.addSql(`create table "audit_logs" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_label" varchar(200) not null, "operation" varchar(80) not null, "entity_type" varchar(60) not null, "entity_id" varchar(60) null, "summary" text not null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_logs_at_index" on "audit_logs" ("at");`);
    this.addSql(`create index "audit_logs_actor_id_index" on "audit_logs" ("actor_id");`);
    this.addSql(`create index "audit_logs_operation_index" on "audit_logs" ("operation");`);
    this.addSql(`create index "audit_logs_entity_type_index" on "audit_logs" ("entity_type");`);
    this.addSql(`create index "audit_logs_entity_id_index" on "audit_logs" ("entity_id");`);

    this.addSql(`create table "api_tokens" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(80) not null, "kind" varchar(30) not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "permissions" jsonb not null, "partner_id" int null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`create index "api_tokens_kind_index" on "api_tokens" ("kind");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_tokens_partner_id_index" on "api_tokens" ("partner_id");`);
    this.addSql(`create index "api_tokens_revoked_at_index" on "api_tokens" ("revoked_at");`);

    this.addSql(`create table "user_roles" ("user_id" int not null, "role_id" int not null, constraint "user_roles_pkey" primary key ("user_id", "role_id"));`);

    this.addSql(`create table "warehouses" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(80) not null, "address" varchar(200) null, "active" boolean not null default true);`);
    this.addSql(`alter table "warehouses" add constraint "warehouses_code_unique" unique ("code");`);

    this.addSql(`create table "transfers" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "from_warehouse_id" int not null, "to_warehouse_id" int not null, "status" varchar(30) not null default 'DRAFT', "note" text null);`);
    this.addSql(`alter table "transfers" add constraint "transfers_code_unique" unique ("code");`);
    this.addSql(`create index "transfers_from_warehouse_id_index" on "transfers" ("from_warehouse_id");`);
    this.addSql(`create index "transfers_to_warehouse_id_index" on "transfers" ("to_warehouse_id");`);
    this.addSql(`create index "transfers_status_index" on "transfers" ("status");`);

    this.addSql(`create table "transfer_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "transfer_id" int not null, "sku_id" int not null, "quantity" int not null, "received_quantity" int null);`);
    this.addSql(`create index "transfer_lines_transfer_id_index" on "transfer_lines" ("transfer_id");`);

    this.addSql(`create table "stocktakes" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "warehouse_id" int not null, "status" varchar(30) not null default 'COUNTING', "note" text null, "snapshot_movement_id" int not null);`);
    this.addSql(`alter table "stocktakes" add constraint "stocktakes_code_unique" unique ("code");`);
    this.addSql(`create index "stocktakes_warehouse_id_index" on "stocktakes" ("warehouse_id");`);
    this.addSql(`create index "stocktakes_status_index" on "stocktakes" ("status");`);

    this.addSql(`create table "stocktake_lines" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "stocktake_id" int not null, "sku_id" int not null, "book_quantity" int not null, "counted_quantity" int null, "counted_at_movement_id" int null, "movements_during_count" int null, "variance" int null);`);
    this.addSql(`create index "stocktake_lines_stocktake_id_index" on "stocktake_lines" ("stocktake_id");`);
    this.addSql(`alter table "stocktake_lines" add constraint "stocktake_lines_stocktake_id_sku_id_unique" unique ("stocktake_id", "sku_id");`);

    this.addSql(`create table "stock_movements" ("id" serial primary key, "sku_id" int not null, "warehouse_id" int not null, "type" varchar(30) not null, "quantity" int not null, "on_hand_after" int not null, "reference_type" varchar(40) null, "reference_id" varchar(60) null, "actor_id" int null, "actor_label" varchar(200) not null, "reason" text null, "at" timestamptz not null);`);
    this.addSql(`create index "stock_movements_warehouse_id_index" on "stock_movements" ("warehouse_id");`);
    this.addSql(`create index "stock_movements_type_index" on "stock_movements" ("type");`);
    this.addSql(`create index "stock_movements_reference_id_index" on "stock_movements" ("reference_id");`);
    this.addSql(`create index "stock_movements_at_index" on "stock_movements" ("at");`);
    this.addSql(`create index "stock_movements_sku_id_warehouse_id_at_index" on "stock_movements" ("sku_id", "warehouse_id", "at");`);

    this.addSql(`create table "stock_levels" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku_id" int not null, "warehouse_id" int not null, "on_hand" int not null default 0, "reserved" int not null default 0, "in_transit" int not null default 0, "safety_stock" int not null default 0);`);
    this.addSql(`create index "stock_levels_sku_id_index" on "stock_levels" ("sku_id");`);
    this.addSql(`create index "stock_levels_warehouse_id_index" on "stock_levels" ("warehouse_id");`);
    this.addSql(`create index "stock_levels_safety_stock_index" on "stock_levels" ("safety_stock");`);
    this.addSql(`alter table "stock_levels" add constraint "stock_levels_sku_id_warehouse_id_unique" unique ("sku_id", "warehouse_id");`);

    this.addSql(`create table "reservations" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku_id" int not null, "warehouse_id" int not null, "quantity" int not null, "status" varchar(30) not null default 'ACTIVE', "reference_type" varchar(40) not null, "reference_id" varchar(60) not null);`);
    this.addSql(`create index "reservations_sku_id_index" on "reservations" ("sku_id");`);
    this.addSql(`create index "reservations_status_index" on "reservations" ("status");`);
    this.addSql(`create index "reservations_reference_type_reference_id_index" on "reservations" ("reference_type", "reference_id");`);

    this.addSql(`alter table "categories" add constraint "categories_parent_id_foreign" foreign key ("parent_id") references "categories" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "products" add constraint "products_category_id_foreign" foreign key ("category_id") references "categories" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "skus" add constraint "skus_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "users" add constraint "users_department_id_foreign" foreign key ("department_id") references "departments" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "document_events" add constraint "document_events_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "audit_logs" add constraint "audit_logs_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_roles" add constraint "user_roles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_roles" add constraint "user_roles_role_id_foreign" foreign key ("role_id") references "roles" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "transfers" add constraint "transfers_from_warehouse_id_foreign" foreign key ("from_warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "transfers" add constraint "transfers_to_warehouse_id_foreign" foreign key ("to_warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "transfer_lines" add constraint "transfer_lines_transfer_id_foreign" foreign key ("transfer_id") references "transfers" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "transfer_lines" add constraint "transfer_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "stocktakes" add constraint "stocktakes_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "stocktake_lines" add constraint "stocktake_lines_stocktake_id_foreign" foreign key ("stocktake_id") references "stocktakes" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stocktake_lines" add constraint "stocktake_lines_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);

    this.addSql(`alter table "stock_movements" add constraint "stock_movements_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "stock_movements" add constraint "stock_movements_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
    this.addSql(`alter table "stock_movements" add constraint "stock_movements_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "stock_levels" add constraint "stock_levels_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "stock_levels" add constraint "stock_levels_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);

    this.addSql(`alter table "reservations" add constraint "reservations_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "reservations" add constraint "reservations_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouses" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "categories" drop constraint "categories_parent_id_foreign";`);

    this.addSql(`alter table "products" drop constraint "products_category_id_foreign";`);

    this.addSql(`alter table "users" drop constraint "users_department_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_partner_id_foreign";`);

    this.addSql(`alter table "skus" drop constraint "skus_product_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_role_id_foreign";`);

    this.addSql(`alter table "transfer_lines" drop constraint "transfer_lines_sku_id_foreign";`);

    this.addSql(`alter table "stocktake_lines" drop constraint "stocktake_lines_sku_id_foreign";`);

    this.addSql(`alter table "stock_movements" drop constraint "stock_movements_sku_id_foreign";`);

    this.addSql(`alter table "stock_levels" drop constraint "stock_levels_sku_id_foreign";`);

    this.addSql(`alter table "reservations" drop constraint "reservations_sku_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "document_events" drop constraint "document_events_actor_id_foreign";`);

    this.addSql(`alter table "audit_logs" drop constraint "audit_logs_actor_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_created_by_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_user_id_foreign";`);

    this.addSql(`alter table "stock_movements" drop constraint "stock_movements_actor_id_foreign";`);

    this.addSql(`alter table "transfers" drop constraint "transfers_from_warehouse_id_foreign";`);

    this.addSql(`alter table "transfers" drop constraint "transfers_to_warehouse_id_foreign";`);

    this.addSql(`alter table "stocktakes" drop constraint "stocktakes_warehouse_id_foreign";`);

    this.addSql(`alter table "stock_movements" drop constraint "stock_movements_warehouse_id_foreign";`);

    this.addSql(`alter table "stock_levels" drop constraint "stock_levels_warehouse_id_foreign";`);

    this.addSql(`alter table "reservations" drop constraint "reservations_warehouse_id_foreign";`);

    this.addSql(`alter table "transfer_lines" drop constraint "transfer_lines_transfer_id_foreign";`);

    this.addSql(`alter table "stocktake_lines" drop constraint "stocktake_lines_stocktake_id_foreign";`);

    this.addSql(`drop table if exists "categories" cascade;`);

    this.addSql(`drop table if exists "departments" cascade;`);

    this.addSql(`drop table if exists "partners" cascade;`);

    this.addSql(`drop table if exists "products" cascade;`);

    this.addSql(`drop table if exists "roles" cascade;`);

    this.addSql(`drop table if exists "skus" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "document_events" cascade;`);

    this.addSql(`drop table if exists "audit_logs" cascade;`);

    this.addSql(`drop table if exists "api_tokens" cascade;`);

    this.addSql(`drop table if exists "user_roles" cascade;`);

    this.addSql(`drop table if exists "warehouses" cascade;`);

    this.addSql(`drop table if exists "transfers" cascade;`);

    this.addSql(`drop table if exists "transfer_lines" cascade;`);

    this.addSql(`drop table if exists "stocktakes" cascade;`);

    this.addSql(`drop table if exists "stocktake_lines" cascade;`);

    this.addSql(`drop table if exists "stock_movements" cascade;`);

    this.addSql(`drop table if exists "stock_levels" cascade;`);

    this.addSql(`drop table if exists "reservations" cascade;`);
  }

}
