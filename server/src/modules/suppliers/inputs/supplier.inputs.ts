import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../../core/graphql/pagination.js';
import { SupplierGrade, SupplierStatus } from '../entities/supplier-profile.entity.js';
import { AssessmentMethod } from '../entities/supplier-evaluation.entity.js';

@InputType({ description: 'Filters for `suppliers`; all given conditions must hold.' })
export class SupplierFilter {
  @Field(() => String, { nullable: true, description: 'Matches part of the name, code or a category.' }) search?: string | null;
  @Field(() => SupplierStatus, { nullable: true, description: 'Only this status.' }) status?: SupplierStatus | null;
  @Field(() => SupplierGrade, { nullable: true, description: 'Only this grade.' }) grade?: SupplierGrade | null;
  @Field(() => String, { nullable: true, description: 'Only suppliers of this category (exact).' }) category?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only suppliers that supply this SKU.' }) skuId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) partners.' }) active?: boolean | null;
}

export enum SupplierSortField { NAME = 'NAME', CODE = 'CODE', GRADE = 'GRADE', STATUS = 'STATUS', CREATED_AT = 'CREATED_AT' }
registerEnumType(SupplierSortField, {
  name: 'SupplierSortField', description: 'Columns `suppliers` can be sorted by.',
  valuesConfig: { NAME: { description: 'Name.' }, CODE: { description: 'Partner code.' }, GRADE: { description: 'Grade (A first ascending).' }, STATUS: { description: 'Status.' }, CREATED_AT: { description: 'When the profile was created.' } },
});

@InputType({ description: 'Sort order of `suppliers` (default: name ascending).' })
export class SupplierSort {
  @Field(() => SupplierSortField, { description: 'Column.' }) field!: SupplierSortField;
  @Field(() => SortDirection, { description: 'Direction.' }) direction!: SortDirection;
}

@InputType({ description: 'A contact person at a supplier.' })
export class SupplierContactInput {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'Role, e.g. sales, quality, finance.' }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail.' }) email?: string | null;
}

@InputType({ description: 'Input of `saveSupplierProfile`: creates the profile of a supplier partner, or changes it; omitted fields stay.' })
export class SaveSupplierProfileInput {
  @Field(() => ID, { description: 'The partner (type SUPPLIER).' }) partnerId!: string;
  @Field(() => SupplierGrade, { nullable: true, description: 'Grade (new profiles: C).' }) grade?: SupplierGrade | null;
  @Field(() => SupplierStatus, { nullable: true, description: 'Status (new profiles: PROSPECTIVE).' }) status?: SupplierStatus | null;
  @Field(() => String, { nullable: true, description: 'Payment terms; an empty string clears them.' }) paymentTerms?: string | null;
  @Field(() => [String], { nullable: true, description: 'Categories supplied (replaces the list).' }) categories?: string[] | null;
  @Field(() => [SupplierContactInput], { nullable: true, description: 'Contacts (replaces the list).' }) contacts?: SupplierContactInput[] | null;
}

@InputType({ description: 'Filters for `supplierSkus`.' })
export class SupplierSkuFilter {
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Only this SKU.' }) skuId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only preferred (true) or other (false) rows.' }) preferred?: boolean | null;
}

@InputType({ description: 'Input of `saveSupplierSku`: adds a SKU to a supplier’s list, or changes its terms.' })
export class SaveSupplierSkuInput {
  @Field(() => ID, { description: 'The supplier (partner id).' }) supplierId!: string;
  @Field(() => ID, { description: 'The SKU.' }) skuId!: string;
  @Field(() => String, { nullable: true, description: 'The supplier’s code for it.' }) supplierSkuCode?: string | null;
  @Field(() => Int, { description: 'Unit price in fen.' }) unitPrice!: number;
  @Field(() => Int, { nullable: true, description: 'Lead time in days (default 7).' }) leadTimeDays?: number | null;
  @Field(() => Int, { nullable: true, description: 'Minimum order quantity (default 1).' }) minOrderQuantity?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Make it the preferred supplier of the SKU (unmarks the others).' }) preferred?: boolean | null;
}

@InputType({ description: 'Names a supplier SKU row.' })
export class RemoveSupplierSkuInput {
  @Field(() => ID, { description: 'The row.' }) id!: string;
}

@InputType({ description: 'Filters for `supplierEvaluations`.' })
export class SupplierEvaluationFilter {
  @Field(() => ID, { nullable: true, description: 'Only this supplier.' }) supplierId?: string | null;
  @Field(() => String, { nullable: true, description: 'Only this period (`2026-11` or `2026-Q4`).' }) period?: string | null;
  @Field(() => AssessmentMethod, { nullable: true, description: 'Only this method.' }) method?: AssessmentMethod | null;
}

@InputType({ description: 'Sort order by period (and id).' })
export class PeriodSort {
  @Field(() => SortDirection, { description: 'DESC (default) shows the latest first.' }) direction!: SortDirection;
}

@InputType({ description: 'Input of `recordSupplierEvaluation`: five scores 0–100.' })
export class RecordSupplierEvaluationInput {
  @Field(() => ID, { description: 'The supplier (partner id).' }) supplierId!: string;
  @Field(() => String, { description: 'Period: a month `2026-11` or a quarter `2026-Q4`.' }) period!: string;
  @Field(() => AssessmentMethod, { description: 'How it was assessed.' }) method!: AssessmentMethod;
  @Field(() => Int, { description: 'Quality 0–100 (counts only when the period has no receiving data).' }) quality!: number;
  @Field(() => Int, { description: 'Delivery 0–100 (counts only when the period has no receipts).' }) delivery!: number;
  @Field(() => Int, { description: 'Price 0–100.' }) price!: number;
  @Field(() => Int, { description: 'Service 0–100.' }) service!: number;
  @Field(() => Int, { description: 'Credit 0–100.' }) credit!: number;
  @Field(() => String, { nullable: true, description: 'Notes.' }) notes?: string | null;
}

@InputType({ description: 'Input of `setSupplierScoreWeights`: whole percentages that sum to 100.' })
export class SupplierScoreWeightsInput {
  @Field(() => Int, { description: 'Quality weight, %.' }) quality!: number;
  @Field(() => Int, { description: 'Delivery weight, %.' }) delivery!: number;
  @Field(() => Int, { description: 'Price weight, %.' }) price!: number;
  @Field(() => Int, { description: 'Service weight, %.' }) service!: number;
  @Field(() => Int, { description: 'Credit weight, %.' }) credit!: number;
}

@InputType({ description: 'Input of `scoreSuppliersForPeriod`.' })
export class ScoreSuppliersInput {
  @Field(() => String, { description: 'Period: `2026-11` or `2026-Q4`.' }) period!: string;
  @Field(() => [ID], { nullable: true, description: 'Only these suppliers (default: every supplier with a profile).' }) supplierIds?: string[] | null;
}
