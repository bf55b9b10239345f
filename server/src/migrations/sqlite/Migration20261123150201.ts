import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150201 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`departments\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`description\` text null);`);
    this.addSql(`create unique index \`departments_code_unique\` on \`departments\` (\`code\`);`);

    this.addSql(`create table \`partners\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`type\` text check (\`type\` in ('SUPPLIER', 'AGENT')) not null, \`code\` text not null, \`name\` text not null, \`contact_name\` text null, \`contact_phone\` text null, \`contact_email\` text null, \`notes\` text null, \`active\` integer not null default true);`);
    this.addSql(`create index \`partners_type_index\` on \`partners\` (\`type\`);`);
    this.addSql(`create unique index \`partners_code_unique\` on \`partners\` (\`code\`);`);
    this.addSql(`create index \`partners_name_index\` on \`partners\` (\`name\`);`);
    this.addSql(`create index \`partners_active_index\` on \`partners\` (\`active\`);`);

    this.addSql(`create table \`roles\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`name_en\` text not null, \`is_supervisor\` integer not null default false, \`system\` integer not null default false, \`permissions\` json not null);`);
    this.addSql(`create unique index \`roles_code_unique\` on \`roles\` (\`code\`);`);

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

    this.addSql(`create table \`audit_logs\` (\`id\` integer not null primary key autoincrement, \`at\` datetime not null, \`actor_id\` integer null, \`actor_label\` text not null, \`operation\` text not null, \`entity_type\` text not null, \`entity_id\` text null, \`summary\` text not null, \`request_id\` text null, constraint \`audit_logs_actor_id_foreign\` foreign key(\`actor_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`audit_logs_at_index\` on \`audit_logs\` (\`at\`);`);
    this.addSql(`create index \`audit_logs_actor_id_index\` on \`audit_logs\` (\`actor_id\`);`);
    this.addSql(`create index \`audit_logs_operation_index\` on \`audit_logs\` (\`operation\`);`);
    this.addSql(`create index \`audit_logs_entity_type_index\` on \`audit_logs\` (\`entity_type\`);`);
    this.addSql(`create index \`audit_logs_entity_id_index\` on \`audit_logs\` (\`entity_id\`);`);

    this.addSql(`create table \`api_tokens\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`kind\` text check (\`kind\` in ('PARTNER', 'ANALYST')) not null, \`token_hash\` text not null, \`prefix\` text not null, \`permissions\` json not null, \`partner_id\` integer null, \`expires_at\` datetime null, \`revoked_at\` datetime null, \`last_used_at\` datetime null, \`created_by_id\` integer null, constraint \`api_tokens_partner_id_foreign\` foreign key(\`partner_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, constraint \`api_tokens_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`api_tokens_kind_index\` on \`api_tokens\` (\`kind\`);`);
    this.addSql(`create unique index \`api_tokens_token_hash_unique\` on \`api_tokens\` (\`token_hash\`);`);
    this.addSql(`create index \`api_tokens_partner_id_index\` on \`api_tokens\` (\`partner_id\`);`);
    this.addSql(`create index \`api_tokens_revoked_at_index\` on \`api_tokens\` (\`revoked_at\`);`);
    this.addSql(`create index \`api_tokens_created_by_id_index\` on \`api_tokens\` (\`created_by_id\`);`);

    this.addSql(`create table \`user_roles\` (\`user_id\` integer not null, \`role_id\` integer not null, constraint \`user_roles_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on delete cascade on update cascade, constraint \`user_roles_role_id_foreign\` foreign key(\`role_id\`) references \`roles\`(\`id\`) on delete cascade on update cascade, primary key (\`user_id\`, \`role_id\`));`);
    this.addSql(`create index \`user_roles_user_id_index\` on \`user_roles\` (\`user_id\`);`);
    this.addSql(`create index \`user_roles_role_id_index\` on \`user_roles\` (\`role_id\`);`);
  }

}
