import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151710 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "product_images" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "product_id" int not null, "file_name" varchar(200) not null, "content_type" varchar(40) not null, "size_bytes" int not null, "storage_path" varchar(300) not null, "sort_order" int not null default 0);`);
    this.addSql(`create index "product_images_product_id_sort_order_index" on "product_images" ("product_id", "sort_order");`);

    this.addSql(`create table "price_changes" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "sku_id" int not null, "kind" varchar(30) not null, "current_fen" int null, "proposed_fen" int not null, "reason" text not null, "status" varchar(30) not null default 'PENDING', "pending_slot" varchar(40) null, "proposed_by_id" int not null, "decided_by_id" int null, "decided_at" timestamptz null, "decision_note" text null);`);
    this.addSql(`create index "price_changes_sku_id_index" on "price_changes" ("sku_id");`);
    this.addSql(`create index "price_changes_status_index" on "price_changes" ("status");`);
    this.addSql(`alter table "price_changes" add constraint "price_changes_pending_slot_unique" unique ("pending_slot");`);
    this.addSql(`create index "price_changes_proposed_by_id_index" on "price_changes" ("proposed_by_id");`);
    this.addSql(`create index "price_changes_status_created_at_index" on "price_changes" ("status", "created_at");`);

    this.addSql(`create table "price_history" ("id" serial primary key, "sku_id" int not null, "kind" varchar(30) not null, "old_fen" int null, "new_fen" int not null, "price_change_id" int null, "changed_by_id" int null, "changed_by_label" varchar(200) not null, "at" timestamptz not null);`);
    this.addSql(`create index "price_history_sku_id_at_index" on "price_history" ("sku_id", "at");`);

    this.addSql(`create table "import_jobs" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(30) not null, "file_name" varchar(200) null, "mode" varchar(30) not null, "status" varchar(30) not null default 'QUEUED', "total_rows" int not null, "processed_rows" int not null default 0, "imported_rows" int not null default 0, "error_count" int not null default 0, "errors" jsonb not null, "created_by_id" int null, "finished_at" timestamptz null);`);
    this.addSql(`create index "import_jobs_status_index" on "import_jobs" ("status");`);
    this.addSql(`create index "import_jobs_created_by_id_index" on "import_jobs" ("created_by_id");`);

    this.addSql(`alter table "product_images" add constraint "product_images_product_id_foreign" foreign key ("product_id") references "products" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "price_changes" add constraint "price_changes_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "price_changes" add constraint "price_changes_proposed_by_id_foreign" foreign key ("proposed_by_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "price_changes" add constraint "price_changes_decided_by_id_foreign" foreign key ("decided_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "price_history" add constraint "price_history_sku_id_foreign" foreign key ("sku_id") references "skus" ("id") on update cascade;`);
    this.addSql(`alter table "price_history" add constraint "price_history_price_change_id_foreign" foreign key ("price_change_id") references "price_changes" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "price_history" add constraint "price_history_changed_by_id_foreign" foreign key ("changed_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "import_jobs" add constraint "import_jobs_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`create index "products_showcase_index" on "products" ("showcase");`);
    this.addSql(`create index "products_created_at_index" on "products" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "price_history" drop constraint "price_history_price_change_id_foreign";`);

    this.addSql(`drop table if exists "product_images" cascade;`);

    this.addSql(`drop table if exists "price_changes" cascade;`);

    this.addSql(`drop table if exists "price_history" cascade;`);

    this.addSql(`drop table if exists "import_jobs" cascade;`);

    this.addSql(`drop index "products_showcase_index";`);
    this.addSql(`drop index "products_created_at_index";`);
  }

}
