import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200109 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table \`roles\` add column \`granted_defaults\` json null;`);
  }

}
