import { graphql } from '../../../gql';

/** How much procurement work is waiting, one count per tile. */
export const ProcurementPendingQuery = graphql(`
  query ProcurementPending {
    draftPlans: purchasePlans(first: 1, where: { status: DRAFT }) { totalCount }
    toApprove: purchaseOrders(first: 1, where: { status: DRAFT }) { totalCount }
    toSend: purchaseOrders(first: 1, where: { status: APPROVED }) { totalCount }
    awaiting: purchaseOrders(first: 1, where: { status: SENT }) { totalCount }
    overdue: purchaseOrders(first: 1, where: { overdue: true }) { totalCount }
    openRfqs: rfqs(first: 1, where: { status: SENT }) { totalCount }
  }
`);
