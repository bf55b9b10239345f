import { graphql } from '../../gql';

/** Reference data every customer-service screen may need. */
export const MemberLevelsQuery = graphql(`
  query CsMemberLevels {
    memberLevels { id code name thresholdFen grantsVip customerCount }
  }
`);

export const SpecialistsQuery = graphql(`
  query CsSpecialists {
    specialists { id abilityPercent inPool customerCount overdueFirstContacts note user { id name email } }
  }
`);

export const CsStaffQuery = graphql(`
  query CsStaff {
    departments { id code }
    users(first: 100, where: { active: true }, sort: { field: NAME, direction: ASC }) {
      nodes { id name email department { id code } }
    }
  }
`);

export const CustomersQuery = graphql(`
  query CsCustomers($first: Int, $after: String, $where: CustomerFilter, $sort: CustomerSort) {
    customers(first: $first, after: $after, where: $where, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        phone
        platformAccount
        channel
        tags
        vip
        isMember
        memberLevel { id name }
        assignee { id name }
        assignedAt
        firstContactDueAt
        firstContactAt
        firstContactOverdue
        lastContactAt
        lifetimeValueFen
        contactMasked
      }
    }
  }
`);
