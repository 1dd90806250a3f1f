import { graphql } from '../../gql';

graphql(`
  fragment QueueRow on Application {
    id
    kind
    state
    version
    district
    receiptNo
    submittedAt
    assignedOfficer
    overdue
    expiresOn
    archiveDeadline {
      dueOn
      overdue
      provisional
    }
    scoringDeadline {
      dueOn
      overdue
      provisional
    }
    employer {
      id
      name
    }
    form {
      personal {
        name
      }
    }
  }
`);

/** One page of the district's queue (keyset: `after` is the last page's endCursor) and its counts. */
export const REVIEW_QUEUE = graphql(`
  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!, $after: String) {
    reviewQueue(filter: $filter, first: $first, after: $after) {
      items {
        ...QueueRow
      }
      endCursor
      hasNextPage
    }
    reviewQueueCounts {
      state
      count
    }
  }
`);

export const CLAIM_APPLICATION = graphql(`
  mutation ClaimApplication($id: ID!) {
    claimApplication(id: $id) {
      id
      version
      assignedOfficer
    }
  }
`);

export const DISTRICT_NAMES = graphql(`
  query DistrictNames {
    districts {
      code
      name
    }
  }
`);
