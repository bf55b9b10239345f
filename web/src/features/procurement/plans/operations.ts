import { graphql } from '../../../gql';
import type { PlanPeriod, PurchasePlanStatus } from '../../../gql/graphql';

export const PLAN_PERIODS: PlanPeriod[] = ['DAILY', 'WEEKLY', 'MONTHLY'];
export const PLAN_STATUSES: PurchasePlanStatus[] = ['DRAFT', 'APPROVED', 'CANCELLED'];

export const PurchasePlansQuery = graphql(`
  query PurchasePlans($first: Int, $after: String, $where: PurchasePlanFilter, $sort: TimeSort) {
    purchasePlans(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id code period status startDay periodDays growthPercent lowStockOnly createdAt warehouse { id code name } lines { id quantity unitPrice } orders { id } }
    }
  }
`);


export const PurchasePlanQuery = graphql(`
  query PurchasePlan($id: ID!) {
    purchasePlan(id: $id) {
      id code period status startDay periodDays lookbackDays growthPercent lowStockOnly note approvedAt createdAt
      warehouse { id code name }
      lines {
        id quantity unitPrice suggestedQuantity soldUnits dailyVelocity available inTransit onOrder safetyStock leadTimeDays minOrderQuantity
        supplier { id code name } sku { id code spec { name value } product { id title } }
      }
      orders { id code status totalAmount supplier { id code name } }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

export const GeneratePurchasePlanMutation = graphql(`
  mutation GeneratePurchasePlan($input: GeneratePurchasePlanInput!) {
    generatePurchasePlan(input: $input) { purchasePlan { id code lines { id } } errors { field message code } }
  }
`);

export const UpdatePurchasePlanLineMutation = graphql(`
  mutation UpdatePurchasePlanLine($input: UpdatePurchasePlanLineInput!) {
    updatePurchasePlanLine(input: $input) {
      purchasePlan { id lines { id quantity unitPrice supplier { id code name } } }
      errors { field message code }
    }
  }
`);

export const AddPurchasePlanLineMutation = graphql(`
  mutation AddPurchasePlanLine($input: AddPurchasePlanLineInput!) {
    addPurchasePlanLine(input: $input) { purchasePlan { id } errors { field message code } }
  }
`);

export const RemovePurchasePlanLineMutation = graphql(`
  mutation RemovePurchasePlanLine($input: RemovePurchasePlanLineInput!) {
    removePurchasePlanLine(input: $input) { purchasePlan { id } errors { field message code } }
  }
`);

export const ApprovePurchasePlanMutation = graphql(`
  mutation ApprovePurchasePlan($input: PurchaseDocumentActionInput!) {
    approvePurchasePlan(input: $input) {
      purchasePlan { id status approvedAt orders { id code status totalAmount supplier { id code name } } history { id at actorLabel actor { id name } fromState toState note } }
      purchaseOrders { id code }
      errors { field message code }
    }
  }
`);

export const CancelPurchasePlanMutation = graphql(`
  mutation CancelPurchasePlan($input: PurchaseDocumentActionInput!) {
    cancelPurchasePlan(input: $input) {
      purchasePlan { id status history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);
