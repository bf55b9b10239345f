import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { FieldError } from '../../../core/errors.js';
import { ConnectionType } from '../../../core/graphql/pagination.js';
import { SupplierProfile } from '../entities/supplier-profile.entity.js';
import { SupplierSku } from '../entities/supplier-sku.entity.js';
import { SupplierEvaluation } from '../entities/supplier-evaluation.entity.js';
import { SupplierScoreSettings, SupplierScoreSnapshot } from '../entities/supplier-score.entity.js';

@ObjectType({ description: 'A page of suppliers.' })
export class SupplierConnection extends ConnectionType(SupplierProfile, 'Supplier', 'supplier') {}

@ObjectType({ description: 'A page of supplier SKU rows.' })
export class SupplierSkuConnection extends ConnectionType(SupplierSku, 'SupplierSku', 'supplier SKU') {}

@ObjectType({ description: 'A page of supplier evaluations.' })
export class SupplierEvaluationConnection extends ConnectionType(SupplierEvaluation, 'SupplierEvaluation', 'supplier evaluation') {}

@ObjectType({ description: 'Result of saving a supplier profile.' })
export class SupplierProfilePayload {
  @Field(() => SupplierProfile, { nullable: true, description: 'The supplier after the change; null on failure.' }) supplier?: SupplierProfile | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, REQUIRED, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of a change to a supplier’s SKU list.' })
export class SupplierSkuPayload {
  @Field(() => SupplierSku, { nullable: true, description: 'The row; null on failure.' }) supplierSku?: SupplierSku | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of recording an evaluation.' })
export class SupplierEvaluationPayload {
  @Field(() => SupplierEvaluation, { nullable: true, description: 'The evaluation; null on failure.' }) evaluation?: SupplierEvaluation | null;
  @Field(() => SupplierScoreSnapshot, { nullable: true, description: 'The period’s score as stored with it.' }) snapshot?: SupplierScoreSnapshot | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, NOT_FOUND.' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of changing the score weights.' })
export class SupplierScoreWeightsPayload {
  @Field(() => SupplierScoreSettings, { nullable: true, description: 'The weights now in force; null on failure.' }) weights?: SupplierScoreSettings | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID, WEIGHTS_SUM (they must sum to 100).' }) errors!: FieldError[];
}

@ObjectType({ description: 'Result of scoring a period.' })
export class SupplierScoreSnapshotsPayload {
  @Field(() => [SupplierScoreSnapshot], { nullable: true, description: 'The stored snapshots.' }) snapshots?: SupplierScoreSnapshot[] | null;
  @Field(() => [FieldError], { description: 'Expected failures: INVALID.' }) errors!: FieldError[];
}

export enum ScoreSourceEnum { COMPUTED = 'COMPUTED', EVALUATION = 'EVALUATION', NONE = 'NONE' }
registerEnumType(ScoreSourceEnum, {
  name: 'ScoreSource', description: 'Where a score came from.',
  valuesConfig: {
    COMPUTED: { description: 'Computed from receiving, return and complaint events.' },
    EVALUATION: { description: 'The average of the evaluators’ scores for the period.' },
    NONE: { description: 'No data and no evaluation.' },
  },
});

@ObjectType({ description: 'One of the five scores with its source and weight.' })
export class ScoreFigure {
  @Field(() => Float, { nullable: true, description: 'Score 0–100; null when unknown.' }) score!: number | null;
  @Field(() => ScoreSourceEnum, { description: 'Where it came from.' }) source!: ScoreSourceEnum;
  @Field(() => Int, { description: 'Its weight in the composite, %.' }) weight!: number;
}

@ObjectType({ description: 'What a supplier delivered in a period (from purchasing).' })
export class SupplierDeliveryFacts {
  @Field(() => Int, { description: 'Receipts (deliveries).' }) receipts!: number;
  @Field(() => Int, { description: 'Receipts on or before the promised (else expected) date.' }) onTimeReceipts!: number;
  @Field(() => Int, { description: 'Units ordered (orders sent in the period).' }) orderedUnits!: number;
  @Field(() => Int, { description: 'Units received (accepted + rejected).' }) receivedUnits!: number;
  @Field(() => Int, { description: 'Units accepted at QC.' }) acceptedUnits!: number;
  @Field(() => Int, { description: 'Units rejected at QC.' }) rejectedUnits!: number;
  @Field(() => Int, { description: 'Units returned to the supplier.' }) returnedUnits!: number;
}

@ObjectType({ description: 'Rates derived from the facts; null when the denominator is 0.' })
export class SupplierScoreRates {
  @Field(() => Float, { nullable: true, description: 'Accepted ÷ (accepted + rejected), 0–1.' }) qcPassRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'On-time receipts ÷ receipts, 0–1.' }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Returned ÷ received units, 0–1.' }) returnRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Complaints traced to the supplier per 100 received units.' }) complaintsPer100Units!: number | null;
}

@ObjectType({ description: 'A supplier’s score for a period with every figure and the numbers behind it. Quality = 60 % QC pass rate + 25 % return score (100 − 500 × return rate) + 15 % complaint score (100 − 20 × complaints per 100 units), when units were received; delivery = 100 × on-time rate, when there were receipts; otherwise the evaluators’ scores. Price, service and credit are the average of the period’s evaluations. The composite weighs the known scores.' })
export class SupplierScorecard {
  @Field(() => ID, { description: 'The supplier (partner id).' }) supplierId!: number;
  @Field(() => String, { description: 'The period.' }) period!: string;
  @Field(() => Date, { description: 'Start of the period (UTC instant of the shop-local midnight).' }) from!: Date;
  @Field(() => Date, { description: 'End of the period, exclusive.' }) to!: Date;
  @Field(() => SupplierDeliveryFacts, { description: 'Receiving and return facts.' }) facts!: SupplierDeliveryFacts;
  @Field(() => Int, { description: 'Complaints traced to the supplier in the period.' }) complaints!: number;
  @Field(() => SupplierScoreRates, { description: 'Derived rates.' }) rates!: SupplierScoreRates;
  @Field(() => Float, { nullable: true, description: 'Quality computed from events; null without received units.' }) computedQuality!: number | null;
  @Field(() => Float, { nullable: true, description: 'Delivery computed from events; null without receipts.' }) computedDelivery!: number | null;
  @Field(() => [ID], { description: 'The evaluations averaged in.' }) evaluationIds!: number[];
  @Field(() => ScoreFigure, { description: 'Quality.' }) quality!: ScoreFigure;
  @Field(() => ScoreFigure, { description: 'Delivery.' }) delivery!: ScoreFigure;
  @Field(() => ScoreFigure, { description: 'Price.' }) price!: ScoreFigure;
  @Field(() => ScoreFigure, { description: 'Service.' }) service!: ScoreFigure;
  @Field(() => ScoreFigure, { description: 'Credit.' }) credit!: ScoreFigure;
  @Field(() => Float, { nullable: true, description: 'Weighted composite 0–100; null when no score is known.' }) composite!: number | null;
}

@ObjectType({ description: 'A row of the supplier ranking.' })
export class SupplierRankingRow {
  @Field(() => Int, { description: 'Position, 1 = best.' }) rank!: number;
  @Field(() => SupplierScorecard, { description: 'The scorecard.' }) scorecard!: SupplierScorecard;
}
