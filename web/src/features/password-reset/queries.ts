import { graphql } from '../../gql';

/** Who the resident ID belongs to, within the officer's district (its applications' applicant). */
export const APPLICANT_BY_RESIDENT_ID = graphql(`
  query ApplicantByResidentId($residentId: String!) {
    applicationsByResidentId(residentId: $residentId) {
      id
      applicantId
      employer {
        id
        name
      }
    }
  }
`);

export const APPLICANT_ACCOUNT = graphql(`
  query ApplicantAccount($id: ID!) {
    account(id: $id) {
      id
      name
      residentId
      mobile
      district
    }
  }
`);

export const RESET_APPLICANT_PASSWORD = graphql(`
  mutation ResetApplicantPassword($input: ResetApplicantPasswordInput!) {
    resetApplicantPassword(input: $input) {
      id
      name
    }
  }
`);
