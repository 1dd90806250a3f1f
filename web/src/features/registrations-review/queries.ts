import { graphql } from '../../gql';

/** Pending registrations of the officer's district, oldest first, with what the paper shows. */
export const REGISTRATION_QUEUE = graphql(`
  query RegistrationQueue($first: Int, $after: String) {
    registrationReviewQueue(first: $first, after: $after) {
      nodes {
        id
        name
        creditCode
        district
        status
        organisationType
        establishment
        licenceKind
        licenceNumber
        address
        legalRepresentative
        socialInsuranceNo
        version
        submittedAt
        history {
          id
          action
          reason
          at
        }
      }
      endCursor
      hasNextPage
    }
  }
`);

export const REVIEW_REGISTRATION = graphql(`
  mutation ReviewRegistration($input: ReviewRegistrationInput!) {
    reviewEmployerRegistration(input: $input) {
      id
      status
      version
    }
  }
`);
