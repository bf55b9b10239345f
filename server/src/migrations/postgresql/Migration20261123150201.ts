import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150201 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "partner_type" as enum ('SUPPLIER', 'AGENT');`);
    this.addSql(`create type "api_token_kind" as enum ('PARTNER', 'ANALYST');`);
    this.addSql(`create table "departments" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(80) not null, "name_en" varchar(80) not null, "description" text null);`);
    this.addSql(`alter table "departments" add constraint "departments_code_unique" unique ("code");`);

    this.addSql(`create table "partners" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "type" "partner_type" not null, "code" varchar(40) not null, "name" varchar(120) not null, "contact_name" varchar(80) null, "contact_phone" varchar(40) null, "contact_email" varchar(254) null, "notes" text null, "active" boolean not null default true);`);
    this.addSql(`create index "partners_type_index" on "partners" ("type");`);
    this.addSql(`alter table "partners" add constraint "partners_code_unique" unique ("code");`);
    this.addSql(`create index "partners_name_index" on "partners" ("name");`);
    this.addSql(`create index "partners_active_index" on "partners" ("active");`);

    this.addSql(`create table "roles" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(60) not null, "name" varchar(80) not null, "name_en" varchar(80) not null, "is_supervisor" boolean not null default false, "system" boolean not null default false, "permissions" jsonb not null);`);
    this.addSql(`alter table "roles" add constraint "roles_code_unique" unique ("code");`);

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

    this.addSql(`create table "audit_logs" ("id" serial primary key, "at" timestamptz not null, "actor_id" int null, "actor_label" varchar(200) not null, "operation" varchar(80) not null, "entity_type" varchar(60) not null, "entity_id" varchar(60) null, "summary" text not null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_logs_at_index" on "audit_logs" ("at");`);
    this.addSql(`create index "audit_logs_actor_id_index" on "audit_logs" ("actor_id");`);
    this.addSql(`create index "audit_logs_operation_index" on "audit_logs" ("operation");`);
    this.addSql(`create index "audit_logs_entity_type_index" on "audit_logs" ("entity_type");`);
    this.addSql(`create index "audit_logs_entity_id_index" on "audit_logs" ("entity_id");`);

    this.addSql(`create table "api_tokens" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(80) not null, "kind" "api_token_kind" not null, "token_hash" varchar(64) not null, "prefix" varchar(16) not null, "permissions" jsonb not null, "partner_id" int null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" int null);`);
    this.addSql(`create index "api_tokens_kind_index" on "api_tokens" ("kind");`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_tokens_partner_id_index" on "api_tokens" ("partner_id");`);
    this.addSql(`create index "api_tokens_revoked_at_index" on "api_tokens" ("revoked_at");`);

    this.addSql(`create table "user_roles" ("user_id" int not null, "role_id" int not null, constraint "user_roles_pkey" primary key ("user_id", "role_id"));`);

    this.addSql(`alter table "users" add constraint "users_department_id_foreign" foreign key ("department_id") references "departments" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "audit_logs" add constraint "audit_logs_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "api_tokens" add constraint "api_tokens_partner_id_foreign" foreign key ("partner_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "api_tokens" add constraint "api_tokens_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "user_roles" add constraint "user_roles_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "user_roles" add constraint "user_roles_role_id_foreign" foreign key ("role_id") references "roles" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop constraint "users_department_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_partner_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_role_id_foreign";`);

    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`alter table "audit_logs" drop constraint "audit_logs_actor_id_foreign";`);

    this.addSql(`alter table "api_tokens" drop constraint "api_tokens_created_by_id_foreign";`);

    this.addSql(`alter table "user_roles" drop constraint "user_roles_user_id_foreign";`);

    this.addSql(`drop table if exists "departments" cascade;`);

    this.addSql(`drop table if exists "partners" cascade;`);

    this.addSql(`drop table if exists "roles" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "sessions" cascade;`);

    this.addSql(`drop table if exists "audit_logs" cascade;`);

    this.addSql(`drop table if exists "api_tokens" cascade;`);

    this.addSql(`drop table if exists "user_roles" cascade;`);

    this.addSql(`drop type "partner_type";`);
    this.addSql(`drop type "api_token_kind";`);
  }

}
