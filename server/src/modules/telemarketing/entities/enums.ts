import { registerEnumType } from 'type-graphql';

export enum LeadListStatus { OPEN = 'OPEN', CLOSED = 'CLOSED' }
registerEnumType(LeadListStatus, {
  name: 'LeadListStatus', description: 'State of a telemarketing lead list.',
  valuesConfig: { OPEN: { description: 'Being called.' }, CLOSED: { description: 'Finished; outcomes are final.' } },
});

export enum LeadOutcome { PENDING = 'PENDING', NO_ANSWER = 'NO_ANSWER', INTERESTED = 'INTERESTED', CONVERTED = 'CONVERTED', REFUSED = 'REFUSED', INVALID = 'INVALID' }
registerEnumType(LeadOutcome, {
  name: 'LeadOutcome', description: 'Result of calling a lead.',
  valuesConfig: {
    PENDING: { description: 'Not called yet.' }, NO_ANSWER: { description: 'Called, not reached.' }, INTERESTED: { description: 'Interested; follow up.' },
    CONVERTED: { description: 'Bought or signed up: the target.' }, REFUSED: { description: 'Refused; see the refusal reason.' }, INVALID: { description: 'Wrong or dead number.' },
  },
});

export enum RefusalReason { NOT_INTERESTED = 'NOT_INTERESTED', TOO_EXPENSIVE = 'TOO_EXPENSIVE', ALREADY_BOUGHT = 'ALREADY_BOUGHT', NO_NEED_NOW = 'NO_NEED_NOW', DISTRUST = 'DISTRUST', DO_NOT_CALL = 'DO_NOT_CALL', OTHER = 'OTHER' }
registerEnumType(RefusalReason, {
  name: 'RefusalReason', description: 'Why a lead refused (拒绝原因).',
  valuesConfig: {
    NOT_INTERESTED: { description: 'Not interested.' }, TOO_EXPENSIVE: { description: 'Too expensive.' }, ALREADY_BOUGHT: { description: 'Already bought elsewhere.' },
    NO_NEED_NOW: { description: 'No need at the moment.' }, DISTRUST: { description: 'Distrusts phone sales.' }, DO_NOT_CALL: { description: 'Asked not to be called again.' }, OTHER: { description: 'Other.' },
  },
});
