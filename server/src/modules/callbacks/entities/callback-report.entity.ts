import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../../../core/db/base-entity.js';
import { User } from '../../identity/entities/user.entity.js';
import { CallbackCampaign } from './callback-campaign.entity.js';
import type { CallbackReportData } from '../services/report-figures.js';

/** The archived summary report (回访总结报告) of a closed campaign: a snapshot, never recomputed. */
@Entity({ tableName: 'callback_reports' })
export class CallbackReport extends BaseEntity {
  @ManyToOne(() => CallbackCampaign, { ref: true })
  @Unique()
  campaign!: Ref<CallbackCampaign>;

  @ManyToOne(() => User, { nullable: true, ref: true })
  generatedBy?: Ref<User>;

  @Property({ type: 'json' })
  data!: CallbackReportData;
}
