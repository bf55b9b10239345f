import { registerEnumType } from 'type-graphql';

/** A bad review (差评) has a rating of at most this; 3 is neutral (中评), 4–5 good (好评). */
export const BAD_RATING_MAX = 2;
export const GOOD_RATING_MIN = 4;

export enum ReviewPlatform { TAOBAO = 'TAOBAO', TMALL = 'TMALL', OWN_SHOP = 'OWN_SHOP', OTHER = 'OTHER' }
registerEnumType(ReviewPlatform, {
  name: 'ReviewPlatform', description: 'Where the buyer posted the review.',
  valuesConfig: {
    TAOBAO: { description: 'Taobao (淘宝).' }, TMALL: { description: 'Tmall (天猫).' },
    OWN_SHOP: { description: 'The shop’s own site.' }, OTHER: { description: 'Elsewhere.' },
  },
});

export enum BadReviewCause { BUYER = 'BUYER', LOGISTICS = 'LOGISTICS', PRODUCT = 'PRODUCT', SERVICE = 'SERVICE' }
registerEnumType(BadReviewCause, {
  name: 'BadReviewCause', description: 'Why a bad review happened; each cause has its own handling.',
  valuesConfig: {
    BUYER: { description: 'The buyer’s misunderstanding or fault: explain and ask the buyer to revise the review (解释并请买家修改评价).' },
    LOGISTICS: { description: 'The courier: verify, claim from the courier, apologise and compensate (核实、向快递索赔、道歉补偿).' },
    PRODUCT: { description: 'The product: offer a return or exchange (退换货).' },
    SERVICE: { description: 'Our service: apologise and retrain the staff member (道歉并培训员工).' },
  },
});

export enum ReviewHandlingStatus { NOT_NEEDED = 'NOT_NEEDED', OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', RESOLVED = 'RESOLVED' }
registerEnumType(ReviewHandlingStatus, {
  name: 'ReviewHandlingStatus', description: 'Where the handling of a review stands.',
  valuesConfig: {
    NOT_NEEDED: { description: 'Not a bad review: nothing to handle (a reply is still welcome).' },
    OPEN: { description: 'A bad review whose cause is not yet named.' },
    IN_PROGRESS: { description: 'Cause named; the cause’s steps are being worked.' },
    RESOLVED: { description: 'Handled: the cause’s steps are done.' },
  },
});

export enum CourierClaimStatus { FILED = 'FILED', ACCEPTED = 'ACCEPTED', REJECTED = 'REJECTED', SETTLED = 'SETTLED' }
registerEnumType(CourierClaimStatus, {
  name: 'CourierClaimStatus', description: 'State of a claim against a courier.',
  valuesConfig: {
    FILED: { description: 'Sent to the courier, waiting for its answer (已提交).' },
    ACCEPTED: { description: 'The courier accepted liability; waiting for the money (已受理).' },
    REJECTED: { description: 'The courier refused (已驳回); final.' },
    SETTLED: { description: 'The courier paid the settled amount (已赔付); final.' },
  },
});
