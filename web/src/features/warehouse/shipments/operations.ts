import { graphql } from '../../../gql';

export const ShipmentsQuery = graphql(`
  query Shipments($first: Int, $after: String, $where: ShipmentFilter, $sort: TimeSort) {
    shipments(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ShipmentRow }
    }
  }
`);

export const OverdueShipmentsQuery = graphql(`
  query OverdueShipments($first: Int, $after: String, $days: Int, $courierId: ID) {
    overdueShipments(first: $first, after: $after, days: $days, courierId: $courierId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ShipmentRow }
    }
  }
`);

export const ShipmentRowFragment = graphql(`
  fragment ShipmentRow on Shipment {
    id
    waybillNo
    status
    packageCount
    weightGrams
    costFen
    shippedAt
    lastEventAt
    signedAt
    courier { id code name }
    order { id code receiverName province city }
  }
`);

export const ShipmentQuery = graphql(`
  query Shipment($id: ID!) {
    shipment(id: $id) {
      ...ShipmentRow
      events { id at status location description source actorLabel actor { id name } }
    }
  }
`);

export const AddTrackingEventMutation = graphql(`
  mutation AddTrackingEvent($input: AddTrackingEventInput!) {
    addTrackingEvent(input: $input) {
      shipment { id status lastEventAt signedAt }
      errors { field message code }
    }
  }
`);

export const ImportTrackingMutation = graphql(`
  mutation ImportTrackingCsv($input: ImportTrackingInput!) {
    importTrackingCsv(input: $input) {
      imported
      duplicates
      rowErrors { row column message code }
      errors { field message code }
    }
  }
`);
