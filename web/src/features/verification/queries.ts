import { graphql } from '../../gql';

graphql(`
  fragment VerificationTaskParts on VerificationTask {
    id
    caseId
    district
    kind
    archiveMode
    automated
    status
    reason
    note
    forgedMaterial
    requestedAt
    archiveArrivedOn
    letterReturnedOn
    completedManually
    completedAt
    version
    createdAt
  }
`);

export const RECORD_ARCHIVE_ARRIVAL = graphql(`
  mutation RecordArchiveArrival($input: RecordArchiveArrivalInput!) {
    recordArchiveArrival(input: $input) {
      ...VerificationTaskParts
    }
  }
`);

export const COMPLETE_VERIFICATION_TASK = graphql(`
  mutation CompleteVerificationTask($input: CompleteVerificationTaskInput!) {
    completeVerificationTask(input: $input) {
      ...VerificationTaskParts
    }
  }
`);

/** The tasks the caller may work on (the city verifier: education of every district), oldest first. */
export const VERIFICATION_TASKS = graphql(`
  query VerificationTasks($filter: VerificationTaskFilter, $first: Int!, $after: String) {
    verificationTasks(filter: $filter, first: $first, after: $after) {
      items {
        ...VerificationTaskParts
      }
      endCursor
      hasNextPage
    }
  }
`);

/** Which application a task belongs to, as far as the caller may know: receipt, district, archive. */
export const TASK_CASE = graphql(`
  query TaskCase($id: ID!) {
    verificationCase(id: $id) {
      id
      district
      receiptNo
      acceptedOn
      archiveHolder
    }
  }
`);
