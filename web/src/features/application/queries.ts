import { graphql } from '../../gql';

// The parts several operations read, once: a moved application, a file, a score.
graphql(`
  fragment ApplicationMoved on Application {
    id
    version
    state
  }
`);

graphql(`
  fragment GeneratedFileParts on GeneratedFile {
    fileName
    contentType
    base64
  }
`);

graphql(`
  fragment ScoreResultParts on ScoreItem {
    indicator
    points
    counted
    note
  }
`);

graphql(`
  fragment ExcludedMonthParts on ExcludedMonth {
    month
    reasons
    note
  }
`);

graphql(`
  fragment SimulatedScoreParts on SimulatedScore {
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
`);

/** One application as its applicant or HR sees it: where it is, its history, its form and score. */
export const APPLICATION = graphql(`
  query ApplicationDetail($id: ID!) {
    application(id: $id) {
      id
      kind
      state
      version
      applicantId
      permitEndorsedOn
      renewalWindow {
        endorsedOn
        opensOn
        closesOn
        provisional
        position
      }
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
        code
        fields
        reason
      }
      notice {
        documentNo
        verificationCode
        verifyUrl
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
        ...SimulatedScoreParts
      }
      assessment {
        total
        standard
        eligible
        vetoed
        ruleSetVersion
        items {
          ...ScoreResultParts
        }
        excludedMonths {
          ...ExcludedMonthParts
        }
      }
      appeals {
        id
        subject
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
        ...SimulatedScoreParts
      }
    }
  }
`);

export const SUBMIT_TO_EMPLOYER = graphql(`
  mutation SubmitToEmployer($id: ID!, $version: Int!) {
    submitToEmployer(id: $id, version: $version) {
      ...ApplicationMoved
    }
  }
`);

export const APPROVE_AND_SUBMIT = graphql(`
  mutation ApproveAndSubmit($id: ID!, $version: Int!) {
    approveAndSubmit(id: $id, version: $version) {
      ...ApplicationMoved
    }
  }
`);

export const RETURN_TO_APPLICANT = graphql(`
  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {
    returnToApplicant(id: $id, version: $version, reason: $reason) {
      ...ApplicationMoved
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
      ...GeneratedFileParts
    }
  }
`);

export const POINTS_NOTICE = graphql(`
  query PointsNotice($id: ID!) {
    pointsNotice(applicationId: $id) {
      ...GeneratedFileParts
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

/** 复核 of a rejection decided without a score: on its reason; upheld, the application is checked again. */
export const REQUEST_REJECTION_APPEAL = graphql(`
  mutation RequestRejectionAppeal($input: RejectionAppealRequestInput!) {
    requestRejectionAppeal(input: $input) {
      id
      state
    }
  }
`);

export const RECORD_ENDORSEMENT = graphql(`
  mutation RecordPermitEndorsement($id: ID!, $endorsedOn: String!) {
    recordPermitEndorsement(id: $id, endorsedOn: $endorsedOn) {
      id
      version
      permitEndorsedOn
    }
  }
`);
