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
