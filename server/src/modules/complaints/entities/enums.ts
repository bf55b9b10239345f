import { registerEnumType } from 'type-graphql';

/** Enums of the complaint loop. Stored as plain strings (no DB check: SQLite diffs them spuriously). */

/**
 * Where a complaint stands in its closed loop. Each state names the step just completed, so the
 * next step is the only one that may run: REGISTERED → JUDGED → INVESTIGATED → PROPOSED →
 * APPROVED → IMPLEMENTED → ACCEPTED → CLOSED, or REGISTERED → CLOSED_INVALID.
 */
export enum ComplaintState {
  REGISTERED = 'REGISTERED', JUDGED = 'JUDGED', INVESTIGATED = 'INVESTIGATED', PROPOSED = 'PROPOSED', APPROVED = 'APPROVED',
  IMPLEMENTED = 'IMPLEMENTED', ACCEPTED = 'ACCEPTED', CLOSED = 'CLOSED', CLOSED_INVALID = 'CLOSED_INVALID',
}
registerEnumType(ComplaintState, {
  name: 'ComplaintState', description: 'Where a complaint (投诉) stands in its seven-step closed loop; each state names the step just completed.',
  valuesConfig: {
    REGISTERED: { description: 'Step 1 done: registered (投诉受理); waiting for judgment.' },
    JUDGED: { description: 'Step 2 done: judged valid, responsible department named; waiting for investigation.' },
    INVESTIGATED: { description: 'Step 3 done: cause and responsible person/party found; waiting for proposals (also after a rejected approval or a solution the customer declined).' },
    PROPOSED: { description: 'Step 4: one or more solutions proposed; waiting for the supervisor’s approval.' },
    APPROVED: { description: 'Step 5 done: the supervisor picked a solution; waiting for implementation.' },
    IMPLEMENTED: { description: 'Step 6 (part): the solution was carried out and the customer notified; waiting for the customer’s acceptance.' },
    ACCEPTED: { description: 'Step 6 done: the customer confirmed acceptance; waiting for the summary.' },
    CLOSED: { description: 'Step 7 done: summarised and closed; a follow-up callback is scheduled.' },
    CLOSED_INVALID: { description: 'Judged invalid at step 2 and closed with a polite reply to the customer.' },
  },
});

/** States in which a complaint is still being handled (counts against the 24-hour deadline). */
export const OPEN_COMPLAINT_STATES: ComplaintState[] = [
  ComplaintState.REGISTERED, ComplaintState.JUDGED, ComplaintState.INVESTIGATED, ComplaintState.PROPOSED,
  ComplaintState.APPROVED, ComplaintState.IMPLEMENTED, ComplaintState.ACCEPTED,
];

