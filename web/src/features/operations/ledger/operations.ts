import { graphql } from '../../../gql';

export const LedgerEntriesQuery = graphql(`
  query LedgerEntries($first: Int, $after: String, $where: LedgerFilter, $sort: TimeSort) {
    ledgerEntries(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        occurredAt
        businessDay
        category
        direction
        amountFen
        reference
        note
        sourceType
        sourceId
        actorLabel
        actor { id name }
      }
    }
  }
`);

export const LedgerTotalsQuery = graphql(`
  query LedgerTotals($fromDay: String!, $toDay: String!, $fromMonth: String!, $toMonth: String!, $daily: Boolean!) {
    ledgerDailyTotals(fromDay: $fromDay, toDay: $toDay) @include(if: $daily) { period incomeFen expenseFen netFen entryCount }
    ledgerMonthlyTotals(fromMonth: $fromMonth, toMonth: $toMonth) @skip(if: $daily) { period incomeFen expenseFen netFen entryCount }
  }
`);

export const LedgerEntriesCsvQuery = graphql(`
  query LedgerEntriesCsv($where: LedgerFilter) {
    ledgerEntriesCsv(where: $where)
  }
`);

export const LedgerTotalsCsvQuery = graphql(`
  query LedgerTotalsCsv($from: String!, $to: String!, $period: LedgerPeriod!) {
    ledgerTotalsCsv(from: $from, to: $to, period: $period)
  }
`);

export const RecordLedgerEntryMutation = graphql(`
  mutation RecordLedgerEntry($input: RecordLedgerEntryInput!) {
    recordLedgerEntry(input: $input) {
      entry { id }
      errors { field message code }
    }
  }
`);
