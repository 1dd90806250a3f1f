import { graphql } from '../../gql';

/** What the centre sees of an application beyond what HR and the applicant see. */
export const OFFICER_APPLICATION = graphql(`
  query OfficerApplication($id: ID!) {
    application(id: $id) {
      id
      district
      assignedOfficer
      scoringStartedOn
      scoringFailure
      revocationRequest
      findings {
        code
        note
      }
      employer {
        id
        name
        creditCode
      }
    }
  }
`);

/** The verification case of an accepted application, with each check and what its registry answered. */
export const CASE_OF_APPLICATION = graphql(`
  query CaseOfApplication($id: ID!) {
    verificationCaseOfApplication(applicationId: $id) {
      id
      status
      outcome
      receiptNo
      acceptedOn
      archiveHolder
      completedAt
      findings {
        code
        note
      }
      tasks {
        items {
          ...VerificationTaskParts
        }
      }
    }
  }
`);

export const ACCEPT_APPLICATION = graphql(`
  mutation AcceptApplication($id: ID!, $version: Int!) {
    acceptApplication(id: $id, version: $version) {
      id
      version
      state
      receiptNo
    }
  }
`);

export const REQUEST_MATERIALS = graphql(`
  mutation RequestMaterials($id: ID!, $version: Int!, $missing: [String!]!) {
    requestMaterials(id: $id, version: $version, missing: $missing) {
      id
      version
      state
      materialsMissing
    }
  }
`);

export const REJECT_APPLICATION = graphql(`
  mutation RejectApplication($id: ID!, $version: Int!, $reason: String!) {
    rejectApplication(id: $id, version: $version, reason: $reason) {
      id
      version
      state
    }
  }
`);

export const REVOKE_APPLICATION = graphql(`
  mutation RevokeApplication($id: ID!, $version: Int!, $employerRequest: String!) {
    revokeApplication(id: $id, version: $version, employerRequest: $employerRequest) {
      id
      version
      state
    }
  }
`);
