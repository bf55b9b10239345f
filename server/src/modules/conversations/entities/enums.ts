import { registerEnumType } from 'type-graphql';

export enum MessageSender { BUYER = 'BUYER', STAFF = 'STAFF' }
registerEnumType(MessageSender, {
  name: 'MessageSender', description: 'Who wrote a chat message.',
  valuesConfig: { BUYER: { description: 'The buyer.' }, STAFF: { description: 'A staff member.' } },
});

export enum ConversationSource { MANUAL = 'MANUAL', IMPORT = 'IMPORT' }
registerEnumType(ConversationSource, {
  name: 'ConversationSource', description: 'How a conversation entered the log.',
  valuesConfig: { MANUAL: { description: 'Entered by hand.' }, IMPORT: { description: 'Imported from the chat platform’s CSV export.' } },
});

export enum QuickReplyKind { QUICK_REPLY = 'QUICK_REPLY', FAQ = 'FAQ' }
registerEnumType(QuickReplyKind, {
  name: 'QuickReplyKind', description: 'A short canned phrase or a question with its answer.',
  valuesConfig: { QUICK_REPLY: { description: 'Quick reply (快捷短语).' }, FAQ: { description: 'FAQ entry (常见问题).' } },
});

export enum UnclosedReason { PRICE = 'PRICE', SHIPPING = 'SHIPPING', STOCK = 'STOCK', COMPARING = 'COMPARING', HESITATING = 'HESITATING', PAYMENT = 'PAYMENT', OTHER = 'OTHER' }
registerEnumType(UnclosedReason, {
  name: 'UnclosedReason', description: 'Why a buyer asked but did not buy.',
  valuesConfig: {
    PRICE: { description: 'Price too high.' }, SHIPPING: { description: 'Shipping cost or time.' }, STOCK: { description: 'Out of stock or wrong variant.' },
    COMPARING: { description: 'Comparing with other shops.' }, HESITATING: { description: 'Undecided.' }, PAYMENT: { description: 'Payment problem.' }, OTHER: { description: 'Other.' },
  },
});

export enum IntentLevel { HIGH = 'HIGH', MEDIUM = 'MEDIUM', LOW = 'LOW' }
registerEnumType(IntentLevel, {
  name: 'IntentLevel', description: 'How likely the buyer is to buy; HIGH marks an intent buyer (意向客户).',
  valuesConfig: { HIGH: { description: 'Intent buyer.' }, MEDIUM: { description: 'Possible.' }, LOW: { description: 'Unlikely.' } },
});

export enum UnclosedStatus { OPEN = 'OPEN', CONVERTED = 'CONVERTED', LOST = 'LOST' }
registerEnumType(UnclosedStatus, {
  name: 'UnclosedStatus', description: 'State of an unclosed-purchase entry.',
  valuesConfig: { OPEN: { description: 'Being followed up.' }, CONVERTED: { description: 'The buyer bought.' }, LOST: { description: 'Given up.' } },
});
