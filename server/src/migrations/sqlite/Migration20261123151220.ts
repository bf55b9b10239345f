import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151220 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`categories\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`parent_id\` integer null, \`sort_order\` integer not null default 0, constraint \`categories_parent_id_foreign\` foreign key(\`parent_id\`) references \`categories\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`categories_parent_id_index\` on \`categories\` (\`parent_id\`);`);
    this.addSql(`create index \`categories_sort_order_index\` on \`categories\` (\`sort_order\`);`);

    this.addSql(`create table \`departments\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`description\` text null);`);
    this.addSql(`create unique index \`departments_code_unique\` on \`departments\` (\`code\`);`);

    this.addSql(`create table \`partners\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text not null, \`code\` text not null, \`name\` text not null, \`contact_name\` text null, \`contact_phone\` text null, \`contact_email\` text null, \`notes\` text null, \`active\` integer not null default true);`);
    this.addSql(`create index \`partners_type_index\` on \`partners\` (\`type\`);`);
    this.addSql(`create unique index \`partners_code_unique\` on \`partners\` (\`code\`);`);
    this.addSql(`create index \`partners_name_index\` on \`partners\` (\`name\`);`);
    this.addSql(`create index \`partners_active_index\` on \`partners\` (\`active\`);`);

    this.addSql(`create table \`products\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`title\` text not null, \`category_id\` integer null, \`attributes\` json not null, \`description\` text null, \`listing_status\` text not null default 'OFF_SHELF', \`showcase\` integer not null default false, \`price_tier\` text not null default 'VOLUME', constraint \`products_category_id_foreign\` foreign key(\`category_id\`) references \`categories\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`products_code_unique\` on \`products\` (\`code\`);`);
    this.addSql(`create index \`products_title_index\` on \`products\` (\`title\`);`);
    this.addSql(`create index \`products_category_id_index\` on \`products\` (\`category_id\`);`);
    this.addSql(`create index \`products_listing_status_index\` on \`products\` (\`listing_status\`);`);
    this.addSql(`create index \`products_price_tier_index\` on \`products\` (\`price_tier\`);`);

    this.addSql(`create table \`roles\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`is_supervisor\` integer not null default false, \`system\` integer not null default false, \`permissions\` json not null);`);
    this.addSql(`create unique index \`roles_code_unique\` on \`roles\` (\`code\`);`);

    this.addSql(`create table \`skus\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`product_id\` integer not null, \`code\` text not null, \`barcode\` text null, \`spec\` json not null, \`weight_grams\` integer not null, \`price_fen\` integer not null, \`vip_price_fen\` integer null, \`currency\` text not null default 'CNY', \`is_gift\` integer not null default false, \`active\` integer not null default true, constraint \`skus_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`skus_product_id_index\` on \`skus\` (\`product_id\`);`);
    this.addSql(`create unique index \`skus_code_unique\` on \`skus\` (\`code\`);`);
    this.addSql(`create unique index \`skus_barcode_unique\` on \`skus\` (\`barcode\`);`);
    this.addSql(`create index \`skus_is_gift_index\` on \`skus\` (\`is_gift\`);`);

    this.addSql(`create table \`users\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`email\` text not null, \`name\` text not null, \`password_hash\` text not null, \`locale\` text not null default 'zh-CN', \`active\` integer not null default true, \`department_id\` integer null, \`failed_logins\` integer not null default 0, \`locked_until\` datetime null, \`last_login_at\` datetime null, constraint \`users_department_id_foreign\` foreign key(\`department_id\`) references \`departments\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`users_email_unique\` on \`users\` (\`email\`);`);
    this.addSql(`create index \`users_name_index\` on \`users\` (\`name\`);`);
    this.addSql(`create index \`users_active_index\` on \`users\` (\`active\`);`);
    this.addSql(`create index \`users_department_id_index\` on \`users\` (\`department_id\`);`);
    this.addSql(`create index \`users_last_login_at_index\` on \`users\` (\`last_login_at\`);`);

    this.addSql(`create table \`sessions\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`token_hash\` text not null, \`user_id\` integer not null, \`last_seen_at\` datetime not null, \`expires_at\` datetime not null, \`revoked_at\` datetime null, \`user_agent\` text null, \`ip\` text null, constraint \`sessions_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create unique index \`sessions_token_hash_unique\` on \`sessions\` (\`token_hash\`);`);
    this.addSql(`create index \`sessions_user_id_index\` on \`sessions\` (\`user_id\`);`);
    this.addSql(`create index \`sessions_expires_at_index\` on \`sessions\` (\`expires_at\`);`);

    this.addSql(`create table \`document_events\` (\`id\` integer not null primary key autoincrement, \`document_type\` text not null, \`document_id\` integer not null, \`from_state\` text null, \`to_state\` text not null, \`actor_id\` integer null, \`actor_label\` text not null, \`note\` text null, \`at\` datetime not null, constraint \`document_events_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`document_events_actor_id_index\` on \`document_events\` (\`actor_id\`);`);
    this.addSql(`create index \`document_events_document_type_document_id_index\` on \`document_events\` (\`document_type\`, \`document_id\`);`);

    this.addSql(`create table \`audit_logs\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_label\` text not null, \`operation\` text not null, \`entity_type\` text not null, \`entity_id\` text null, \`summary\` text not null, \`request_id\` text null, constraint \`audit_logs_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`audit_logs_at_index\` on \`audit_logs\` (\`at\`);`);
    this.addSql(`create index \`audit_logs_actor_id_index\` on \`audit_logs\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_logs_operation_index\` on \`audit_logs\` (\`operation\`);`);
    this.addSql(`create index \`audit_logs_entity_type_index\` on \`audit_logs\` (\`entity_type\`);`);
    this.addSql(`create index \`audit_logs_entity_id_index\` on \`audit_logs\` (\`entity_id\`);`);

    this.addSql(`create table \`api_tokens\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`kind\` text not null, \`token_hash\` text not null, \`prefix\` text not null, \`permissions\` json not null, \`partner_id\` integer null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, \`created_by_id\` integer null, constraint \`api_tokens_partner_id_foreign\` foreign key(\`partner_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, constraint \`api_tokens_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`api_tokens_kind_index\` on \`api_tokens\` (\`kind\`);`);
    this.addSql(`create unique index \`api_tokens_token_hash_unique\` on \`api_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`api_tokens_partner_id_index\` on \`api_tokens\` (\`partner_id\`);`);
    this.addSql(`create index \`api_tokens_revoked_at_index\` on \`api_tokens\` (\`revoked_at\`);`);
    this.addSql(`create index \`api_tokens_created_by_id_index\` on \`api_tokens\` (\`created_by_id\`);`);

    this.addSql(`create table \`user_roles\` (\`user_id\` integer not null, \`role_id\` integer not null, constraint \`user_roles_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_roles_role_id_foreign\` foreign key(\`role_id\`) references \`roles\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`, \`role_id\`));`);
    this.addSql(`create index \`user_roles_user_id_index\` on \`user_roles\` (\`user_id\`);`);
    this.addSql(`create index \`user_roles_role_id_index\` on \`user_roles\` (\`role_id\`);`);

    this.addSql(`create table \`warehouses\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`address\` text null, \`active\` integer not null default true);`);
    this.addSql(`create unique index \`warehouses_code_unique\` on \`warehouses\` (\`code\`);`);

    this.addSql(`create table \`transfers\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`from_warehouse_id\` integer not null, \`to_warehouse_id\` integer not null, \`status\` text not null default 'DRAFT', \`note\` text null, constraint \`transfers_from_warehouse_id_foreign\` foreign key(\`from_warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade, constraint \`transfers_to_warehouse_id_foreign\` foreign key(\`to_warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`transfers_code_unique\` on \`transfers\` (\`code\`);`);
    this.addSql(`create index \`transfers_from_warehouse_id_index\` on \`transfers\` (\`from_warehouse_id\`);`);
    this.addSql(`create index \`transfers_to_warehouse_id_index\` on \`transfers\` (\`to_warehouse_id\`);`);
    this.addSql(`create index \`transfers_status_index\` on \`transfers\` (\`status\`);`);

    this.addSql(`create table \`transfer_lines\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`transfer_id\` integer not null, \`sku_id\` integer not null, \`quantity\` integer not null, \`received_quantity\` integer null, constraint \`transfer_lines_transfer_id_foreign\` foreign key(\`transfer_id\`) references \`transfers\`(\`id\`) on delete cascade on update cascade, constraint \`transfer_lines_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`transfer_lines_transfer_id_index\` on \`transfer_lines\` (\`transfer_id\`);`);
    this.addSql(`create index \`transfer_lines_sku_id_index\` on \`transfer_lines\` (\`sku_id\`);`);

    this.addSql(`create table \`stocktakes\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`warehouse_id\` integer not null, \`status\` text not null default 'COUNTING', \`note\` text null, \`snapshot_movement_id\` integer not null, constraint \`stocktakes_warehouse_id_foreign\` foreign key(\`warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade);`);
    this.addSql(`create unique index \`stocktakes_code_unique\` on \`stocktakes\` (\`code\`);`);
    this.addSql(`create index \`stocktakes_warehouse_id_index\` on \`stocktakes\` (\`warehouse_id\`);`);
    this.addSql(`create index \`stocktakes_status_index\` on \`stocktakes\` (\`status\`);`);

    this.addSql(`create table \`stocktake_lines\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`stocktake_id\` integer not null, \`sku_id\` integer not null, \`book_quantity\` integer not null, \`counted_quantity\` integer null, \`counted_at_movement_id\` integer null, \`movements_during_count\` integer null, \`variance\` integer null, constraint \`stocktake_lines_stocktake_id_foreign\` foreign key(\`stocktake_id\`) references \`stocktakes\`(\`id\`) on delete cascade on update cascade, constraint \`stocktake_lines_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`stocktake_lines_stocktake_id_index\` on \`stocktake_lines\` (\`stocktake_id\`);`);
    this.addSql(`create index \`stocktake_lines_sku_id_index\` on \`stocktake_lines\` (\`sku_id\`);`);
    this.addSql(`create unique index \`stocktake_lines_stocktake_id_sku_id_unique\` on \`stocktake_lines\` (\`stocktake_id\`, \`sku_id\`);`);

    this.addSql(`create table \`stock_movements\` (\`id\` integer not null primary key autoincrement, \`sku_id\` integer not null, \`warehouse_id\` integer not null, \`type\` text not null, \`quantity\` integer not null, \`on_hand_after\` integer not null, \`reference_type\` text null, \`reference_id\` text null, \`actor_id\` integer null, \`actor_label\` text not null, \`reason\` text null, \`at\` datetime not null, constraint \`stock_movements_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade, constraint \`stock_movements_warehouse_id_foreign\` foreign key(\`warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade, constraint \`stock_movements_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`stock_movements_sku_id_index\` on \`stock_movements\` (\`sku_id\`);`);
    this.addSql(`create index \`stock_movements_warehouse_id_index\` on \`stock_movements\` (\`warehouse_id\`);`);
    this.addSql(`create index \`stock_movements_type_index\` on \`stock_movements\` (\`type\`);`);
    this.addSql(`create index \`stock_movements_reference_id_index\` on \`stock_movements\` (\`reference_id\`);`);
    this.addSql(`create index \`stock_movements_actor_id_index\` on \`stock_movements\` (\`actor_id\`);`);
    this.addSql(`create index \`stock_movements_at_index\` on \`stock_movements\` (\`at\`);`);
    this.addSql(`create index \`stock_movements_sku_id_warehouse_id_at_index\` on \`stock_movements\` (\`sku_id\`, \`warehouse_id\`, \`at\`);`);

    this.addSql(`create table \`stock_levels\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`sku_id\` integer not null, \`warehouse_id\` integer not null, \`on_hand\` integer not null default 0, \`reserved\` integer not null default 0, \`in_transit\` integer not null default 0, \`safety_stock\` integer not null default 0, constraint \`stock_levels_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade, constraint \`stock_levels_warehouse_id_foreign\` foreign key(\`warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`stock_levels_sku_id_index\` on \`stock_levels\` (\`sku_id\`);`);
    this.addSql(`create index \`stock_levels_warehouse_id_index\` on \`stock_levels\` (\`warehouse_id\`);`);
    this.addSql(`create index \`stock_levels_safety_stock_index\` on \`stock_levels\` (\`safety_stock\`);`);
    this.addSql(`create unique index \`stock_levels_sku_id_warehouse_id_unique\` on \`stock_levels\` (\`sku_id\`, \`warehouse_id\`);`);

    this.addSql(`create table \`reservations\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`sku_id\` integer not null, \`warehouse_id\` integer not null, \`quantity\` integer not null, \`status\` text not null default 'ACTIVE', \`reference_type\` text not null, \`reference_id\` text not null, constraint \`reservations_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade, constraint \`reservations_warehouse_id_foreign\` foreign key(\`warehouse_id\`) references \`warehouses\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`reservations_sku_id_index\` on \`reservations\` (\`sku_id\`);`);
    this.addSql(`create index \`reservations_warehouse_id_index\` on \`reservations\` (\`warehouse_id\`);`);
    this.addSql(`create index \`reservations_status_index\` on \`reservations\` (\`status\`);`);
    this.addSql(`create index \`reservations_reference_type_reference_id_index\` on \`reservations\` (\`reference_type\`, \`reference_id\`);`);
  }

}
