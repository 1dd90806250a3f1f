import { graphql } from '../../gql';

/** HRSS's appeals (复核): open ones by default, oldest request first, keyset-paged. */
export const APPEAL_LIST = graphql(`
  query AppealList($filter: AppealFilter, $first: Int, $after: String) {
    appealList(filter: $filter, first: $first, after: $after) {
      items {
        id
        applicationId
        receiptNo
        district
        subject
        indicator
        reason
        state
        requestedAt
        requestedRole
        currentTotal
        firstReviewer
        firstReviewNote
        proposedDelta
        decidedBy
        decisionNote
        decidedAt
        version
      }
      endCursor
      hasNextPage
    }
  }
`);

export const REVIEW_APPEAL = graphql(`
  mutation ReviewAppeal($id: ID!, $version: Int!, $proposedDelta: Int!, $note: String!) {
    reviewAppeal(id: $id, version: $version, proposedDelta: $proposedDelta, note: $note) {
      id
      state
      version
    }
  }
`);

export const DECIDE_APPEAL = graphql(`
  mutation DecideAppeal($id: ID!, $version: Int!, $uphold: Boolean!, $note: String!) {
    decideAppeal(id: $id, version: $version, uphold: $uphold, note: $note) {
      id
      state
      version
    }
  }
`);
