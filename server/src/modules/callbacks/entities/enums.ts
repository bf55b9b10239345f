import { registerEnumType } from 'type-graphql';

export enum CallbackPurpose { ROUTINE = 'ROUTINE', FESTIVAL = 'FESTIVAL', ANNIVERSARY = 'ANNIVERSARY', PROMOTION = 'PROMOTION', RENEWAL = 'RENEWAL', COMPLAINT_FOLLOW_UP = 'COMPLAINT_FOLLOW_UP' }
registerEnumType(CallbackPurpose, {
  name: 'CallbackPurpose', description: 'Why a callback campaign (回访) runs.',
  valuesConfig: {
    ROUTINE: { description: 'Routine satisfaction callback (例行回访).' }, FESTIVAL: { description: 'Festival (节日回访).' },
    ANNIVERSARY: { description: 'Shop anniversary (店庆).' }, PROMOTION: { description: 'Around a promotion (促销).' },
    RENEWAL: { description: 'Renewal or upgrade reminder (续费/升级提醒).' },
    COMPLAINT_FOLLOW_UP: { description: 'Follow-up after a closed complaint (投诉回访): the standing campaign that gets one task per closed complaint; not created by hand.' },
  },
});

export enum CampaignStatus { DRAFT = 'DRAFT', RUNNING = 'RUNNING', CLOSED = 'CLOSED', CANCELLED = 'CANCELLED' }
registerEnumType(CampaignStatus, {
  name: 'CampaignStatus', description: 'State of a callback campaign.',
  valuesConfig: {
    DRAFT: { description: 'Being defined; no tasks yet.' }, RUNNING: { description: 'Tasks generated and being worked.' },
    CLOSED: { description: 'Finished; the summary report is archived.' }, CANCELLED: { description: 'Dropped before it started.' },
  },
});

export enum CallbackTaskStatus { OPEN = 'OPEN', SCHEDULED = 'SCHEDULED', DONE = 'DONE', EXPIRED = 'EXPIRED' }
registerEnumType(CallbackTaskStatus, {
  name: 'CallbackTaskStatus', description: 'State of one callback task.',
  valuesConfig: {
    OPEN: { description: 'To be called (perhaps after unanswered attempts).' }, SCHEDULED: { description: 'A call time is planned.' },
    DONE: { description: 'The callback form is complete (reached, or given up as unreachable).' }, EXPIRED: { description: 'Still open when the campaign closed.' },
  },
});

export enum CallbackRating { SATISFIED = 'SATISFIED', AVERAGE = 'AVERAGE', UNSATISFIED = 'UNSATISFIED' }
registerEnumType(CallbackRating, {
  name: 'CallbackRating', description: 'The customer’s satisfaction on a callback form.',
  valuesConfig: { SATISFIED: { description: 'Satisfied (满意).' }, AVERAGE: { description: 'Average (一般).' }, UNSATISFIED: { description: 'Unsatisfied (不满意).' } },
});

export enum ComplaintRequestStatus { OPEN = 'OPEN', LINKED = 'LINKED', CLOSED = 'CLOSED' }
registerEnumType(ComplaintRequestStatus, {
  name: 'ComplaintRequestStatus', description: 'State of a complaint request raised from customer service.',
  valuesConfig: {
    OPEN: { description: 'Waiting for after-sales to register it as a complaint.' }, LINKED: { description: 'After-sales registered the complaint.' },
    CLOSED: { description: 'Closed without a complaint.' },
  },
});
