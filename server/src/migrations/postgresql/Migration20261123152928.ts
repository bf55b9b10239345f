import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152928 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "member_levels" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(60) not null, "threshold_fen" int not null, "grants_vip" boolean not null default false, "description" text null);`);
    this.addSql(`alter table "member_levels" add constraint "member_levels_code_unique" unique ("code");`);
    this.addSql(`alter table "member_levels" add constraint "member_levels_threshold_fen_unique" unique ("threshold_fen");`);

    this.addSql(`create table "cs_specialists" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" int not null, "ability_percent" int not null default 100, "in_pool" boolean not null default true, "note" text null);`);
    this.addSql(`alter table "cs_specialists" add constraint "cs_specialists_user_id_unique" unique ("user_id");`);

    this.addSql(`create table "quick_replies" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" varchar(30) not null, "category" varchar(40) not null, "title" varchar(200) not null, "content" text not null, "keywords" varchar(200) null, "usage_count" int not null default 0, "active" boolean not null default true, "created_by_id" int null);`);
    this.addSql(`create index "quick_replies_kind_index" on "quick_replies" ("kind");`);
    this.addSql(`create index "quick_replies_category_index" on "quick_replies" ("category");`);
    this.addSql(`create index "quick_replies_usage_count_index" on "quick_replies" ("usage_count");`);
    this.addSql(`create index "quick_replies_active_index" on "quick_replies" ("active");`);

    this.addSql(`create table "lead_lists" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(120) not null, "campaign" varchar(120) not null, "target_conversions" int null, "status" varchar(30) not null default 'OPEN', "created_by_id" int null, "closed_at" timestamptz null);`);
    this.addSql(`create index "lead_lists_campaign_index" on "lead_lists" ("campaign");`);
    this.addSql(`create index "lead_lists_status_index" on "lead_lists" ("status");`);

    this.addSql(`create table "customers" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(80) not null, "platform_account" varchar(80) null, "phone" varchar(20) null, "email" varchar(254) null, "address" varchar(300) null, "channel" varchar(30) not null, "notes" text null, "status" varchar(30) not null default 'ACTIVE', "merged_into_id" int null, "member_level_id" int null, "member_since" timestamptz null, "vip" boolean not null default false, "vip_since" timestamptz null, "lifetime_value_fen" int not null default 0, "order_count" int not null default 0, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "assignee_id" int null, "assigned_at" timestamptz null, "first_contact_due_at" timestamptz null, "first_contact_at" timestamptz null, "last_contact_at" timestamptz null, "agent_id" int null, "created_by_id" int null);`);
    this.addSql(`create index "customers_name_index" on "customers" ("name");`);
    this.addSql(`create index "customers_platform_account_index" on "customers" ("platform_account");`);
    this.addSql(`create index "customers_phone_index" on "customers" ("phone");`);
    this.addSql(`create index "customers_email_index" on "customers" ("email");`);
    this.addSql(`create index "customers_channel_index" on "customers" ("channel");`);
    this.addSql(`create index "customers_status_index" on "customers" ("status");`);
    this.addSql(`create index "customers_member_level_id_index" on "customers" ("member_level_id");`);
    this.addSql(`create index "customers_vip_index" on "customers" ("vip");`);
    this.addSql(`create index "customers_lifetime_value_fen_index" on "customers" ("lifetime_value_fen");`);
    this.addSql(`create index "customers_last_order_at_index" on "customers" ("last_order_at");`);
    this.addSql(`create index "customers_first_contact_due_at_index" on "customers" ("first_contact_due_at");`);
    this.addSql(`create index "customers_agent_id_index" on "customers" ("agent_id");`);
    this.addSql(`create index "customers_assignee_id_first_contact_due_at_index" on "customers" ("assignee_id", "first_contact_due_at");`);

    this.addSql(`create table "unclosed_purchases" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" int not null, "staff_id" int null, "asked_at" timestamptz not null, "product_interest" varchar(200) not null, "reason" varchar(30) not null, "reason_note" text null, "intent" varchar(30) not null, "status" varchar(30) not null default 'OPEN', "next_follow_up_at" timestamptz null, "last_follow_up_at" timestamptz null, "follow_up_count" int not null default 0, "follow_up_note" text null);`);
    this.addSql(`create index "unclosed_purchases_customer_id_index" on "unclosed_purchases" ("customer_id");`);
    this.addSql(`create index "unclosed_purchases_staff_id_index" on "unclosed_purchases" ("staff_id");`);
    this.addSql(`create index "unclosed_purchases_asked_at_index" on "unclosed_purchases" ("asked_at");`);
    this.addSql(`create index "unclosed_purchases_reason_index" on "unclosed_purchases" ("reason");`);
    this.addSql(`create index "unclosed_purchases_intent_index" on "unclosed_purchases" ("intent");`);
    this.addSql(`create index "unclosed_purchases_status_index" on "unclosed_purchases" ("status");`);
    this.addSql(`create index "unclosed_purchases_next_follow_up_at_index" on "unclosed_purchases" ("next_follow_up_at");`);

    this.addSql(`create table "leads" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "list_id" int not null, "name" varchar(80) not null, "phone" varchar(20) not null, "customer_id" int null, "assignee_id" int null, "outcome" varchar(30) not null default 'PENDING', "refusal_reason" varchar(30) null, "note" text null, "attempts" int not null default 0, "last_called_at" timestamptz null);`);
    this.addSql(`create index "leads_customer_id_index" on "leads" ("customer_id");`);
    this.addSql(`create index "leads_assignee_id_index" on "leads" ("assignee_id");`);
    this.addSql(`create index "leads_refusal_reason_index" on "leads" ("refusal_reason");`);
    this.addSql(`create index "leads_list_id_outcome_index" on "leads" ("list_id", "outcome");`);

    this.addSql(`create table "customer_tags" ("id" serial primary key, "customer_id" int not null, "tag" varchar(30) not null);`);
    this.addSql(`create index "customer_tags_tag_index" on "customer_tags" ("tag");`);
    this.addSql(`alter table "customer_tags" add constraint "customer_tags_customer_id_tag_unique" unique ("customer_id", "tag");`);

    this.addSql(`create table "customer_assignments" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" int not null, "specialist_id" int not null, "assigned_by_id" int null, "assigned_by_label" varchar(200) not null, "method" varchar(30) not null, "assigned_at" timestamptz not null, "due_at" timestamptz not null, "first_contact_at" timestamptz null, "ended_at" timestamptz null, "end_reason" varchar(30) null, "note" text null);`);
    this.addSql(`create index "customer_assignments_customer_id_index" on "customer_assignments" ("customer_id");`);
    this.addSql(`create index "customer_assignments_specialist_id_ended_at_index" on "customer_assignments" ("specialist_id", "ended_at");`);

    this.addSql(`create table "conversations" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" int not null, "staff_id" int null, "channel" varchar(30) not null, "source" varchar(30) not null, "external_ref" varchar(80) null, "started_at" timestamptz not null, "ended_at" timestamptz not null, "message_count" int not null, "response_count" int not null, "first_response_seconds" int null, "total_response_seconds" int not null, "unanswered_count" int not null, "note" text null);`);
    this.addSql(`alter table "conversations" add constraint "conversations_external_ref_unique" unique ("external_ref");`);
    this.addSql(`create index "conversations_started_at_index" on "conversations" ("started_at");`);
    this.addSql(`create index "conversations_first_response_seconds_index" on "conversations" ("first_response_seconds");`);
    this.addSql(`create index "conversations_customer_id_started_at_index" on "conversations" ("customer_id", "started_at");`);
    this.addSql(`create index "conversations_staff_id_started_at_index" on "conversations" ("staff_id", "started_at");`);

    this.addSql(`create table "conversation_messages" ("id" serial primary key, "conversation_id" int not null, "at" timestamptz not null, "sender" varchar(30) not null, "staff_id" int null, "text" text not null, "response_seconds" int null);`);
    this.addSql(`create index "conversation_messages_at_index" on "conversation_messages" ("at");`);
    this.addSql(`create index "conversation_messages_staff_id_at_index" on "conversation_messages" ("staff_id", "at");`);
    this.addSql(`create index "conversation_messages_conversation_id_at_index" on "conversation_messages" ("conversation_id", "at");`);

    this.addSql(`create table "customer_contacts" ("id" serial primary key, "customer_id" int not null, "staff_id" int null, "staff_label" varchar(200) not null, "kind" varchar(30) not null, "care_type" varchar(30) null, "channel" varchar(30) not null, "direction" varchar(30) not null, "outcome" varchar(30) not null, "summary" text not null, "at" timestamptz not null, "reference_type" varchar(40) null, "reference_id" varchar(40) null, "created_at" timestamptz not null);`);
    this.addSql(`create index "customer_contacts_kind_index" on "customer_contacts" ("kind");`);
    this.addSql(`create index "customer_contacts_at_index" on "customer_contacts" ("at");`);
    this.addSql(`create index "customer_contacts_staff_id_at_index" on "customer_contacts" ("staff_id", "at");`);
    this.addSql(`create index "customer_contacts_customer_id_at_index" on "customer_contacts" ("customer_id", "at");`);

    this.addSql(`create table "callback_campaigns" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(120) not null, "purpose" varchar(30) not null, "criteria" jsonb not null, "script_opening" text not null, "script_satisfied" text not null, "script_unsatisfied" text not null, "trigger_at" timestamptz not null, "due_days" int not null, "due_at" timestamptz not null, "quiet_hours" jsonb not null, "specialist_ids" jsonb not null, "status" varchar(30) not null default 'DRAFT', "created_by_id" int null, "started_at" timestamptz null, "closed_at" timestamptz null);`);
    this.addSql(`alter table "callback_campaigns" add constraint "callback_campaigns_code_unique" unique ("code");`);
    this.addSql(`create index "callback_campaigns_purpose_index" on "callback_campaigns" ("purpose");`);
    this.addSql(`create index "callback_campaigns_due_at_index" on "callback_campaigns" ("due_at");`);
    this.addSql(`create index "callback_campaigns_status_index" on "callback_campaigns" ("status");`);

    this.addSql(`create table "callback_tasks" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "customer_id" int not null, "assignee_id" int not null, "status" varchar(30) not null default 'OPEN', "member_at_start" boolean not null default false, "due_at" timestamptz not null, "scheduled_at" timestamptz null, "attempts" int not null default 0, "channel" varchar(30) null, "called_at" timestamptz null, "reached" boolean null, "rating" varchar(30) null, "opinions" text null, "suggestions" text null, "follow_up_needed" boolean not null default false, "follow_up_note" text null, "follow_up_resolved_at" timestamptz null, "follow_up_resolution" text null, "late" boolean not null default false, "completed_at" timestamptz null);`);
    this.addSql(`create index "callback_tasks_customer_id_index" on "callback_tasks" ("customer_id");`);
    this.addSql(`create index "callback_tasks_status_index" on "callback_tasks" ("status");`);
    this.addSql(`create index "callback_tasks_rating_index" on "callback_tasks" ("rating");`);
    this.addSql(`create index "callback_tasks_assignee_id_status_due_at_index" on "callback_tasks" ("assignee_id", "status", "due_at");`);
    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_campaign_id_customer_id_unique" unique ("campaign_id", "customer_id");`);

    this.addSql(`create table "complaint_requests" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "customer_id" int not null, "callback_task_id" int null, "summary" text not null, "status" varchar(30) not null default 'OPEN', "raised_by_id" int null, "raised_by_label" varchar(200) not null, "complaint_ref" varchar(40) null);`);
    this.addSql(`create index "complaint_requests_customer_id_index" on "complaint_requests" ("customer_id");`);
    this.addSql(`create index "complaint_requests_callback_task_id_index" on "complaint_requests" ("callback_task_id");`);
    this.addSql(`create index "complaint_requests_status_index" on "complaint_requests" ("status");`);

    this.addSql(`create table "callback_reports" ("id" serial primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" int not null, "generated_by_id" int null, "data" jsonb not null);`);
    this.addSql(`alter table "callback_reports" add constraint "callback_reports_campaign_id_unique" unique ("campaign_id");`);

    this.addSql(`alter table "cs_specialists" add constraint "cs_specialists_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "quick_replies" add constraint "quick_replies_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "lead_lists" add constraint "lead_lists_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customers" add constraint "customers_merged_into_id_foreign" foreign key ("merged_into_id") references "customers" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_member_level_id_foreign" foreign key ("member_level_id") references "member_levels" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_agent_id_foreign" foreign key ("agent_id") references "partners" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customers" add constraint "customers_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "unclosed_purchases" add constraint "unclosed_purchases_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "unclosed_purchases" add constraint "unclosed_purchases_staff_id_foreign" foreign key ("staff_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "leads" add constraint "leads_list_id_foreign" foreign key ("list_id") references "lead_lists" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "leads" add constraint "leads_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "leads" add constraint "leads_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_tags" add constraint "customer_tags_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_assignments" add constraint "customer_assignments_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "customer_assignments" add constraint "customer_assignments_specialist_id_foreign" foreign key ("specialist_id") references "users" ("id") on update cascade;`);
    this.addSql(`alter table "customer_assignments" add constraint "customer_assignments_assigned_by_id_foreign" foreign key ("assigned_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "conversations" add constraint "conversations_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "conversations" add constraint "conversations_staff_id_foreign" foreign key ("staff_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "conversation_messages" add constraint "conversation_messages_conversation_id_foreign" foreign key ("conversation_id") references "conversations" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "conversation_messages" add constraint "conversation_messages_staff_id_foreign" foreign key ("staff_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_contacts" add constraint "customer_contacts_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "customer_contacts" add constraint "customer_contacts_staff_id_foreign" foreign key ("staff_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "callback_campaigns" add constraint "callback_campaigns_created_by_id_foreign" foreign key ("created_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_campaign_id_foreign" foreign key ("campaign_id") references "callback_campaigns" ("id") on update cascade;`);
    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "callback_tasks" add constraint "callback_tasks_assignee_id_foreign" foreign key ("assignee_id") references "users" ("id") on update cascade;`);

    this.addSql(`alter table "complaint_requests" add constraint "complaint_requests_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on update cascade;`);
    this.addSql(`alter table "complaint_requests" add constraint "complaint_requests_callback_task_id_foreign" foreign key ("callback_task_id") references "callback_tasks" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "complaint_requests" add constraint "complaint_requests_raised_by_id_foreign" foreign key ("raised_by_id") references "users" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "callback_reports" add constraint "callback_reports_campaign_id_foreign" foreign key ("campaign_id") references "callback_campaigns" ("id") on update cascade;`);
    this.addSql(`alter table "callback_reports" add constraint "callback_reports_generated_by_id_foreign" foreign key ("generated_by_id") references "users" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customers" drop constraint "customers_member_level_id_foreign";`);

    this.addSql(`alter table "leads" drop constraint "leads_list_id_foreign";`);

    this.addSql(`alter table "customers" drop constraint "customers_merged_into_id_foreign";`);

    this.addSql(`alter table "unclosed_purchases" drop constraint "unclosed_purchases_customer_id_foreign";`);

    this.addSql(`alter table "leads" drop constraint "leads_customer_id_foreign";`);

    this.addSql(`alter table "customer_tags" drop constraint "customer_tags_customer_id_foreign";`);

    this.addSql(`alter table "customer_assignments" drop constraint "customer_assignments_customer_id_foreign";`);

    this.addSql(`alter table "conversations" drop constraint "conversations_customer_id_foreign";`);

    this.addSql(`alter table "customer_contacts" drop constraint "customer_contacts_customer_id_foreign";`);

    this.addSql(`alter table "callback_tasks" drop constraint "callback_tasks_customer_id_foreign";`);

    this.addSql(`alter table "complaint_requests" drop constraint "complaint_requests_customer_id_foreign";`);

    this.addSql(`alter table "conversation_messages" drop constraint "conversation_messages_conversation_id_foreign";`);

    this.addSql(`alter table "callback_tasks" drop constraint "callback_tasks_campaign_id_foreign";`);

    this.addSql(`alter table "callback_reports" drop constraint "callback_reports_campaign_id_foreign";`);

    this.addSql(`alter table "complaint_requests" drop constraint "complaint_requests_callback_task_id_foreign";`);

    this.addSql(`drop table if exists "member_levels" cascade;`);

    this.addSql(`drop table if exists "cs_specialists" cascade;`);

    this.addSql(`drop table if exists "quick_replies" cascade;`);

    this.addSql(`drop table if exists "lead_lists" cascade;`);

    this.addSql(`drop table if exists "customers" cascade;`);

    this.addSql(`drop table if exists "unclosed_purchases" cascade;`);

    this.addSql(`drop table if exists "leads" cascade;`);

    this.addSql(`drop table if exists "customer_tags" cascade;`);

    this.addSql(`drop table if exists "customer_assignments" cascade;`);

    this.addSql(`drop table if exists "conversations" cascade;`);

    this.addSql(`drop table if exists "conversation_messages" cascade;`);

    this.addSql(`drop table if exists "customer_contacts" cascade;`);

    this.addSql(`drop table if exists "callback_campaigns" cascade;`);

    this.addSql(`drop table if exists "callback_tasks" cascade;`);

    this.addSql(`drop table if exists "complaint_requests" cascade;`);

    this.addSql(`drop table if exists "callback_reports" cascade;`);
  }

}
