import { registerEnumType } from 'type-graphql';

export enum ReturnType { RETURN = 'RETURN', EXCHANGE = 'EXCHANGE', REFUND_ONLY = 'REFUND_ONLY' }
registerEnumType(ReturnType, {
  name: 'ReturnType', description: 'What the buyer asks for (退货 / 换货 / 仅退款).',
  valuesConfig: {
    RETURN: { description: 'Return the goods for a refund (退货退款).' },
    EXCHANGE: { description: 'Return the goods and receive a replacement (换货), shipped as a zero-priced replacement order.' },
    REFUND_ONLY: { description: 'Refund without sending goods back (仅退款); skips receiving and inspection.' },
  },
});

export enum ReturnStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RECEIVED = 'RECEIVED',
  INSPECTED = 'INSPECTED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ReturnStatus, {
  name: 'ReturnStatus', description: 'State of a return, exchange or refund request.',
  valuesConfig: {
    REQUESTED: { description: 'Opened, waiting for approval (待审核).' },
    APPROVED: { description: 'Approved; waiting for the goods to come back (REFUND_ONLY: for the refund) (已同意).' },
    REJECTED: { description: 'Refused by the approver (已拒绝); final.' },
    RECEIVED: { description: 'Goods received at a warehouse, waiting for inspection (已收货).' },
    INSPECTED: { description: 'Every received unit inspected: restocked or kept apart as defective (已检验).' },
    COMPLETED: { description: 'Done: refunds paid, replacement shipped where applicable (已完成); final.' },
    CANCELLED: { description: 'Withdrawn before the goods were received (已取消); final.' },
  },
});

export enum ReturnReasonCode {
  QUALITY_DEFECT = 'QUALITY_DEFECT',
  WRONG_ITEM = 'WRONG_ITEM',
  NOT_AS_DESCRIBED = 'NOT_AS_DESCRIBED',
  DAMAGED_IN_TRANSIT = 'DAMAGED_IN_TRANSIT',
  CHANGED_MIND = 'CHANGED_MIND',
  SIZE_SPEC = 'SIZE_SPEC',
  MISSING_PARTS = 'MISSING_PARTS',
  OTHER = 'OTHER',
}
registerEnumType(ReturnReasonCode, {
  name: 'ReturnReasonCode', description: 'Why the buyer returns (退货原因), the rows of the return analysis.',
  valuesConfig: {
    QUALITY_DEFECT: { description: 'Quality problem (质量问题).' },
    WRONG_ITEM: { description: 'We sent the wrong item (发错货).' },
    NOT_AS_DESCRIBED: { description: 'Not as described (与描述不符).' },
    DAMAGED_IN_TRANSIT: { description: 'Damaged in transit (运输破损).' },
    CHANGED_MIND: { description: 'The buyer changed their mind (七天无理由).' },
    SIZE_SPEC: { description: 'Wrong size or spec for the buyer (尺码/规格不合适).' },
    MISSING_PARTS: { description: 'Parts or accessories missing (少件/缺配件).' },
    OTHER: { description: 'Another reason (say which in the note).' },
  },
});

export enum InspectionOutcome { RESTOCK = 'RESTOCK', DEFECTIVE = 'DEFECTIVE' }
registerEnumType(InspectionOutcome, {
  name: 'InspectionOutcome', description: 'What inspection decided for returned units.',
  valuesConfig: {
    RESTOCK: { description: 'Saleable: back into stock through a RETURN_IN ledger movement (入库).' },
    DEFECTIVE: { description: 'Defective: kept apart from saleable stock as a defective holding, to go back to the supplier (次品).' },
  },
});

/** States from which nothing more happens. */
export const FINAL_RETURN_STATES = [ReturnStatus.REJECTED, ReturnStatus.COMPLETED, ReturnStatus.CANCELLED];
