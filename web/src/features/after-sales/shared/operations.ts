import { graphql } from '../../../gql';

/** Customers found by name, phone or account, for the complaint intake's customer picker. */
export const AsCustomerOptionsQuery = graphql(`
  query AsCustomerOptions($search: String) {
    customers(first: 20, where: { search: $search, mine: false }, sort: { field: NAME, direction: ASC }) {
      nodes { id name phone platformAccount vip }
    }
  }
`);

/** A customer's recent orders with their lines, for picking the order (and product) a complaint or return is about. */
export const AsCustomerOrdersQuery = graphql(`
  query AsCustomerOrders($where: OrderFilter) {
    orders(first: 30, where: $where, sort: { field: PLACED_AT, direction: DESC }) {
      nodes {
        id code status placedAt totalFen receiverName
        customer { id name }
        lines { id quantity title skuCode isGift lineTotalFen sku { id code product { id title } } }
      }
    }
  }
`);
