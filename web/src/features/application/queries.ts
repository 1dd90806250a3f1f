import { graphql } from '../../gql';

/** One application as its applicant or HR sees it: where it is, its history, its form and score. */
export const APPLICATION = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      kind
      state
      version
      createdAt
      employerApprovedAt
      submittedAt
      receiptNo
      acceptedOn
      materialsMissing
      totalPoints
      correctedTotal
      validUntil
      decisionReason
      decidedAt
      overdue
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
      history {
        fromState
        toState
        role
        at
        reason
      }
      form {
        personal {
          name
          residentId
          sex
          birthDate
          ethnicity
          hukouPlace
          maritalStatus
          mobile
        }
        residencePermit {
          number
          validFrom
          validTo
          address
        }
        employment {
          position
          contractStart
          contractEnd
        }
        educationHistory {
          level
          school
          major
          graduationDate
          fullTime
          overseas
          certificateNo
        }
        qualifications {
          level
          name
          certificateNo
          issuedOn
          matchesPosition
        }
        socialInsurance {
          from
          to
          base
          backPaid
          payerMatchesContract
          baseMatchesTax
        }
        bonusClaims {
          entrepreneur
          innovationIntermediary
          shortageMajor
          averageAnnualTaxCny
          averageAnnualLocalHires
          publicServiceYears
          remoteSuburbYears
          freshGraduate
          awards
          spouseHukouMarriageDate
        }
        coResidents {
          relation
          name
          birthDate
          highSchoolEnrolmentProof
        }
        archiveLocation {
          kind
          holder
        }
        declarations {
          noFamilyPlanningViolation
          noCriminalRecord
        }
      }
      simulatedScore {
        total
        standard
        eligible
        ruleSetVersion
        items {
          indicator
          points
          counted
          note
        }
        problems
      }
      assessment {
        total
        standard
        eligible
        vetoed
        ruleSetVersion
        items {
          indicator
          points
          counted
          note
        }
        excludedMonths {
          month
          reasons
          note
        }
      }
      appeals {
        id
        indicator
        reason
        state
        requestedAt
        decisionNote
      }
    }
  }
`);

export const SAVE_FORM = graphql(`
  mutation SaveApplicationForm($id: ID!, $version: Int!, $form: ApplicationFormInput!) {
    updateApplicationForm(id: $id, version: $version, form: $form) {
      id
      version
      state
      simulatedScore {
        total
        standard
        eligible
        ruleSetVersion
        items {
          indicator
          points
          counted
          note
        }
        problems
      }
    }
  }
`);

export const SUBMIT_TO_EMPLOYER = graphql(`
  mutation SubmitToEmployer($id: ID!, $version: Int!) {
    submitToEmployer(id: $id, version: $version) {
      id
      version
      state
    }
  }
`);

export const APPROVE_AND_SUBMIT = graphql(`
  mutation ApproveAndSubmit($id: ID!, $version: Int!) {
    approveAndSubmit(id: $id, version: $version) {
      id
      version
      state
    }
  }
`);

export const RETURN_TO_APPLICANT = graphql(`
  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {
    returnToApplicant(id: $id, version: $version, reason: $reason) {
      id
      version
      state
    }
  }
`);

export const CREATE_APPLICATION = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      id
      version
      state
      kind
    }
  }
`);

export const APPLICATION_FORM_PDF = graphql(`
  query ApplicationFormPdf($id: ID!) {
    applicationFormPdf(applicationId: $id) {
      fileName
      contentType
      base64
    }
  }
`);

export const POINTS_NOTICE = graphql(`
  query PointsNotice($id: ID!) {
    pointsNotice(applicationId: $id) {
      fileName
      contentType
      base64
    }
  }
`);

export const REQUEST_APPEAL = graphql(`
  mutation RequestAppeal($input: AppealRequestInput!) {
    requestAppeal(input: $input) {
      id
      state
    }
  }
`);
