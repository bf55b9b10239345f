import { registerEnumType } from 'type-graphql';

/** Enums of the customer archive. Stored as plain strings (no DB check: SQLite diffs them spuriously). */

export enum CustomerChannel { TAOBAO = 'TAOBAO', TMALL = 'TMALL', JD = 'JD', WECHAT = 'WECHAT', DOUYIN = 'DOUYIN', PHONE = 'PHONE', STORE = 'STORE', AGENT = 'AGENT', OTHER = 'OTHER' }
registerEnumType(CustomerChannel, {
  name: 'CustomerChannel', description: 'Where a customer came from, or where a chat took place.',
  valuesConfig: {
    TAOBAO: { description: 'Taobao shop (淘宝).' }, TMALL: { description: 'Tmall store (天猫).' }, JD: { description: 'JD.com (京东).' },
    WECHAT: { description: 'WeChat (微信).' }, DOUYIN: { description: 'Douyin (抖音).' }, PHONE: { description: 'Telephone.' },
    STORE: { description: 'Physical store or event.' }, AGENT: { description: 'Through a resale agent (代理).' }, OTHER: { description: 'Anything else.' },
  },
});

export enum CustomerStatus { ACTIVE = 'ACTIVE', MERGED = 'MERGED' }
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus', description: 'Whether a customer record is in use or was merged into another.',
  valuesConfig: { ACTIVE: { description: 'In use.' }, MERGED: { description: 'A duplicate merged into another record; kept read-only for history.' } },
});

export enum ContactChannel { PHONE = 'PHONE', EMAIL = 'EMAIL', SMS = 'SMS', CHAT = 'CHAT' }
registerEnumType(ContactChannel, {
  name: 'ContactChannel', description: 'How a customer was contacted. Outbound PHONE and SMS respect quiet hours.',
  valuesConfig: { PHONE: { description: 'Telephone call.' }, EMAIL: { description: 'E-mail.' }, SMS: { description: 'Text message.' }, CHAT: { description: 'Chat (Wangwang, WeChat, …).' } },
});

export enum ContactDirection { INBOUND = 'INBOUND', OUTBOUND = 'OUTBOUND' }
registerEnumType(ContactDirection, {
  name: 'ContactDirection', description: 'Who started the contact.',
  valuesConfig: { INBOUND: { description: 'The customer contacted us.' }, OUTBOUND: { description: 'We contacted the customer.' } },
});

export enum ContactOutcome { REACHED = 'REACHED', NOT_REACHED = 'NOT_REACHED', FOLLOW_UP = 'FOLLOW_UP', RESOLVED = 'RESOLVED' }
registerEnumType(ContactOutcome, {
  name: 'ContactOutcome', description: 'How a contact ended. Every outcome except NOT_REACHED counts as a contact made.',
  valuesConfig: {
    REACHED: { description: 'Spoke with or got a reply from the customer.' }, NOT_REACHED: { description: 'No answer, bounced or unread: an attempt only.' },
    FOLLOW_UP: { description: 'Reached; something still needs doing.' }, RESOLVED: { description: 'Reached; the matter is settled.' },
  },
});

export enum ContactKind { CONTACT = 'CONTACT', CARE = 'CARE', CALLBACK = 'CALLBACK' }
registerEnumType(ContactKind, {
  name: 'ContactKind', description: 'What a contact-log entry records.',
  valuesConfig: { CONTACT: { description: 'An ordinary interaction.' }, CARE: { description: 'A care action (greeting, exclusive offer).' }, CALLBACK: { description: 'A callback visit (回访) from a campaign.' } },
});

export enum CareType { FESTIVAL_GREETING = 'FESTIVAL_GREETING', BIRTHDAY_GREETING = 'BIRTHDAY_GREETING', EXCLUSIVE_OFFER = 'EXCLUSIVE_OFFER', GIFT = 'GIFT', OTHER = 'OTHER' }
registerEnumType(CareType, {
  name: 'CareType', description: 'Kind of member care action (会员关怀).',
  valuesConfig: {
    FESTIVAL_GREETING: { description: 'Festival greeting (节日问候).' }, BIRTHDAY_GREETING: { description: 'Birthday greeting.' },
    EXCLUSIVE_OFFER: { description: 'Exclusive member offer (专属优惠).' }, GIFT: { description: 'A gift sent.' }, OTHER: { description: 'Other care.' },
  },
});

export enum AssignmentMethod { MANUAL = 'MANUAL', AUTO = 'AUTO' }
registerEnumType(AssignmentMethod, {
  name: 'AssignmentMethod', description: 'How a customer was assigned.',
  valuesConfig: { MANUAL: { description: 'Chosen by a supervisor.' }, AUTO: { description: 'Balanced automatically by load and ability.' } },
});
