import { graphql } from '../../../gql';
import type { AssessmentMethod, SupplierGrade, SupplierStatus } from '../../../gql/graphql';

export const SUPPLIER_STATUSES: SupplierStatus[] = ['APPROVED', 'PROSPECTIVE', 'SUSPENDED', 'BLACKLISTED'];
export const SUPPLIER_GRADES: SupplierGrade[] = ['A', 'B', 'C', 'D'];
export const ASSESSMENT_METHODS: AssessmentMethod[] = ['DOCUMENT_REVIEW', 'SITE_VISIT', 'SAMPLE_TEST', 'THIRD_PARTY_AUDIT'];

export const SuppliersQuery = graphql(`
  query Suppliers($first: Int, $after: String, $where: SupplierFilter, $sort: SupplierSort) {
    suppliers(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id code name grade status categories paymentTerms createdAt
        partner { id active contactName contactPhone }
        latestScore { id period composite }
      }
    }
  }
`);

export const SupplierRankingQuery = graphql(`
  query SupplierRanking($period: String!, $limit: Int) {
    supplierRanking(period: $period, limit: $limit) {
      rank
      scorecard {
        supplierId composite
        supplier { id code name }
        quality { score source } delivery { score source } price { score source } service { score source } credit { score source }
        rates { qcPassRate onTimeRate }
      }
    }
  }
`);

export const SupplierQuery = graphql(`
  query Supplier($partnerId: ID!) {
    supplier(partnerId: $partnerId) {
      id code name grade status categories paymentTerms createdAt
      contacts { name role phone email }
      partner { id code name active contactName contactPhone contactEmail notes }
      skus { id unitPrice leadTimeDays minOrderQuantity preferred supplierSkuCode sku { id code spec { name value } product { id title } } }
      history { id at actorLabel actor { id name } fromState toState note }
    }
  }
`);

export const SupplierEvaluationsQuery = graphql(`
  query SupplierEvaluations($first: Int, $after: String, $where: SupplierEvaluationFilter) {
    supplierEvaluations(first: $first, after: $after, where: $where, sort: { direction: DESC }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id period method quality delivery price service credit notes createdAt evaluator { id name } }
    }
  }
`);

export const SupplierScorecardQuery = graphql(`
  query SupplierScorecard($supplierId: ID!, $period: String!) {
    supplierScorecard(supplierId: $supplierId, period: $period) {
      period composite complaints
      quality { score source weight } delivery { score source weight } price { score source weight }
      service { score source weight } credit { score source weight }
      facts { receipts onTimeReceipts orderedUnits receivedUnits acceptedUnits rejectedUnits returnedUnits }
      rates { qcPassRate returnRate complaintsPer100Units onTimeRate }
    }
  }
`);

export const SupplierScoreHistoryQuery = graphql(`
  query SupplierScoreHistory($supplierId: ID!) {
    supplierScoreHistory(supplierId: $supplierId) { id period composite quality delivery price service credit computedAt }
  }
`);

export const CreateSupplierPartnerMutation = graphql(`
  mutation CreateSupplierPartner($input: CreatePartnerInput!) {
    createPartner(input: $input) { partner { id code name } errors { field message code } }
  }
`);

export const SaveSupplierProfileMutation = graphql(`
  mutation SaveSupplierProfile($input: SaveSupplierProfileInput!) {
    saveSupplierProfile(input: $input) {
      supplier { id grade status categories paymentTerms contacts { name role phone email } history { id at actorLabel actor { id name } fromState toState note } }
      errors { field message code }
    }
  }
`);

export const SaveSupplierSkuMutation = graphql(`
  mutation SaveSupplierSku($input: SaveSupplierSkuInput!) {
    saveSupplierSku(input: $input) { supplierSku { id } errors { field message code } }
  }
`);

export const RemoveSupplierSkuMutation = graphql(`
  mutation RemoveSupplierSku($input: RemoveSupplierSkuInput!) {
    removeSupplierSku(input: $input) { supplierSku { id } errors { field message code } }
  }
`);

export const RecordSupplierEvaluationMutation = graphql(`
  mutation RecordSupplierEvaluation($input: RecordSupplierEvaluationInput!) {
    recordSupplierEvaluation(input: $input) { evaluation { id } snapshot { id period composite } errors { field message code } }
  }
`);

export const ScoreSuppliersMutation = graphql(`
  mutation ScoreSuppliersForPeriod($input: ScoreSuppliersInput!) {
    scoreSuppliersForPeriod(input: $input) { snapshots { id period composite } errors { field message code } }
  }
`);
