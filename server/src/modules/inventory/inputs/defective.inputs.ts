import { Field, ID, InputType, Int } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { DefectiveSource } from '../entities/defective-holding.entity.js';

@InputType({ description: 'Filters for goods kept apart.' })
export class DefectiveHoldingFilter {
  @Field(() => ID, { nullable: true, description: 'Only this warehouse.' }) warehouseId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only goods of this supplier.' }) supplierId?: string | null;
  @Field(() => DefectiveSource, { nullable: true, description: 'Only this source.' }) source?: DefectiveSource | null;
  @Field(() => Boolean, { nullable: true, description: 'Only holdings with units still held.' }) openOnly?: boolean | null;
}

@InputType({ description: 'Sort order of holdings by time put aside.' })
export class DefectiveHoldingSort {
  @Field(() => SortDirection, { description: 'DESC (default) shows the newest first.' }) direction!: SortDirection;
}

@InputType({ description: 'Saleable stock found defective: it leaves on-hand (an OTHER_OUT ledger row) and is kept apart for the supplier.' })
export class SetAsideDefectiveInput {
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => ID, { description: 'The warehouse holding it.' }) warehouseId!: string;
  @Field(() => Int, { description: 'Units, a whole number ≥ 1.' }) quantity!: number;
  @Field(() => String, { description: 'What is wrong with them (required).' }) reason!: string;
  @Field(() => ID, { nullable: true, description: 'The supplier they will go back to, if known.' }) supplierId?: string | null;
}
