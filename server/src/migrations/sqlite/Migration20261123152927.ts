import { Migration } from '@mikro-orm/migrations';

export class Migration20261123152927 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table \`member_levels\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`threshold_fen\` integer not null, \`grants_vip\` integer not null default false, \`description\` text null);`);
    this.addSql(`create unique index \`member_levels_code_unique\` on \`member_levels\` (\`code\`);`);
    this.addSql(`create unique index \`member_levels_threshold_fen_unique\` on \`member_levels\` (\`threshold_fen\`);`);

    this.addSql(`create table \`cs_specialists\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`user_id\` integer not null, \`ability_percent\` integer not null default 100, \`in_pool\` integer not null default true, \`note\` text null, constraint \`cs_specialists_user_id_foreign\` foreign key(\`user_id\`) references \`users\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`cs_specialists_user_id_index\` on \`cs_specialists\` (\`user_id\`);`);
    this.addSql(`create unique index \`cs_specialists_user_id_unique\` on \`cs_specialists\` (\`user_id\`);`);

    this.addSql(`create table \`quick_replies\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`kind\` text not null, \`category\` text not null, \`title\` text not null, \`content\` text not null, \`keywords\` text null, \`usage_count\` integer not null default 0, \`active\` integer not null default true, \`created_by_id\` integer null, constraint \`quick_replies_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`quick_replies_kind_index\` on \`quick_replies\` (\`kind\`);`);
    this.addSql(`create index \`quick_replies_category_index\` on \`quick_replies\` (\`category\`);`);
    this.addSql(`create index \`quick_replies_usage_count_index\` on \`quick_replies\` (\`usage_count\`);`);
    this.addSql(`create index \`quick_replies_active_index\` on \`quick_replies\` (\`active\`);`);
    this.addSql(`create index \`quick_replies_created_by_id_index\` on \`quick_replies\` (\`created_by_id\`);`);

    this.addSql(`create table \`lead_lists\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`campaign\` text not null, \`target_conversions\` integer null, \`status\` text not null default 'OPEN', \`created_by_id\` integer null, \`closed_at\` datetime null, constraint \`lead_lists_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`lead_lists_campaign_index\` on \`lead_lists\` (\`campaign\`);`);
    this.addSql(`create index \`lead_lists_status_index\` on \`lead_lists\` (\`status\`);`);
    this.addSql(`create index \`lead_lists_created_by_id_index\` on \`lead_lists\` (\`created_by_id\`);`);

    this.addSql(`create table \`customers\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`name\` text not null, \`platform_account\` text null, \`phone\` text null, \`email\` text null, \`address\` text null, \`channel\` text not null, \`notes\` text null, \`status\` text not null default 'ACTIVE', \`merged_into_id\` integer null, \`member_level_id\` integer null, \`member_since\` datetime null, \`vip\` integer not null default false, \`vip_since\` datetime null, \`lifetime_value_fen\` integer not null default 0, \`order_count\` integer not null default 0, \`first_order_at\` datetime null, \`last_order_at\` datetime null, \`assignee_id\` integer null, \`assigned_at\` datetime null, \`first_contact_due_at\` datetime null, \`first_contact_at\` datetime null, \`last_contact_at\` datetime null, \`agent_id\` integer null, \`created_by_id\` integer null, constraint \`customers_merged_into_id_foreign\` foreign key(\`merged_into_id\`) references \`customers\`(\`id\`) on delete set null on update cascade, constraint \`customers_member_level_id_foreign\` foreign key(\`member_level_id\`) references \`member_levels\`(\`id\`) on delete set null on update cascade, constraint \`customers_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`users\`(\`id\`) on delete set null on update cascade, constraint \`customers_agent_id_foreign\` foreign key(\`agent_id\`) references \`partners\`(\`id\`) on delete set null on update cascade, constraint \`customers_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`customers_name_index\` on \`customers\` (\`name\`);`);
    this.addSql(`create index \`customers_platform_account_index\` on \`customers\` (\`platform_account\`);`);
    this.addSql(`create index \`customers_phone_index\` on \`customers\` (\`phone\`);`);
    this.addSql(`create index \`customers_email_index\` on \`customers\` (\`email\`);`);
    this.addSql(`create index \`customers_channel_index\` on \`customers\` (\`channel\`);`);
    this.addSql(`create index \`customers_status_index\` on \`customers\` (\`status\`);`);
    this.addSql(`create index \`customers_merged_into_id_index\` on \`customers\` (\`merged_into_id\`);`);
    this.addSql(`create index \`customers_member_level_id_index\` on \`customers\` (\`member_level_id\`);`);
    this.addSql(`create index \`customers_vip_index\` on \`customers\` (\`vip\`);`);
    this.addSql(`create index \`customers_lifetime_value_fen_index\` on \`customers\` (\`lifetime_value_fen\`);`);
    this.addSql(`create index \`customers_last_order_at_index\` on \`customers\` (\`last_order_at\`);`);
    this.addSql(`create index \`customers_assignee_id_index\` on \`customers\` (\`assignee_id\`);`);
    this.addSql(`create index \`customers_first_contact_due_at_index\` on \`customers\` (\`first_contact_due_at\`);`);
    this.addSql(`create index \`customers_agent_id_index\` on \`customers\` (\`agent_id\`);`);
    this.addSql(`create index \`customers_created_by_id_index\` on \`customers\` (\`created_by_id\`);`);
    this.addSql(`create index \`customers_assignee_id_first_contact_due_at_index\` on \`customers\` (\`assignee_id\`, \`first_contact_due_at\`);`);

    this.addSql(`create table \`unclosed_purchases\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` integer not null, \`staff_id\` integer null, \`asked_at\` datetime not null, \`product_interest\` text not null, \`reason\` text not null, \`reason_note\` text null, \`intent\` text not null, \`status\` text not null default 'OPEN', \`next_follow_up_at\` datetime null, \`last_follow_up_at\` datetime null, \`follow_up_count\` integer not null default 0, \`follow_up_note\` text null, constraint \`unclosed_purchases_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`unclosed_purchases_staff_id_foreign\` foreign key(\`staff_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`unclosed_purchases_customer_id_index\` on \`unclosed_purchases\` (\`customer_id\`);`);
    this.addSql(`create index \`unclosed_purchases_staff_id_index\` on \`unclosed_purchases\` (\`staff_id\`);`);
    this.addSql(`create index \`unclosed_purchases_asked_at_index\` on \`unclosed_purchases\` (\`asked_at\`);`);
    this.addSql(`create index \`unclosed_purchases_reason_index\` on \`unclosed_purchases\` (\`reason\`);`);
    this.addSql(`create index \`unclosed_purchases_intent_index\` on \`unclosed_purchases\` (\`intent\`);`);
    this.addSql(`create index \`unclosed_purchases_status_index\` on \`unclosed_purchases\` (\`status\`);`);
    this.addSql(`create index \`unclosed_purchases_next_follow_up_at_index\` on \`unclosed_purchases\` (\`next_follow_up_at\`);`);

    this.addSql(`create table \`leads\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`list_id\` integer not null, \`name\` text not null, \`phone\` text not null, \`customer_id\` integer null, \`assignee_id\` integer null, \`outcome\` text not null default 'PENDING', \`refusal_reason\` text null, \`note\` text null, \`attempts\` integer not null default 0, \`last_called_at\` datetime null, constraint \`leads_list_id_foreign\` foreign key(\`list_id\`) references \`lead_lists\`(\`id\`) on delete cascade on update cascade, constraint \`leads_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on delete set null on update cascade, constraint \`leads_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`leads_list_id_index\` on \`leads\` (\`list_id\`);`);
    this.addSql(`create index \`leads_customer_id_index\` on \`leads\` (\`customer_id\`);`);
    this.addSql(`create index \`leads_assignee_id_index\` on \`leads\` (\`assignee_id\`);`);
    this.addSql(`create index \`leads_refusal_reason_index\` on \`leads\` (\`refusal_reason\`);`);
    this.addSql(`create index \`leads_list_id_outcome_index\` on \`leads\` (\`list_id\`, \`outcome\`);`);

    this.addSql(`create table \`customer_tags\` (\`id\` integer not null primary key autoincrement, \`customer_id\` integer not null, \`tag\` text not null, constraint \`customer_tags_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on delete cascade on update cascade);`);
    this.addSql(`create index \`customer_tags_customer_id_index\` on \`customer_tags\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_tags_tag_index\` on \`customer_tags\` (\`tag\`);`);
    this.addSql(`create unique index \`customer_tags_customer_id_tag_unique\` on \`customer_tags\` (\`customer_id\`, \`tag\`);`);

    this.addSql(`create table \`customer_assignments\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` integer not null, \`specialist_id\` integer not null, \`assigned_by_id\` integer null, \`assigned_by_label\` text not null, \`method\` text not null, \`assigned_at\` datetime not null, \`due_at\` datetime not null, \`first_contact_at\` datetime null, \`ended_at\` datetime null, \`end_reason\` text null, \`note\` text null, constraint \`customer_assignments_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`customer_assignments_specialist_id_foreign\` foreign key(\`specialist_id\`) references \`users\`(\`id\`) on update cascade, constraint \`customer_assignments_assigned_by_id_foreign\` foreign key(\`assigned_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`customer_assignments_customer_id_index\` on \`customer_assignments\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_assignments_specialist_id_index\` on \`customer_assignments\` (\`specialist_id\`);`);
    this.addSql(`create index \`customer_assignments_assigned_by_id_index\` on \`customer_assignments\` (\`assigned_by_id\`);`);
    this.addSql(`create index \`customer_assignments_specialist_id_ended_at_index\` on \`customer_assignments\` (\`specialist_id\`, \`ended_at\`);`);

    this.addSql(`create table \`conversations\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` integer not null, \`staff_id\` integer null, \`channel\` text not null, \`source\` text not null, \`external_ref\` text null, \`started_at\` datetime not null, \`ended_at\` datetime not null, \`message_count\` integer not null, \`response_count\` integer not null, \`first_response_seconds\` integer null, \`total_response_seconds\` integer not null, \`unanswered_count\` integer not null, \`note\` text null, constraint \`conversations_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`conversations_staff_id_foreign\` foreign key(\`staff_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`conversations_customer_id_index\` on \`conversations\` (\`customer_id\`);`);
    this.addSql(`create index \`conversations_staff_id_index\` on \`conversations\` (\`staff_id\`);`);
    this.addSql(`create unique index \`conversations_external_ref_unique\` on \`conversations\` (\`external_ref\`);`);
    this.addSql(`create index \`conversations_started_at_index\` on \`conversations\` (\`started_at\`);`);
    this.addSql(`create index \`conversations_first_response_seconds_index\` on \`conversations\` (\`first_response_seconds\`);`);
    this.addSql(`create index \`conversations_customer_id_started_at_index\` on \`conversations\` (\`customer_id\`, \`started_at\`);`);
    this.addSql(`create index \`conversations_staff_id_started_at_index\` on \`conversations\` (\`staff_id\`, \`started_at\`);`);

    this.addSql(`create table \`conversation_messages\` (\`id\` integer not null primary key autoincrement, \`conversation_id\` integer not null, \`at\` datetime not null, \`sender\` text not null, \`staff_id\` integer null, \`text\` text not null, \`response_seconds\` integer null, constraint \`conversation_messages_conversation_id_foreign\` foreign key(\`conversation_id\`) references \`conversations\`(\`id\`) on delete cascade on update cascade, constraint \`conversation_messages_staff_id_foreign\` foreign key(\`staff_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`conversation_messages_conversation_id_index\` on \`conversation_messages\` (\`conversation_id\`);`);
    this.addSql(`create index \`conversation_messages_at_index\` on \`conversation_messages\` (\`at\`);`);
    this.addSql(`create index \`conversation_messages_staff_id_index\` on \`conversation_messages\` (\`staff_id\`);`);
    this.addSql(`create index \`conversation_messages_staff_id_at_index\` on \`conversation_messages\` (\`staff_id\`, \`at\`);`);
    this.addSql(`create index \`conversation_messages_conversation_id_at_index\` on \`conversation_messages\` (\`conversation_id\`, \`at\`);`);

    this.addSql(`create table \`customer_contacts\` (\`id\` integer not null primary key autoincrement, \`customer_id\` integer not null, \`staff_id\` integer null, \`staff_label\` text not null, \`kind\` text not null, \`care_type\` text null, \`channel\` text not null, \`direction\` text not null, \`outcome\` text not null, \`summary\` text not null, \`at\` datetime not null, \`reference_type\` text null, \`reference_id\` text null, \`created_at\` datetime not null, constraint \`customer_contacts_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`customer_contacts_staff_id_foreign\` foreign key(\`staff_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`customer_contacts_customer_id_index\` on \`customer_contacts\` (\`customer_id\`);`);
    this.addSql(`create index \`customer_contacts_staff_id_index\` on \`customer_contacts\` (\`staff_id\`);`);
    this.addSql(`create index \`customer_contacts_kind_index\` on \`customer_contacts\` (\`kind\`);`);
    this.addSql(`create index \`customer_contacts_at_index\` on \`customer_contacts\` (\`at\`);`);
    this.addSql(`create index \`customer_contacts_staff_id_at_index\` on \`customer_contacts\` (\`staff_id\`, \`at\`);`);
    this.addSql(`create index \`customer_contacts_customer_id_at_index\` on \`customer_contacts\` (\`customer_id\`, \`at\`);`);

    this.addSql(`create table \`callback_campaigns\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`code\` text not null, \`name\` text not null, \`purpose\` text not null, \`criteria\` json not null, \`script_opening\` text not null, \`script_satisfied\` text not null, \`script_unsatisfied\` text not null, \`trigger_at\` datetime not null, \`due_days\` integer not null, \`due_at\` datetime not null, \`quiet_hours\` json not null, \`specialist_ids\` json not null, \`status\` text not null default 'DRAFT', \`created_by_id\` integer null, \`started_at\` datetime null, \`closed_at\` datetime null, constraint \`callback_campaigns_created_by_id_foreign\` foreign key(\`created_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create unique index \`callback_campaigns_code_unique\` on \`callback_campaigns\` (\`code\`);`);
    this.addSql(`create index \`callback_campaigns_purpose_index\` on \`callback_campaigns\` (\`purpose\`);`);
    this.addSql(`create index \`callback_campaigns_due_at_index\` on \`callback_campaigns\` (\`due_at\`);`);
    this.addSql(`create index \`callback_campaigns_status_index\` on \`callback_campaigns\` (\`status\`);`);
    this.addSql(`create index \`callback_campaigns_created_by_id_index\` on \`callback_campaigns\` (\`created_by_id\`);`);

    this.addSql(`create table \`callback_tasks\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` integer not null, \`customer_id\` integer not null, \`assignee_id\` integer not null, \`status\` text not null default 'OPEN', \`member_at_start\` integer not null default false, \`due_at\` datetime not null, \`scheduled_at\` datetime null, \`attempts\` integer not null default 0, \`channel\` text null, \`called_at\` datetime null, \`reached\` integer null, \`rating\` text null, \`opinions\` text null, \`suggestions\` text null, \`follow_up_needed\` integer not null default false, \`follow_up_note\` text null, \`follow_up_resolved_at\` datetime null, \`follow_up_resolution\` text null, \`late\` integer not null default false, \`completed_at\` datetime null, constraint \`callback_tasks_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`callback_campaigns\`(\`id\`) on update cascade, constraint \`callback_tasks_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`callback_tasks_assignee_id_foreign\` foreign key(\`assignee_id\`) references \`users\`(\`id\`) on update cascade);`);
    this.addSql(`create index \`callback_tasks_campaign_id_index\` on \`callback_tasks\` (\`campaign_id\`);`);
    this.addSql(`create index \`callback_tasks_customer_id_index\` on \`callback_tasks\` (\`customer_id\`);`);
    this.addSql(`create index \`callback_tasks_assignee_id_index\` on \`callback_tasks\` (\`assignee_id\`);`);
    this.addSql(`create index \`callback_tasks_status_index\` on \`callback_tasks\` (\`status\`);`);
    this.addSql(`create index \`callback_tasks_rating_index\` on \`callback_tasks\` (\`rating\`);`);
    this.addSql(`create index \`callback_tasks_assignee_id_status_due_at_index\` on \`callback_tasks\` (\`assignee_id\`, \`status\`, \`due_at\`);`);
    this.addSql(`create unique index \`callback_tasks_campaign_id_customer_id_unique\` on \`callback_tasks\` (\`campaign_id\`, \`customer_id\`);`);

    this.addSql(`create table \`complaint_requests\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`customer_id\` integer not null, \`callback_task_id\` integer null, \`summary\` text not null, \`status\` text not null default 'OPEN', \`raised_by_id\` integer null, \`raised_by_label\` text not null, \`complaint_ref\` text null, constraint \`complaint_requests_customer_id_foreign\` foreign key(\`customer_id\`) references \`customers\`(\`id\`) on update cascade, constraint \`complaint_requests_callback_task_id_foreign\` foreign key(\`callback_task_id\`) references \`callback_tasks\`(\`id\`) on delete set null on update cascade, constraint \`complaint_requests_raised_by_id_foreign\` foreign key(\`raised_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`complaint_requests_customer_id_index\` on \`complaint_requests\` (\`customer_id\`);`);
    this.addSql(`create index \`complaint_requests_callback_task_id_index\` on \`complaint_requests\` (\`callback_task_id\`);`);
    this.addSql(`create index \`complaint_requests_status_index\` on \`complaint_requests\` (\`status\`);`);
    this.addSql(`create index \`complaint_requests_raised_by_id_index\` on \`complaint_requests\` (\`raised_by_id\`);`);

    this.addSql(`create table \`callback_reports\` (\`id\` integer not null primary key autoincrement, \`created_at\` datetime not null, \`updated_at\` datetime not null, \`campaign_id\` integer not null, \`generated_by_id\` integer null, \`data\` json not null, constraint \`callback_reports_campaign_id_foreign\` foreign key(\`campaign_id\`) references \`callback_campaigns\`(\`id\`) on update cascade, constraint \`callback_reports_generated_by_id_foreign\` foreign key(\`generated_by_id\`) references \`users\`(\`id\`) on delete set null on update cascade);`);
    this.addSql(`create index \`callback_reports_campaign_id_index\` on \`callback_reports\` (\`campaign_id\`);`);
    this.addSql(`create unique index \`callback_reports_campaign_id_unique\` on \`callback_reports\` (\`campaign_id\`);`);
    this.addSql(`create index \`callback_reports_generated_by_id_index\` on \`callback_reports\` (\`generated_by_id\`);`);
  }

}
