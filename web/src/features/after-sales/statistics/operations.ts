import { graphql } from '../../../gql';

export const ComplaintStatRowFragment = graphql(`
  fragment AsComplaintStatRow on ComplaintStatRow { key label count closedCount resolvedWithin24hCount resolvedWithin24hShare averageResolutionMinutes }
`);

export const ComplaintStatisticsQuery = graphql(`
  query AsComplaintStatistics($from: DateTime!, $to: DateTime!) {
    complaintStatistics(from: $from, to: $to) {
      total { ...AsComplaintStatRow }
      byCategory { ...AsComplaintStatRow }
      byCause { ...AsComplaintStatRow }
      byDepartment { ...AsComplaintStatRow }
      byProduct { ...AsComplaintStatRow }
      bySupplier { ...AsComplaintStatRow }
      byMonth { ...AsComplaintStatRow }
    }
  }
`);

export const ReturnAnalysisQuery = graphql(`
  query AsReturnAnalysis($from: DateTime!, $to: DateTime!) {
    returnAnalysis(from: $from, to: $to) {
      requests units restockedUnits defectiveUnits restockShare defectiveShare
      byReason { key label requests units restockedUnits defectiveUnits }
      byProduct { key label requests units restockedUnits defectiveUnits }
      bySupplier { key label requests units restockedUnits defectiveUnits }
      byMonth { key label requests units restockedUnits defectiveUnits }
    }
  }
`);

export const ReviewCountsQuery = graphql(`
  query AsReviewCounts($from: DateTime!, $to: DateTime!, $period: ReviewPeriod!) {
    reviewCounts(from: $from, to: $to, period: $period) { period startsAt total good neutral bad replied revised averageRating }
    reviewCountsByProduct(from: $from, to: $to) { total good neutral bad averageRating product { id title } }
  }
`);
