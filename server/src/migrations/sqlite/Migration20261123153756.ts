import { Migration } from '@mikro-orm/migrations';

export class Migration20261123153756 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`couriers\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`contact_phone\` text null, \`notes\` text null, \`active\` integer not null default true);`);
    this.addSql(`create unique index \`couriers_code_unique\` on \`couriers\` (\`code\`);`);
    this.addSql(`create index \`couriers_active_index\` on \`couriers\` (\`active\`);`);

    this.addSql(`create table \`courier_rates\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`courier_id\` integer not null, \`method\` text not null, \`province\` text not null, \`first_weight_grams\` integer not null, \`first_fee_fen\` integer not null, \`additional_unit_grams\` integer not null, \`additional_fee_fen\` integer not null, constraint \`courier_rates_courier_id_foreign\` foreign key(\`courier_id\`) references \`couriers\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`courier_rates_courier_id_index\` on \`courier_rates\` (\`courier_id\`);`);
    this.addSql(`create unique index \`courier_rates_courier_id_method_province_unique\` on \`courier_rates\` (\`courier_id\`, \`method\`, \`province\`);`);

    this.addSql(`create table \`idempotency_keys\` (\`id\` integer not null primary key autoincrement, \`operation\` text not null, \`scope\` text not null, \`client_key\` text not null, \`request_hash\` text not null, \`result_id\` integer null, \`created_at\` datetime not null, \`expires_at\` datetime not null);`);
    this.addSql(`create index \`idempotency_keys_expires_at_index\` on \`idempotency_keys\` (\`expires_at\`);`);
    this.addSql(`create unique index \`idempotency_keys_operation_scope_client_key_unique\` on \`idempotency_keys\` (\`operation\`, \`scope\`, \`client_key\`);`);

    this.addSql(`create table \`ship_first_regions\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`province\` text not null, \`note\` text null);`);
    this.addSql(`create unique index \`ship_first_regions_province_unique\` on \`ship_first_regions\` (\`province\`);`);

    this.addSql(`create table \`shipping_fee_templates\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`method\` text not null, \`province\` text not null, \`first_weight_grams\` integer not null, \`first_fee_fen\` integer not null, \`additional_unit_grams\` integer not null, \`additional_fee_fen\` integer not null, \`free_shipping_threshold_fen\` integer null);`);
    this.addSql(`create unique index \`shipping_fee_templates_method_province_unique\` on \`shipping_fee_templates\` (\`method\`, \`province\`);`);

    this.addSql(`create table \`ledger_entries\` (\`id\` integer not null primary key autoincrement, \`direction\` text not null, \`category\` text not null, \`amount_fen\` integer not null, \`currency\` text not null default 'CNY', \`reference\` text null, \`source_type\` text null, \`source_id\` text null, \`note\` text null, \`actor_id\` integer null, \`actor_label\` text not null, \`occurred_at\` datetime not null, \`business_day\` text not null, \`recorded_at\` datetime not null, constraint \`ledger_entries_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`ledger_entries_category_index\` on \`ledger_entries\` (\`category\`);`);
    this.addSql(`create index \`ledger_entries_actor_id_index\` on \`ledger_entries\` (\`actor_id\`);`);
    this.addSql(`create index \`ledger_entries_occurred_at_index\` on \`ledger_entries\` (\`occurred_at\`);`);
    this.addSql(`create index \`ledger_entries_source_type_source_id_index\` on \`ledger_entries\` (\`source_type\`, \`source_id\`);`);
    this.addSql(`create index \`ledger_entries_business_day_direction_index\` on \`ledger_entries\` (\`business_day\`, \`direction\`);`);

    this.addSql(`create table \`orders\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`channel\` text not null, \`platform_order_no\` text null, \`external_key\` text null, \`agent_id\` integer null, \`customer_id\` integer null, \`buyer_account\` text null, \`status\` text not null default 'PENDING_PAYMENT', \`shipping_method\` text not null, \`receiver_name\` text not null, \`receiver_phone\` text not null, \`province\` text not null, \`city\` text not null, \`district\` text null, \`address_detail\` text not null, \`buyer_note\` text null, \`currency\` text not null default 'CNY', \`goods_fen\` integer not null, \`discount_fen\` integer not null, \`shipping_fee_fen\` integer not null, \`total_fen\` integer not null, \`paid_fen\` integer not null default 0, \`weight_grams\` integer not null, \`warehouse_id\` integer null, \`ship_first\` integer not null default false, \`placed_at\` datetime not null, \`paid_at\` datetime null, \`shipped_at\` datetime null, \`delivered_at\` datetime null, \`ended_at\` datetime null, \`end_reason\` text null, \`address_confirmed_at\` datetime null, \`address_confirmed_by_id\` integer null, \`address_confirmed_by_label\` text null, \`address_confirm_method\` text null, \`address_confirm_note\` text null, \`override_at\` datetime null, \`override_by_id\` integer null, \`override_by_label\` text null, \`override_reason\` text null, \`check_goods\` integer not null default false, \`check_spec\` integer not null default false, \`check_accessories\` integer not null default false, \`check_gifts\` integer not null default false, \`check_slip\` integer not null default false, \`checklist_at\` datetime null, \`checklist_by_label\` text null, constraint \`orders_agent_id_foreign\` foreign key(\`agent_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, constraint \`orders_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on delete set null on update cascade, constraint \`orders_warehouse_id_foreign\` foreign key(\`warehouse_id\`) references \`warehouses\`(\`id\`) on delete set null on update cascade, constraint \`orders_address_confirmed_by_id_foreign\` foreign key(\`address_confirmed_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`orders_override_by_id_foreign\` foreign key(\`override_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`orders_code_unique\` on \`orders\` (\`code\`);`);
    this.addSql(`create index \`orders_channel_index\` on \`orders\` (\`channel\`);`);
    this.addSql(`create index \`orders_platform_order_no_index\` on \`orders\` (\`platform_order_no\`);`);
    this.addSql(`create unique index \`orders_external_key_unique\` on \`orders\` (\`external_key\`);`);
    this.addSql(`create index \`orders_agent_id_index\` on \`orders\` (\`agent_id\`);`);
    this.addSql(`create index \`orders_customer_id_index\` on \`orders\` (\`customer_id\`);`);
    this.addSql(`create index \`orders_status_index\` on \`orders\` (\`status\`);`);
    this.addSql(`create index \`orders_province_index\` on \`orders\` (\`province\`);`);
    this.addSql(`create index \`orders_total_fen_index\` on \`orders\` (\`total_fen\`);`);
    this.addSql(`create index \`orders_warehouse_id_index\` on \`orders\` (\`warehouse_id\`);`);
    this.addSql(`create index \`orders_placed_at_index\` on \`orders\` (\`placed_at\`);`);
    this.addSql(`create index \`orders_address_confirmed_by_id_index\` on \`orders\` (\`address_confirmed_by_id\`);`);
    this.addSql(`create index \`orders_override_by_id_index\` on \`orders\` (\`override_by_id\`);`);
    this.addSql(`create index \`orders_status_ship_first_paid_at_index\` on \`orders\` (\`status\`, \`ship_first\`, \`paid_at\`);`);

    this.addSql(`create table \`shipments\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`order_id\` integer not null, \`courier_id\` integer not null, \`waybill_no\` text not null, \`package_count\` integer not null default 1, \`weight_grams\` integer not null, \`cost_fen\` integer null, \`status\` text not null default 'IN_TRANSIT', \`shipped_at\` datetime not null, \`last_event_at\` datetime not null, \`signed_at\` datetime null, constraint \`shipments_order_id_foreign\` foreign key(\`order_id\`) references \`orders\`(\`id\`) on update cascade, constraint \`shipments_courier_id_foreign\` foreign key(\`courier_id\`) references \`couriers\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`shipments_order_id_index\` on \`shipments\` (\`order_id\`);`);
    this.addSql(`create index \`shipments_courier_id_index\` on \`shipments\` (\`courier_id\`);`);
    this.addSql(`create index \`shipments_waybill_no_index\` on \`shipments\` (\`waybill_no\`);`);
    this.addSql(`create index \`shipments_status_last_event_at_index\` on \`shipments\` (\`status\`, \`last_event_at\`);`);
    this.addSql(`create unique index \`shipments_courier_id_waybill_no_unique\` on \`shipments\` (\`courier_id\`, \`waybill_no\`);`);

    this.addSql(`create table \`tracking_events\` (\`id\` integer not null primary key autoincrement, \`shipment_id\` integer not null, \`at\` datetime not null, \`status\` text not null, \`location\` text null, \`description\` text null, \`source\` text not null, \`actor_id\` integer null, \`actor_label\` text not null, \`recorded_at\` datetime not null, constraint \`tracking_events_shipment_id_foreign\` foreign key(\`shipment_id\`) references \`shipments\`(\`id\`) on update cascade, constraint \`tracking_events_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`tracking_events_shipment_id_index\` on \`tracking_events\` (\`shipment_id\`);`);
    this.addSql(`create index \`tracking_events_actor_id_index\` on \`tracking_events\` (\`actor_id\`);`);
    this.addSql(`create index \`tracking_events_shipment_id_at_index\` on \`tracking_events\` (\`shipment_id\`, \`at\`);`);

    this.addSql(`create table \`order_payments\` (\`id\` integer not null primary key autoincrement, \`order_id\` integer not null, \`kind\` text not null, \`method\` text not null, \`amount_fen\` integer not null, \`currency\` text not null default 'CNY', \`reference\` text null, \`note\` text null, \`actor_id\` integer null, \`actor_label\` text not null, \`at\` datetime not null, constraint \`order_payments_order_id_foreign\` foreign key(\`order_id\`) references \`orders\`(\`id\`) on update cascade, constraint \`order_payments_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`order_payments_order_id_index\` on \`order_payments\` (\`order_id\`);`);
    this.addSql(`create index \`order_payments_reference_index\` on \`order_payments\` (\`reference\`);`);
    this.addSql(`create index \`order_payments_actor_id_index\` on \`order_payments\` (\`actor_id\`);`);

    this.addSql(`create table \`order_lines\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`order_id\` integer not null, \`sku_id\` integer not null, \`sku_code\` text not null, \`title\` text not null, \`quantity\` integer not null, \`unit_price_fen\` integer not null, \`discount_fen\` integer not null, \`is_gift\` integer not null, \`vip_price\` integer not null default false, \`unit_weight_grams\` integer not null, constraint \`order_lines_order_id_foreign\` foreign key(\`order_id\`) references \`orders\`(\`id\`) on delete cascade on update cascade, constraint \`order_lines_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`order_lines_order_id_index\` on \`order_lines\` (\`order_id\`);`);
    this.addSql(`create index \`order_lines_sku_id_index\` on \`order_lines\` (\`sku_id\`);`);
  }

}