export enum ComplaintChannel { PHONE = 'PHONE', CHAT = 'CHAT', PLATFORM = 'PLATFORM', REVIEW = 'REVIEW', EMAIL = 'EMAIL', CUSTOMER_SERVICE = 'CUSTOMER_SERVICE', OTHER = 'OTHER' }
registerEnumType(ComplaintChannel, {
  name: 'ComplaintChannel', description: 'How a complaint reached the shop.',
  valuesConfig: {
    PHONE: { description: 'Telephone.' }, CHAT: { description: 'Chat (Wangwang, WeChat, …).' },
    PLATFORM: { description: 'The platform’s complaint or dispute channel (淘宝/天猫投诉).' }, REVIEW: { description: 'A bad review (差评).' },
    EMAIL: { description: 'E-mail.' }, CUSTOMER_SERVICE: { description: 'Raised by customer service (e.g. an unsatisfied callback).' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ComplaintCategory {
  QUALITY = 'QUALITY', WRONG_ITEM = 'WRONG_ITEM', NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED', DELIVERY = 'DELIVERY',
  SERVICE_ATTITUDE = 'SERVICE_ATTITUDE', PRICE = 'PRICE', AFTER_SALES = 'AFTER_SALES', OTHER = 'OTHER',
}
registerEnumType(ComplaintCategory, {
  name: 'ComplaintCategory', description: 'What the customer complains about, as registered (投诉类别).',
  valuesConfig: {
    QUALITY: { description: 'Product quality or damage (质量问题).' }, WRONG_ITEM: { description: 'Wrong, missing or short item (错发漏发).' },
    NOT_AS_DESCRIBED: { description: 'Not as described (描述不符).' }, DELIVERY: { description: 'Late, lost or damaged delivery (物流).' },
    SERVICE_ATTITUDE: { description: 'Staff attitude or service (服务态度).' }, PRICE: { description: 'Price or promotion dispute (价格/活动).' },
    AFTER_SALES: { description: 'Return, exchange or refund handling (售后处理).' }, OTHER: { description: 'Anything else.' },
  },
});

export enum ComplaintCause { PRODUCT_QUALITY = 'PRODUCT_QUALITY', LOGISTICS = 'LOGISTICS', SERVICE = 'SERVICE', BUYER = 'BUYER', OTHER = 'OTHER' }
registerEnumType(ComplaintCause, {
  name: 'ComplaintCause', description: 'The cause found by the investigation (投诉原因).',
  valuesConfig: {
    PRODUCT_QUALITY: { description: 'The product: traced to its supplier (a supplier is required).' },
    LOGISTICS: { description: 'The courier: verify and claim from the courier (a courier name is required).' },
    SERVICE: { description: 'Our staff’s service: apologise and retrain; a disciplinary note is required at implementation.' },
    BUYER: { description: 'The buyer’s own doing: explain politely.' },
    OTHER: { description: 'Anything else.' },
  },
});

export enum ComplaintSolution { REFUND = 'REFUND', RETURN = 'RETURN', EXCHANGE = 'EXCHANGE', RESEND = 'RESEND', COMPENSATION = 'COMPENSATION', COUPON = 'COUPON', APOLOGY = 'APOLOGY' }
registerEnumType(ComplaintSolution, {
  name: 'ComplaintSolution', description: 'A kind of solution proposed for a complaint.',
  valuesConfig: {
    REFUND: { description: 'Refund (money back; amount required). Implemented through a return request (REFUND_ONLY).' },
    RETURN: { description: 'Return for refund. Implemented through a return request.' },
    EXCHANGE: { description: 'Exchange. Implemented through a return request.' },
    RESEND: { description: 'Send the goods again.' },
    COMPENSATION: { description: 'Compensation in money (amount required).' },
    COUPON: { description: 'A coupon or voucher (amount required).' },
    APOLOGY: { description: 'An apology and explanation.' },
  },
});

/** Solutions carried out through a return request (contract C5). */
export const RETURN_SOLUTIONS: ComplaintSolution[] = [ComplaintSolution.REFUND, ComplaintSolution.RETURN, ComplaintSolution.EXCHANGE];
/** Solutions that need an amount in fen. */
export const AMOUNT_SOLUTIONS: ComplaintSolution[] = [ComplaintSolution.REFUND, ComplaintSolution.COMPENSATION, ComplaintSolution.COUPON];

export enum ProposalStatus { PROPOSED = 'PROPOSED', APPROVED = 'APPROVED', REJECTED = 'REJECTED', NOT_CHOSEN = 'NOT_CHOSEN', DECLINED = 'DECLINED' }
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus', description: 'State of one proposed solution.',
  valuesConfig: {
    PROPOSED: { description: 'Waiting for the supervisor.' }, APPROVED: { description: 'Picked and signed off by the supervisor.' },
    REJECTED: { description: 'Sent back by the supervisor with a note.' }, NOT_CHOSEN: { description: 'Another proposal of the same round was approved.' },
    DECLINED: { description: 'Approved and carried out, but the customer did not accept it; the department proposes again.' },
  },
});

export enum AcceptanceMethod { PHONE = 'PHONE', CHAT = 'CHAT', SMS = 'SMS', EMAIL = 'EMAIL', SIGNATURE = 'SIGNATURE', PLATFORM = 'PLATFORM' }
registerEnumType(AcceptanceMethod, {
  name: 'AcceptanceMethod', description: 'How the customer confirmed acceptance of the solution (顾客签字确认).',
  valuesConfig: {
    PHONE: { description: 'Confirmed on the phone.' }, CHAT: { description: 'Confirmed in a chat.' }, SMS: { description: 'Replied to a text message.' },
    EMAIL: { description: 'Replied by e-mail.' }, SIGNATURE: { description: 'Signed a form.' }, PLATFORM: { description: 'Confirmed on the platform (e.g. closed the dispute).' },
  },
});
