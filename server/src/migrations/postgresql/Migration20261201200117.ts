import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200117 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "roles" add column "granted_defaults" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "roles" drop column "granted_defaults";`);
  }

}
