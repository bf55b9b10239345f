import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`product_images\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`product_id\` integer not null, \`file_name\` text not null, \`content_type\` text not null, \`size_bytes\` integer not null, \`storage_path\` text not null, \`sort_order\` integer not null default 0, constraint \`product_images_product_id_foreign\` foreign key(\`product_id\`) references \`products\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`product_images_product_id_index\` on \`product_images\` (\`product_id\`);`);
    this.addSql(`create index \`product_images_product_id_sort_order_index\` on \`product_images\` (\`product_id\`, \`sort_order\`);`);

    this.addSql(`create table \`price_changes\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`sku_id\` integer not null, \`kind\` text not null, \`current_fen\` integer null, \`proposed_fen\` integer not null, \`reason\` text not null, \`status\` text not null default 'PENDING', \`pending_slot\` text null, \`proposed_by_id\` integer not null, \`decided_by_id\` integer null, \`decided_at\` datetime null, \`decision_note\` text null, constraint \`price_changes_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade, constraint \`price_changes_proposed_by_id_foreign\` foreign key(\`proposed_by_id\`) references \`users\`(\`id\`) on update cascade, constraint \`price_changes_decided_by_id_foreign\` foreign key(\`decided_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`price_changes_sku_id_index\` on \`price_changes\` (\`sku_id\`);`);
    this.addSql(`create index \`price_changes_status_index\` on \`price_changes\` (\`status\`);`);
    this.addSql(`create unique index \`price_changes_pending_slot_unique\` on \`price_changes\` (\`pending_slot\`);`);
    this.addSql(`create index \`price_changes_proposed_by_id_index\` on \`price_changes\` (\`proposed_by_id\`);`);
    this.addSql(`create index \`price_changes_decided_by_id_index\` on \`price_changes\` (\`decided_by_id\`);`);
    this.addSql(`create index \`price_changes_status_created_at_index\` on \`price_changes\` (\`status\`, \`created_at\`);`);

    this.addSql(`create table \`price_history\` (\`id\` integer not null primary key autoincrement, \`sku_id\` integer not null, \`kind\` text not null, \`old_fen\` integer null, \`new_fen\` integer not null, \`price_change_id\` integer null, \`changed_by_id\` integer null, \`changed_by_label\` text not null, \`at\` datetime not null, constraint \`price_history_sku_id_foreign\` foreign key(\`sku_id\`) references \`skus\`(\`id\`) on update cascade, constraint \`price_history_price_change_id_foreign\` foreign key(\`price_change_id\`) references \`price_changes\`(\`id\`) on delete set null on update cascade, constraint \`price_history_changed_by_id_foreign\` foreign key(\`changed_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`price_history_sku_id_index\` on \`price_history\` (\`sku_id\`);`);
    this.addSql(`create index \`price_history_price_change_id_index\` on \`price_history\` (\`price_change_id\`);`);
    this.addSql(`create index \`price_history_changed_by_id_index\` on \`price_history\` (\`changed_by_id\`);`);
    this.addSql(`create index \`price_history_sku_id_at_index\` on \`price_history\` (\`sku_id\`, \`at\`);`);

    this.addSql(`create table \`import_jobs\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`file_name\` text null, \`mode\` text not null, \`status\` text not null default 'QUEUED', \`total_rows\` integer not null, \`processed_rows\` integer not null default 0, \`imported_rows\` integer not null default 0, \`error_count\` integer not null default 0, \`errors\` json not null, \`created_by_id\` integer null, \`finished_at\` datetime null, constraint \`import_jobs_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`import_jobs_status_index\` on \`import_jobs\` (\`status\`);`);
    this.addSql(`create index \`import_jobs_created_by_id_index\` on \`import_jobs\` (\`created_by_id\`);`);

    this.addSql(`create index \`products_showcase_index\` on \`products\` (\`showcase\`);`);
    this.addSql(`create index \`products_created_at_index\` on \`products\` (\`created_at\`);`);
  }

}
