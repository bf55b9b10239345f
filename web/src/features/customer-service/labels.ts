import type { CallbackTaskStatus, CampaignStatus } from '../../gql/graphql';

type Color = 'default' | 'primary' | 'success' | 'warning' | 'error' | 'info';
/** Enum values the customer screens offer, in display order (labels are cs.enum.<type>.<value>). */
export const CUSTOMER_CHANNELS = ['TAOBAO', 'TMALL', 'JD', 'DOUYIN', 'WECHAT', 'PHONE', 'STORE', 'AGENT', 'OTHER'] as const;
export const CONTACT_CHANNELS = ['PHONE', 'SMS', 'EMAIL', 'CHAT'] as const;
export const CONTACT_DIRECTIONS = ['OUTBOUND', 'INBOUND'] as const;
export const CONTACT_OUTCOMES = ['REACHED', 'RESOLVED', 'FOLLOW_UP', 'NOT_REACHED'] as const;
export const CARE_TYPES = ['FESTIVAL_GREETING', 'BIRTHDAY_GREETING', 'EXCLUSIVE_OFFER', 'GIFT', 'OTHER'] as const;
export const RFM_SEGMENTS = [
  'IMPORTANT_VALUE', 'IMPORTANT_DEVELOP', 'IMPORTANT_RETAIN', 'IMPORTANT_WINBACK',
  'GENERAL_VALUE', 'GENERAL_DEVELOP', 'GENERAL_RETAIN', 'GENERAL_WINBACK', 'NO_ORDERS',
] as const;


export const TASK_STATUS_COLOR: Record<CallbackTaskStatus, Color> = { OPEN: 'primary', SCHEDULED: 'info', DONE: 'success', EXPIRED: 'default' };
export const CAMPAIGN_STATUS_COLOR: Record<CampaignStatus, Color> = { DRAFT: 'default', RUNNING: 'primary', CLOSED: 'success', CANCELLED: 'error' };
export const CALLBACK_PURPOSES = ['ROUTINE', 'FESTIVAL', 'ANNIVERSARY', 'PROMOTION', 'RENEWAL'] as const;
export const CALLBACK_RATINGS = ['SATISFIED', 'AVERAGE', 'UNSATISFIED'] as const;
