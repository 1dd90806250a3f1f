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

/** The district's employers with forgery cases or sanctions, pending decisions first (HRSS: a district or the city). */
export const SANCTIONED_EMPLOYERS = graphql(`
  query SanctionedEmployers($district: String) {
    sanctionedEmployers(district: $district) {
      id
      name
      creditCode
      district
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

/** 第二十二条's cases on applicants: HRSS the city or one district, the centre its own. */
export const APPLICANT_FORGERY_CASES = graphql(`
  query ApplicantForgeryCases($district: String) {
    applicantForgeryCases(district: $district) {
      id
      district
      foundOn
      note
      status
      serious
      bannedUntil
      decidedRole
      decidedAt
      decisionReason
      appealReason
      appealUpheld
    }
  }
`);
