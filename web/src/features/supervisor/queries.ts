import { graphql } from '../../gql';

/** The officers of the supervisor's district: whom work may be handed to. */
export const DISTRICT_OFFICERS = graphql(`
  query DistrictOfficers {
    districtOfficers {
      id
      name
      username
    }
  }
`);

export const ASSIGN_APPLICATION = graphql(`
  mutation AssignApplication($id: ID!, $officerId: String!) {
    assignApplication(id: $id, officerId: $officerId) {
      id
      version
      assignedOfficer
    }
  }
`);

/** The district's employers with forgery cases or sanctions, pending decisions first. */
export const SANCTIONED_EMPLOYERS = graphql(`
  query SanctionedEmployers {
    sanctionedEmployers {
      id
      name
      creditCode
      suspended
      suspendedUntil
      sanctions {
        id
        status
        fineCny
        suspendedUntil
        reason
        decidedRole
        decidedAt
        forgeryCaseId
        foundOn
        createdAt
      }
    }
  }
`);

export const DECIDE_SANCTION = graphql(`
  mutation DecideSanction($input: RecordSanctionInput!) {
    recordEmployerSanction(input: $input) {
      id
      suspendedUntil
    }
  }
`);
