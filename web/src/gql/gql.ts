/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      role\n      name\n      username\n      employerId\n      district\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      kind\n      state\n      createdAt\n      validUntil\n      receiptNo\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  fragment ApplicationMoved on Application {\n    id\n    version\n    state\n  }\n": typeof types.ApplicationMovedFragmentDoc,
    "\n  fragment GeneratedFileParts on GeneratedFile {\n    fileName\n    contentType\n    base64\n  }\n": typeof types.GeneratedFilePartsFragmentDoc,
    "\n  fragment ScoreResultParts on ScoreItem {\n    indicator\n    points\n    counted\n    note\n  }\n": typeof types.ScoreResultPartsFragmentDoc,
    "\n  fragment ExcludedMonthParts on ExcludedMonth {\n    month\n    reasons\n    note\n  }\n": typeof types.ExcludedMonthPartsFragmentDoc,
    "\n  fragment SimulatedScoreParts on SimulatedScore {\n    total\n    standard\n    eligible\n    ruleSetVersion\n    items {\n      indicator\n      points\n      counted\n      note\n    }\n    problems\n  }\n": typeof types.SimulatedScorePartsFragmentDoc,
    "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      kind\n      state\n      version\n      applicantId\n      permitEndorsedOn\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n      createdAt\n      employerApprovedAt\n      submittedAt\n      receiptNo\n      acceptedOn\n      materialsMissing\n      totalPoints\n      correctedTotal\n      validUntil\n      decisionReason\n      decidedAt\n      overdue\n      archiveDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      scoringDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      history {\n        fromState\n        toState\n        role\n        at\n        code\n        fields\n        reason\n      }\n      notice {\n        documentNo\n        verificationCode\n        verifyUrl\n      }\n      form {\n        personal {\n          name\n          residentId\n          sex\n          birthDate\n          ethnicity\n          hukouPlace\n          maritalStatus\n          mobile\n        }\n        residencePermit {\n          number\n          validFrom\n          validTo\n          address\n        }\n        employment {\n          position\n          contractStart\n          contractEnd\n        }\n        educationHistory {\n          level\n          school\n          major\n          graduationDate\n          fullTime\n          overseas\n          certificateNo\n        }\n        qualifications {\n          level\n          name\n          certificateNo\n          issuedOn\n          matchesPosition\n        }\n        socialInsurance {\n          from\n          to\n          base\n          backPaid\n          payerMatchesContract\n          baseMatchesTax\n        }\n        bonusClaims {\n          entrepreneur\n          innovationIntermediary\n          shortageMajor\n          averageAnnualTaxCny\n          averageAnnualLocalHires\n          publicServiceYears\n          remoteSuburbYears\n          freshGraduate\n          awards\n          spouseHukouMarriageDate\n        }\n        coResidents {\n          relation\n          name\n          birthDate\n          highSchoolEnrolmentProof\n        }\n        archiveLocation {\n          kind\n          holder\n        }\n        declarations {\n          noFamilyPlanningViolation\n          noCriminalRecord\n        }\n      }\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n      assessment {\n        total\n        standard\n        eligible\n        vetoed\n        ruleSetVersion\n        items {\n          ...ScoreResultParts\n        }\n        excludedMonths {\n          ...ExcludedMonthParts\n        }\n      }\n      appeals {\n        id\n        indicator\n        reason\n        state\n        requestedAt\n        decisionNote\n      }\n    }\n  }\n": typeof types.ApplicationDetailDocument,
    "\n  mutation SaveApplicationForm($id: ID!, $version: Int!, $form: ApplicationFormInput!) {\n    updateApplicationForm(id: $id, version: $version, form: $form) {\n      id\n      version\n      state\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n    }\n  }\n": typeof types.SaveApplicationFormDocument,
    "\n  mutation SubmitToEmployer($id: ID!, $version: Int!) {\n    submitToEmployer(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n": typeof types.SubmitToEmployerDocument,
    "\n  mutation ApproveAndSubmit($id: ID!, $version: Int!) {\n    approveAndSubmit(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n": typeof types.ApproveAndSubmitDocument,
    "\n  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {\n    returnToApplicant(id: $id, version: $version, reason: $reason) {\n      ...ApplicationMoved\n    }\n  }\n": typeof types.ReturnToApplicantDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      version\n      state\n      kind\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  query ApplicationFormPdf($id: ID!) {\n    applicationFormPdf(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n": typeof types.ApplicationFormPdfDocument,
    "\n  query PointsNotice($id: ID!) {\n    pointsNotice(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n": typeof types.PointsNoticeDocument,
    "\n  mutation RequestAppeal($input: AppealRequestInput!) {\n    requestAppeal(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RequestAppealDocument,
    "\n  mutation RecordPermitEndorsement($id: ID!, $endorsedOn: String!) {\n    recordPermitEndorsement(id: $id, endorsedOn: $endorsedOn) {\n      id\n      version\n      permitEndorsedOn\n    }\n  }\n": typeof types.RecordPermitEndorsementDocument,
    "\n  query EmployerOverview($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      creditCode\n      district\n      status\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedAt\n        foundOn\n      }\n      applications {\n        id\n        kind\n        state\n        applicantId\n        createdAt\n        submittedAt\n        receiptNo\n        overdue\n        materialsMissing\n        archiveDeadline {\n          dueOn\n          overdue\n        }\n        scoringDeadline {\n          dueOn\n          overdue\n        }\n        form {\n          personal {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmployerOverviewDocument,
    "\n  query ApplicantAccounts {\n    applicantAccounts(first: 100) {\n      nodes {\n        id\n        name\n        residentId\n        mobile\n        permitDate\n        employerId\n        createdAt\n      }\n    }\n  }\n": typeof types.ApplicantAccountsDocument,
    "\n  mutation CreateApplicantAccount($input: CreateApplicantAccountInput!) {\n    createApplicantAccount(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateApplicantAccountDocument,
    "\n  mutation ReleaseApplicant($input: ReleaseApplicantInput!) {\n    releaseApplicant(input: $input) {\n      id\n      employerId\n    }\n  }\n": typeof types.ReleaseApplicantDocument,
    "\n  query OfficerApplication($id: ID!) {\n    application(id: $id) {\n      id\n      district\n      assignedOfficer\n      scoringStartedOn\n      scoringFailure\n      revocationRequest\n      findings {\n        code\n        note\n      }\n      employer {\n        id\n        name\n        creditCode\n      }\n    }\n  }\n": typeof types.OfficerApplicationDocument,
    "\n  query CaseOfApplication($id: ID!) {\n    verificationCaseOfApplication(applicationId: $id) {\n      id\n      status\n      outcome\n      receiptNo\n      acceptedOn\n      archiveHolder\n      completedAt\n      findings {\n        code\n        note\n      }\n      tasks {\n        items {\n          ...VerificationTaskParts\n        }\n      }\n    }\n  }\n": typeof types.CaseOfApplicationDocument,
    "\n  mutation AcceptApplication($id: ID!, $version: Int!) {\n    acceptApplication(id: $id, version: $version) {\n      id\n      version\n      state\n      receiptNo\n    }\n  }\n": typeof types.AcceptApplicationDocument,
    "\n  mutation RequestMaterials($id: ID!, $version: Int!, $missing: [String!]!) {\n    requestMaterials(id: $id, version: $version, missing: $missing) {\n      id\n      version\n      state\n      materialsMissing\n    }\n  }\n": typeof types.RequestMaterialsDocument,
    "\n  mutation RejectApplication($id: ID!, $version: Int!, $reason: String!) {\n    rejectApplication(id: $id, version: $version, reason: $reason) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.RejectApplicationDocument,
    "\n  mutation RevokeApplication($id: ID!, $version: Int!, $employerRequest: String!) {\n    revokeApplication(id: $id, version: $version, employerRequest: $employerRequest) {\n      id\n      version\n      state\n    }\n  }\n": typeof types.RevokeApplicationDocument,
    "\n  query ApplicantByResidentId($residentId: String!) {\n    applicationsByResidentId(residentId: $residentId) {\n      id\n      applicantId\n      employer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApplicantByResidentIdDocument,
    "\n  query ApplicantAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      residentId\n      mobile\n      district\n    }\n  }\n": typeof types.ApplicantAccountDocument,
    "\n  mutation ResetApplicantPassword($input: ResetApplicantPasswordInput!) {\n    resetApplicantPassword(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ResetApplicantPasswordDocument,
    "\n  query Districts {\n    districts {\n      code\n      name\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      employerId\n      status\n      district\n      hrUsernames\n    }\n  }\n": typeof types.RegisterEmployerDocument,
    "\n  query RegistrationQueue($first: Int, $after: String) {\n    registrationReviewQueue(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        creditCode\n        district\n        status\n        organisationType\n        establishment\n        licenceKind\n        licenceNumber\n        address\n        legalRepresentative\n        socialInsuranceNo\n        version\n        submittedAt\n        history {\n          id\n          action\n          reason\n          at\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.RegistrationQueueDocument,
    "\n  mutation ReviewRegistration($input: ReviewRegistrationInput!) {\n    reviewEmployerRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ReviewRegistrationDocument,
    "\n  fragment QueueRow on Application {\n    id\n    kind\n    state\n    version\n    district\n    receiptNo\n    submittedAt\n    assignedOfficer\n    overdue\n    archiveDeadline {\n      dueOn\n      overdue\n    }\n    scoringDeadline {\n      dueOn\n      overdue\n    }\n    employer {\n      id\n      name\n    }\n    form {\n      personal {\n        name\n      }\n    }\n  }\n": typeof types.QueueRowFragmentDoc,
    "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(filter: $filter, first: $first, after: $after) {\n      items {\n        ...QueueRow\n      }\n      endCursor\n      hasNextPage\n    }\n    reviewQueueCounts {\n      state\n      count\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "\n  mutation ClaimApplication($id: ID!) {\n    claimApplication(id: $id) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n": typeof types.ClaimApplicationDocument,
    "\n  query DistrictNames {\n    districts {\n      code\n      name\n    }\n  }\n": typeof types.DistrictNamesDocument,
    "\n  query SimulateScore($profile: ScoreProfileInput!) {\n    simulateScore(profile: $profile) {\n      total\n      standard\n      eligible\n      vetoed\n      ruleSetVersion\n      items {\n        ...ScoreResultParts\n      }\n      excludedMonths {\n        ...ExcludedMonthParts\n      }\n    }\n  }\n": typeof types.SimulateScoreDocument,
    "\n  query DistrictOfficers {\n    districtOfficers {\n      id\n      name\n      username\n    }\n  }\n": typeof types.DistrictOfficersDocument,
    "\n  mutation AssignApplication($id: ID!, $officerId: String!) {\n    assignApplication(id: $id, officerId: $officerId) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n": typeof types.AssignApplicationDocument,
    "\n  query SanctionedEmployers {\n    sanctionedEmployers {\n      id\n      name\n      creditCode\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedRole\n        decidedAt\n        forgeryCaseId\n        foundOn\n        createdAt\n      }\n    }\n  }\n": typeof types.SanctionedEmployersDocument,
    "\n  mutation DecideSanction($input: RecordSanctionInput!) {\n    recordEmployerSanction(input: $input) {\n      id\n      suspendedUntil\n    }\n  }\n": typeof types.DecideSanctionDocument,
    "\n  fragment VerificationTaskParts on VerificationTask {\n    id\n    caseId\n    district\n    kind\n    archiveMode\n    automated\n    status\n    reason\n    note\n    forgedMaterial\n    requestedAt\n    archiveArrivedOn\n    letterReturnedOn\n    completedManually\n    completedAt\n    version\n    createdAt\n  }\n": typeof types.VerificationTaskPartsFragmentDoc,
    "\n  mutation RecordArchiveArrival($input: RecordArchiveArrivalInput!) {\n    recordArchiveArrival(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n": typeof types.RecordArchiveArrivalDocument,
    "\n  mutation CompleteVerificationTask($input: CompleteVerificationTaskInput!) {\n    completeVerificationTask(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n": typeof types.CompleteVerificationTaskDocument,
    "\n  query VerificationTasks($filter: VerificationTaskFilter, $first: Int!, $after: String) {\n    verificationTasks(filter: $filter, first: $first, after: $after) {\n      items {\n        ...VerificationTaskParts\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.VerificationTasksDocument,
    "\n  query TaskCase($id: ID!) {\n    verificationCase(id: $id) {\n      id\n      district\n      receiptNo\n      acceptedOn\n      archiveHolder\n    }\n  }\n": typeof types.TaskCaseDocument,
    "\n  query VerifyPointsNotice($code: String!) {\n    verifyPointsNotice(code: $code) {\n      valid\n      holderName\n      validUntil\n      district\n      districtName\n      documentNo\n    }\n  }\n": typeof types.VerifyPointsNoticeDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      role\n      name\n      username\n      employerId\n      district\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  query MyApplications {\n    myApplications {\n      id\n      kind\n      state\n      createdAt\n      validUntil\n      receiptNo\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  fragment ApplicationMoved on Application {\n    id\n    version\n    state\n  }\n": types.ApplicationMovedFragmentDoc,
    "\n  fragment GeneratedFileParts on GeneratedFile {\n    fileName\n    contentType\n    base64\n  }\n": types.GeneratedFilePartsFragmentDoc,
    "\n  fragment ScoreResultParts on ScoreItem {\n    indicator\n    points\n    counted\n    note\n  }\n": types.ScoreResultPartsFragmentDoc,
    "\n  fragment ExcludedMonthParts on ExcludedMonth {\n    month\n    reasons\n    note\n  }\n": types.ExcludedMonthPartsFragmentDoc,
    "\n  fragment SimulatedScoreParts on SimulatedScore {\n    total\n    standard\n    eligible\n    ruleSetVersion\n    items {\n      indicator\n      points\n      counted\n      note\n    }\n    problems\n  }\n": types.SimulatedScorePartsFragmentDoc,
    "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      kind\n      state\n      version\n      applicantId\n      permitEndorsedOn\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n      createdAt\n      employerApprovedAt\n      submittedAt\n      receiptNo\n      acceptedOn\n      materialsMissing\n      totalPoints\n      correctedTotal\n      validUntil\n      decisionReason\n      decidedAt\n      overdue\n      archiveDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      scoringDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      history {\n        fromState\n        toState\n        role\n        at\n        code\n        fields\n        reason\n      }\n      notice {\n        documentNo\n        verificationCode\n        verifyUrl\n      }\n      form {\n        personal {\n          name\n          residentId\n          sex\n          birthDate\n          ethnicity\n          hukouPlace\n          maritalStatus\n          mobile\n        }\n        residencePermit {\n          number\n          validFrom\n          validTo\n          address\n        }\n        employment {\n          position\n          contractStart\n          contractEnd\n        }\n        educationHistory {\n          level\n          school\n          major\n          graduationDate\n          fullTime\n          overseas\n          certificateNo\n        }\n        qualifications {\n          level\n          name\n          certificateNo\n          issuedOn\n          matchesPosition\n        }\n        socialInsurance {\n          from\n          to\n          base\n          backPaid\n          payerMatchesContract\n          baseMatchesTax\n        }\n        bonusClaims {\n          entrepreneur\n          innovationIntermediary\n          shortageMajor\n          averageAnnualTaxCny\n          averageAnnualLocalHires\n          publicServiceYears\n          remoteSuburbYears\n          freshGraduate\n          awards\n          spouseHukouMarriageDate\n        }\n        coResidents {\n          relation\n          name\n          birthDate\n          highSchoolEnrolmentProof\n        }\n        archiveLocation {\n          kind\n          holder\n        }\n        declarations {\n          noFamilyPlanningViolation\n          noCriminalRecord\n        }\n      }\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n      assessment {\n        total\n        standard\n        eligible\n        vetoed\n        ruleSetVersion\n        items {\n          ...ScoreResultParts\n        }\n        excludedMonths {\n          ...ExcludedMonthParts\n        }\n      }\n      appeals {\n        id\n        indicator\n        reason\n        state\n        requestedAt\n        decisionNote\n      }\n    }\n  }\n": types.ApplicationDetailDocument,
    "\n  mutation SaveApplicationForm($id: ID!, $version: Int!, $form: ApplicationFormInput!) {\n    updateApplicationForm(id: $id, version: $version, form: $form) {\n      id\n      version\n      state\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n    }\n  }\n": types.SaveApplicationFormDocument,
    "\n  mutation SubmitToEmployer($id: ID!, $version: Int!) {\n    submitToEmployer(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n": types.SubmitToEmployerDocument,
    "\n  mutation ApproveAndSubmit($id: ID!, $version: Int!) {\n    approveAndSubmit(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n": types.ApproveAndSubmitDocument,
    "\n  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {\n    returnToApplicant(id: $id, version: $version, reason: $reason) {\n      ...ApplicationMoved\n    }\n  }\n": types.ReturnToApplicantDocument,
    "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      version\n      state\n      kind\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  query ApplicationFormPdf($id: ID!) {\n    applicationFormPdf(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n": types.ApplicationFormPdfDocument,
    "\n  query PointsNotice($id: ID!) {\n    pointsNotice(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n": types.PointsNoticeDocument,
    "\n  mutation RequestAppeal($input: AppealRequestInput!) {\n    requestAppeal(input: $input) {\n      id\n      state\n    }\n  }\n": types.RequestAppealDocument,
    "\n  mutation RecordPermitEndorsement($id: ID!, $endorsedOn: String!) {\n    recordPermitEndorsement(id: $id, endorsedOn: $endorsedOn) {\n      id\n      version\n      permitEndorsedOn\n    }\n  }\n": types.RecordPermitEndorsementDocument,
    "\n  query EmployerOverview($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      creditCode\n      district\n      status\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedAt\n        foundOn\n      }\n      applications {\n        id\n        kind\n        state\n        applicantId\n        createdAt\n        submittedAt\n        receiptNo\n        overdue\n        materialsMissing\n        archiveDeadline {\n          dueOn\n          overdue\n        }\n        scoringDeadline {\n          dueOn\n          overdue\n        }\n        form {\n          personal {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EmployerOverviewDocument,
    "\n  query ApplicantAccounts {\n    applicantAccounts(first: 100) {\n      nodes {\n        id\n        name\n        residentId\n        mobile\n        permitDate\n        employerId\n        createdAt\n      }\n    }\n  }\n": types.ApplicantAccountsDocument,
    "\n  mutation CreateApplicantAccount($input: CreateApplicantAccountInput!) {\n    createApplicantAccount(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateApplicantAccountDocument,
    "\n  mutation ReleaseApplicant($input: ReleaseApplicantInput!) {\n    releaseApplicant(input: $input) {\n      id\n      employerId\n    }\n  }\n": types.ReleaseApplicantDocument,
    "\n  query OfficerApplication($id: ID!) {\n    application(id: $id) {\n      id\n      district\n      assignedOfficer\n      scoringStartedOn\n      scoringFailure\n      revocationRequest\n      findings {\n        code\n        note\n      }\n      employer {\n        id\n        name\n        creditCode\n      }\n    }\n  }\n": types.OfficerApplicationDocument,
    "\n  query CaseOfApplication($id: ID!) {\n    verificationCaseOfApplication(applicationId: $id) {\n      id\n      status\n      outcome\n      receiptNo\n      acceptedOn\n      archiveHolder\n      completedAt\n      findings {\n        code\n        note\n      }\n      tasks {\n        items {\n          ...VerificationTaskParts\n        }\n      }\n    }\n  }\n": types.CaseOfApplicationDocument,
    "\n  mutation AcceptApplication($id: ID!, $version: Int!) {\n    acceptApplication(id: $id, version: $version) {\n      id\n      version\n      state\n      receiptNo\n    }\n  }\n": types.AcceptApplicationDocument,
    "\n  mutation RequestMaterials($id: ID!, $version: Int!, $missing: [String!]!) {\n    requestMaterials(id: $id, version: $version, missing: $missing) {\n      id\n      version\n      state\n      materialsMissing\n    }\n  }\n": types.RequestMaterialsDocument,
    "\n  mutation RejectApplication($id: ID!, $version: Int!, $reason: String!) {\n    rejectApplication(id: $id, version: $version, reason: $reason) {\n      id\n      version\n      state\n    }\n  }\n": types.RejectApplicationDocument,
    "\n  mutation RevokeApplication($id: ID!, $version: Int!, $employerRequest: String!) {\n    revokeApplication(id: $id, version: $version, employerRequest: $employerRequest) {\n      id\n      version\n      state\n    }\n  }\n": types.RevokeApplicationDocument,
    "\n  query ApplicantByResidentId($residentId: String!) {\n    applicationsByResidentId(residentId: $residentId) {\n      id\n      applicantId\n      employer {\n        id\n        name\n      }\n    }\n  }\n": types.ApplicantByResidentIdDocument,
    "\n  query ApplicantAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      residentId\n      mobile\n      district\n    }\n  }\n": types.ApplicantAccountDocument,
    "\n  mutation ResetApplicantPassword($input: ResetApplicantPasswordInput!) {\n    resetApplicantPassword(input: $input) {\n      id\n      name\n    }\n  }\n": types.ResetApplicantPasswordDocument,
    "\n  query Districts {\n    districts {\n      code\n      name\n    }\n  }\n": types.DistrictsDocument,
    "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      employerId\n      status\n      district\n      hrUsernames\n    }\n  }\n": types.RegisterEmployerDocument,
    "\n  query RegistrationQueue($first: Int, $after: String) {\n    registrationReviewQueue(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        creditCode\n        district\n        status\n        organisationType\n        establishment\n        licenceKind\n        licenceNumber\n        address\n        legalRepresentative\n        socialInsuranceNo\n        version\n        submittedAt\n        history {\n          id\n          action\n          reason\n          at\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.RegistrationQueueDocument,
    "\n  mutation ReviewRegistration($input: ReviewRegistrationInput!) {\n    reviewEmployerRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ReviewRegistrationDocument,
    "\n  fragment QueueRow on Application {\n    id\n    kind\n    state\n    version\n    district\n    receiptNo\n    submittedAt\n    assignedOfficer\n    overdue\n    archiveDeadline {\n      dueOn\n      overdue\n    }\n    scoringDeadline {\n      dueOn\n      overdue\n    }\n    employer {\n      id\n      name\n    }\n    form {\n      personal {\n        name\n      }\n    }\n  }\n": types.QueueRowFragmentDoc,
    "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(filter: $filter, first: $first, after: $after) {\n      items {\n        ...QueueRow\n      }\n      endCursor\n      hasNextPage\n    }\n    reviewQueueCounts {\n      state\n      count\n    }\n  }\n": types.ReviewQueueDocument,
    "\n  mutation ClaimApplication($id: ID!) {\n    claimApplication(id: $id) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n": types.ClaimApplicationDocument,
    "\n  query DistrictNames {\n    districts {\n      code\n      name\n    }\n  }\n": types.DistrictNamesDocument,
    "\n  query SimulateScore($profile: ScoreProfileInput!) {\n    simulateScore(profile: $profile) {\n      total\n      standard\n      eligible\n      vetoed\n      ruleSetVersion\n      items {\n        ...ScoreResultParts\n      }\n      excludedMonths {\n        ...ExcludedMonthParts\n      }\n    }\n  }\n": types.SimulateScoreDocument,
    "\n  query DistrictOfficers {\n    districtOfficers {\n      id\n      name\n      username\n    }\n  }\n": types.DistrictOfficersDocument,
    "\n  mutation AssignApplication($id: ID!, $officerId: String!) {\n    assignApplication(id: $id, officerId: $officerId) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n": types.AssignApplicationDocument,
    "\n  query SanctionedEmployers {\n    sanctionedEmployers {\n      id\n      name\n      creditCode\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedRole\n        decidedAt\n        forgeryCaseId\n        foundOn\n        createdAt\n      }\n    }\n  }\n": types.SanctionedEmployersDocument,
    "\n  mutation DecideSanction($input: RecordSanctionInput!) {\n    recordEmployerSanction(input: $input) {\n      id\n      suspendedUntil\n    }\n  }\n": types.DecideSanctionDocument,
    "\n  fragment VerificationTaskParts on VerificationTask {\n    id\n    caseId\n    district\n    kind\n    archiveMode\n    automated\n    status\n    reason\n    note\n    forgedMaterial\n    requestedAt\n    archiveArrivedOn\n    letterReturnedOn\n    completedManually\n    completedAt\n    version\n    createdAt\n  }\n": types.VerificationTaskPartsFragmentDoc,
    "\n  mutation RecordArchiveArrival($input: RecordArchiveArrivalInput!) {\n    recordArchiveArrival(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n": types.RecordArchiveArrivalDocument,
    "\n  mutation CompleteVerificationTask($input: CompleteVerificationTaskInput!) {\n    completeVerificationTask(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n": types.CompleteVerificationTaskDocument,
    "\n  query VerificationTasks($filter: VerificationTaskFilter, $first: Int!, $after: String) {\n    verificationTasks(filter: $filter, first: $first, after: $after) {\n      items {\n        ...VerificationTaskParts\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n": types.VerificationTasksDocument,
    "\n  query TaskCase($id: ID!) {\n    verificationCase(id: $id) {\n      id\n      district\n      receiptNo\n      acceptedOn\n      archiveHolder\n    }\n  }\n": types.TaskCaseDocument,
    "\n  query VerifyPointsNotice($code: String!) {\n    verifyPointsNotice(code: $code) {\n      valid\n      holderName\n      validUntil\n      district\n      districtName\n      documentNo\n    }\n  }\n": types.VerifyPointsNoticeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      role\n      name\n      username\n      employerId\n      district\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      role\n      name\n      username\n      employerId\n      district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      accessToken\n      expiresAt\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications {\n      id\n      kind\n      state\n      createdAt\n      validUntil\n      receiptNo\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications {\n      id\n      kind\n      state\n      createdAt\n      validUntil\n      receiptNo\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationMoved on Application {\n    id\n    version\n    state\n  }\n"): (typeof documents)["\n  fragment ApplicationMoved on Application {\n    id\n    version\n    state\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GeneratedFileParts on GeneratedFile {\n    fileName\n    contentType\n    base64\n  }\n"): (typeof documents)["\n  fragment GeneratedFileParts on GeneratedFile {\n    fileName\n    contentType\n    base64\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScoreResultParts on ScoreItem {\n    indicator\n    points\n    counted\n    note\n  }\n"): (typeof documents)["\n  fragment ScoreResultParts on ScoreItem {\n    indicator\n    points\n    counted\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExcludedMonthParts on ExcludedMonth {\n    month\n    reasons\n    note\n  }\n"): (typeof documents)["\n  fragment ExcludedMonthParts on ExcludedMonth {\n    month\n    reasons\n    note\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SimulatedScoreParts on SimulatedScore {\n    total\n    standard\n    eligible\n    ruleSetVersion\n    items {\n      indicator\n      points\n      counted\n      note\n    }\n    problems\n  }\n"): (typeof documents)["\n  fragment SimulatedScoreParts on SimulatedScore {\n    total\n    standard\n    eligible\n    ruleSetVersion\n    items {\n      indicator\n      points\n      counted\n      note\n    }\n    problems\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      kind\n      state\n      version\n      applicantId\n      permitEndorsedOn\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n      createdAt\n      employerApprovedAt\n      submittedAt\n      receiptNo\n      acceptedOn\n      materialsMissing\n      totalPoints\n      correctedTotal\n      validUntil\n      decisionReason\n      decidedAt\n      overdue\n      archiveDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      scoringDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      history {\n        fromState\n        toState\n        role\n        at\n        code\n        fields\n        reason\n      }\n      notice {\n        documentNo\n        verificationCode\n        verifyUrl\n      }\n      form {\n        personal {\n          name\n          residentId\n          sex\n          birthDate\n          ethnicity\n          hukouPlace\n          maritalStatus\n          mobile\n        }\n        residencePermit {\n          number\n          validFrom\n          validTo\n          address\n        }\n        employment {\n          position\n          contractStart\n          contractEnd\n        }\n        educationHistory {\n          level\n          school\n          major\n          graduationDate\n          fullTime\n          overseas\n          certificateNo\n        }\n        qualifications {\n          level\n          name\n          certificateNo\n          issuedOn\n          matchesPosition\n        }\n        socialInsurance {\n          from\n          to\n          base\n          backPaid\n          payerMatchesContract\n          baseMatchesTax\n        }\n        bonusClaims {\n          entrepreneur\n          innovationIntermediary\n          shortageMajor\n          averageAnnualTaxCny\n          averageAnnualLocalHires\n          publicServiceYears\n          remoteSuburbYears\n          freshGraduate\n          awards\n          spouseHukouMarriageDate\n        }\n        coResidents {\n          relation\n          name\n          birthDate\n          highSchoolEnrolmentProof\n        }\n        archiveLocation {\n          kind\n          holder\n        }\n        declarations {\n          noFamilyPlanningViolation\n          noCriminalRecord\n        }\n      }\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n      assessment {\n        total\n        standard\n        eligible\n        vetoed\n        ruleSetVersion\n        items {\n          ...ScoreResultParts\n        }\n        excludedMonths {\n          ...ExcludedMonthParts\n        }\n      }\n      appeals {\n        id\n        indicator\n        reason\n        state\n        requestedAt\n        decisionNote\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationDetail($id: ID!) {\n    application(id: $id) {\n      id\n      kind\n      state\n      version\n      applicantId\n      permitEndorsedOn\n      renewalWindow {\n        endorsedOn\n        opensOn\n        closesOn\n        provisional\n        position\n      }\n      createdAt\n      employerApprovedAt\n      submittedAt\n      receiptNo\n      acceptedOn\n      materialsMissing\n      totalPoints\n      correctedTotal\n      validUntil\n      decisionReason\n      decidedAt\n      overdue\n      archiveDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      scoringDeadline {\n        dueOn\n        overdue\n        provisional\n      }\n      history {\n        fromState\n        toState\n        role\n        at\n        code\n        fields\n        reason\n      }\n      notice {\n        documentNo\n        verificationCode\n        verifyUrl\n      }\n      form {\n        personal {\n          name\n          residentId\n          sex\n          birthDate\n          ethnicity\n          hukouPlace\n          maritalStatus\n          mobile\n        }\n        residencePermit {\n          number\n          validFrom\n          validTo\n          address\n        }\n        employment {\n          position\n          contractStart\n          contractEnd\n        }\n        educationHistory {\n          level\n          school\n          major\n          graduationDate\n          fullTime\n          overseas\n          certificateNo\n        }\n        qualifications {\n          level\n          name\n          certificateNo\n          issuedOn\n          matchesPosition\n        }\n        socialInsurance {\n          from\n          to\n          base\n          backPaid\n          payerMatchesContract\n          baseMatchesTax\n        }\n        bonusClaims {\n          entrepreneur\n          innovationIntermediary\n          shortageMajor\n          averageAnnualTaxCny\n          averageAnnualLocalHires\n          publicServiceYears\n          remoteSuburbYears\n          freshGraduate\n          awards\n          spouseHukouMarriageDate\n        }\n        coResidents {\n          relation\n          name\n          birthDate\n          highSchoolEnrolmentProof\n        }\n        archiveLocation {\n          kind\n          holder\n        }\n        declarations {\n          noFamilyPlanningViolation\n          noCriminalRecord\n        }\n      }\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n      assessment {\n        total\n        standard\n        eligible\n        vetoed\n        ruleSetVersion\n        items {\n          ...ScoreResultParts\n        }\n        excludedMonths {\n          ...ExcludedMonthParts\n        }\n      }\n      appeals {\n        id\n        indicator\n        reason\n        state\n        requestedAt\n        decisionNote\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveApplicationForm($id: ID!, $version: Int!, $form: ApplicationFormInput!) {\n    updateApplicationForm(id: $id, version: $version, form: $form) {\n      id\n      version\n      state\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveApplicationForm($id: ID!, $version: Int!, $form: ApplicationFormInput!) {\n    updateApplicationForm(id: $id, version: $version, form: $form) {\n      id\n      version\n      state\n      simulatedScore {\n        ...SimulatedScoreParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitToEmployer($id: ID!, $version: Int!) {\n    submitToEmployer(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitToEmployer($id: ID!, $version: Int!) {\n    submitToEmployer(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveAndSubmit($id: ID!, $version: Int!) {\n    approveAndSubmit(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveAndSubmit($id: ID!, $version: Int!) {\n    approveAndSubmit(id: $id, version: $version) {\n      ...ApplicationMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {\n    returnToApplicant(id: $id, version: $version, reason: $reason) {\n      ...ApplicationMoved\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnToApplicant($id: ID!, $version: Int!, $reason: String!) {\n    returnToApplicant(id: $id, version: $version, reason: $reason) {\n      ...ApplicationMoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      version\n      state\n      kind\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($input: CreateApplicationInput!) {\n    createApplication(input: $input) {\n      id\n      version\n      state\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationFormPdf($id: ID!) {\n    applicationFormPdf(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n"): (typeof documents)["\n  query ApplicationFormPdf($id: ID!) {\n    applicationFormPdf(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsNotice($id: ID!) {\n    pointsNotice(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n"): (typeof documents)["\n  query PointsNotice($id: ID!) {\n    pointsNotice(applicationId: $id) {\n      ...GeneratedFileParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAppeal($input: AppealRequestInput!) {\n    requestAppeal(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAppeal($input: AppealRequestInput!) {\n    requestAppeal(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPermitEndorsement($id: ID!, $endorsedOn: String!) {\n    recordPermitEndorsement(id: $id, endorsedOn: $endorsedOn) {\n      id\n      version\n      permitEndorsedOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordPermitEndorsement($id: ID!, $endorsedOn: String!) {\n    recordPermitEndorsement(id: $id, endorsedOn: $endorsedOn) {\n      id\n      version\n      permitEndorsedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmployerOverview($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      creditCode\n      district\n      status\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedAt\n        foundOn\n      }\n      applications {\n        id\n        kind\n        state\n        applicantId\n        createdAt\n        submittedAt\n        receiptNo\n        overdue\n        materialsMissing\n        archiveDeadline {\n          dueOn\n          overdue\n        }\n        scoringDeadline {\n          dueOn\n          overdue\n        }\n        form {\n          personal {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmployerOverview($id: ID!) {\n    employer(id: $id) {\n      id\n      name\n      creditCode\n      district\n      status\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedAt\n        foundOn\n      }\n      applications {\n        id\n        kind\n        state\n        applicantId\n        createdAt\n        submittedAt\n        receiptNo\n        overdue\n        materialsMissing\n        archiveDeadline {\n          dueOn\n          overdue\n        }\n        scoringDeadline {\n          dueOn\n          overdue\n        }\n        form {\n          personal {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantAccounts {\n    applicantAccounts(first: 100) {\n      nodes {\n        id\n        name\n        residentId\n        mobile\n        permitDate\n        employerId\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantAccounts {\n    applicantAccounts(first: 100) {\n      nodes {\n        id\n        name\n        residentId\n        mobile\n        permitDate\n        employerId\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplicantAccount($input: CreateApplicantAccountInput!) {\n    createApplicantAccount(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplicantAccount($input: CreateApplicantAccountInput!) {\n    createApplicantAccount(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseApplicant($input: ReleaseApplicantInput!) {\n    releaseApplicant(input: $input) {\n      id\n      employerId\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseApplicant($input: ReleaseApplicantInput!) {\n    releaseApplicant(input: $input) {\n      id\n      employerId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfficerApplication($id: ID!) {\n    application(id: $id) {\n      id\n      district\n      assignedOfficer\n      scoringStartedOn\n      scoringFailure\n      revocationRequest\n      findings {\n        code\n        note\n      }\n      employer {\n        id\n        name\n        creditCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfficerApplication($id: ID!) {\n    application(id: $id) {\n      id\n      district\n      assignedOfficer\n      scoringStartedOn\n      scoringFailure\n      revocationRequest\n      findings {\n        code\n        note\n      }\n      employer {\n        id\n        name\n        creditCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseOfApplication($id: ID!) {\n    verificationCaseOfApplication(applicationId: $id) {\n      id\n      status\n      outcome\n      receiptNo\n      acceptedOn\n      archiveHolder\n      completedAt\n      findings {\n        code\n        note\n      }\n      tasks {\n        items {\n          ...VerificationTaskParts\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseOfApplication($id: ID!) {\n    verificationCaseOfApplication(applicationId: $id) {\n      id\n      status\n      outcome\n      receiptNo\n      acceptedOn\n      archiveHolder\n      completedAt\n      findings {\n        code\n        note\n      }\n      tasks {\n        items {\n          ...VerificationTaskParts\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptApplication($id: ID!, $version: Int!) {\n    acceptApplication(id: $id, version: $version) {\n      id\n      version\n      state\n      receiptNo\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptApplication($id: ID!, $version: Int!) {\n    acceptApplication(id: $id, version: $version) {\n      id\n      version\n      state\n      receiptNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMaterials($id: ID!, $version: Int!, $missing: [String!]!) {\n    requestMaterials(id: $id, version: $version, missing: $missing) {\n      id\n      version\n      state\n      materialsMissing\n    }\n  }\n"): (typeof documents)["\n  mutation RequestMaterials($id: ID!, $version: Int!, $missing: [String!]!) {\n    requestMaterials(id: $id, version: $version, missing: $missing) {\n      id\n      version\n      state\n      materialsMissing\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApplication($id: ID!, $version: Int!, $reason: String!) {\n    rejectApplication(id: $id, version: $version, reason: $reason) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RejectApplication($id: ID!, $version: Int!, $reason: String!) {\n    rejectApplication(id: $id, version: $version, reason: $reason) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApplication($id: ID!, $version: Int!, $employerRequest: String!) {\n    revokeApplication(id: $id, version: $version, employerRequest: $employerRequest) {\n      id\n      version\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApplication($id: ID!, $version: Int!, $employerRequest: String!) {\n    revokeApplication(id: $id, version: $version, employerRequest: $employerRequest) {\n      id\n      version\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantByResidentId($residentId: String!) {\n    applicationsByResidentId(residentId: $residentId) {\n      id\n      applicantId\n      employer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicantByResidentId($residentId: String!) {\n    applicationsByResidentId(residentId: $residentId) {\n      id\n      applicantId\n      employer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      residentId\n      mobile\n      district\n    }\n  }\n"): (typeof documents)["\n  query ApplicantAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      residentId\n      mobile\n      district\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetApplicantPassword($input: ResetApplicantPasswordInput!) {\n    resetApplicantPassword(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ResetApplicantPassword($input: ResetApplicantPasswordInput!) {\n    resetApplicantPassword(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      employerId\n      status\n      district\n      hrUsernames\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterEmployer($input: RegisterEmployerInput!) {\n    registerEmployer(input: $input) {\n      employerId\n      status\n      district\n      hrUsernames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationQueue($first: Int, $after: String) {\n    registrationReviewQueue(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        creditCode\n        district\n        status\n        organisationType\n        establishment\n        licenceKind\n        licenceNumber\n        address\n        legalRepresentative\n        socialInsuranceNo\n        version\n        submittedAt\n        history {\n          id\n          action\n          reason\n          at\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query RegistrationQueue($first: Int, $after: String) {\n    registrationReviewQueue(first: $first, after: $after) {\n      nodes {\n        id\n        name\n        creditCode\n        district\n        status\n        organisationType\n        establishment\n        licenceKind\n        licenceNumber\n        address\n        legalRepresentative\n        socialInsuranceNo\n        version\n        submittedAt\n        history {\n          id\n          action\n          reason\n          at\n        }\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewRegistration($input: ReviewRegistrationInput!) {\n    reviewEmployerRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewRegistration($input: ReviewRegistrationInput!) {\n    reviewEmployerRegistration(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueRow on Application {\n    id\n    kind\n    state\n    version\n    district\n    receiptNo\n    submittedAt\n    assignedOfficer\n    overdue\n    archiveDeadline {\n      dueOn\n      overdue\n    }\n    scoringDeadline {\n      dueOn\n      overdue\n    }\n    employer {\n      id\n      name\n    }\n    form {\n      personal {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QueueRow on Application {\n    id\n    kind\n    state\n    version\n    district\n    receiptNo\n    submittedAt\n    assignedOfficer\n    overdue\n    archiveDeadline {\n      dueOn\n      overdue\n    }\n    scoringDeadline {\n      dueOn\n      overdue\n    }\n    employer {\n      id\n      name\n    }\n    form {\n      personal {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(filter: $filter, first: $first, after: $after) {\n      items {\n        ...QueueRow\n      }\n      endCursor\n      hasNextPage\n    }\n    reviewQueueCounts {\n      state\n      count\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue($filter: ReviewQueueFilter, $first: Int!, $after: String) {\n    reviewQueue(filter: $filter, first: $first, after: $after) {\n      items {\n        ...QueueRow\n      }\n      endCursor\n      hasNextPage\n    }\n    reviewQueueCounts {\n      state\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimApplication($id: ID!) {\n    claimApplication(id: $id) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimApplication($id: ID!) {\n    claimApplication(id: $id) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictNames {\n    districts {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query DistrictNames {\n    districts {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimulateScore($profile: ScoreProfileInput!) {\n    simulateScore(profile: $profile) {\n      total\n      standard\n      eligible\n      vetoed\n      ruleSetVersion\n      items {\n        ...ScoreResultParts\n      }\n      excludedMonths {\n        ...ExcludedMonthParts\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimulateScore($profile: ScoreProfileInput!) {\n    simulateScore(profile: $profile) {\n      total\n      standard\n      eligible\n      vetoed\n      ruleSetVersion\n      items {\n        ...ScoreResultParts\n      }\n      excludedMonths {\n        ...ExcludedMonthParts\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictOfficers {\n    districtOfficers {\n      id\n      name\n      username\n    }\n  }\n"): (typeof documents)["\n  query DistrictOfficers {\n    districtOfficers {\n      id\n      name\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignApplication($id: ID!, $officerId: String!) {\n    assignApplication(id: $id, officerId: $officerId) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n"): (typeof documents)["\n  mutation AssignApplication($id: ID!, $officerId: String!) {\n    assignApplication(id: $id, officerId: $officerId) {\n      id\n      version\n      assignedOfficer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SanctionedEmployers {\n    sanctionedEmployers {\n      id\n      name\n      creditCode\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedRole\n        decidedAt\n        forgeryCaseId\n        foundOn\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SanctionedEmployers {\n    sanctionedEmployers {\n      id\n      name\n      creditCode\n      suspended\n      suspendedUntil\n      sanctions {\n        id\n        status\n        fineCny\n        suspendedUntil\n        reason\n        decidedRole\n        decidedAt\n        forgeryCaseId\n        foundOn\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideSanction($input: RecordSanctionInput!) {\n    recordEmployerSanction(input: $input) {\n      id\n      suspendedUntil\n    }\n  }\n"): (typeof documents)["\n  mutation DecideSanction($input: RecordSanctionInput!) {\n    recordEmployerSanction(input: $input) {\n      id\n      suspendedUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VerificationTaskParts on VerificationTask {\n    id\n    caseId\n    district\n    kind\n    archiveMode\n    automated\n    status\n    reason\n    note\n    forgedMaterial\n    requestedAt\n    archiveArrivedOn\n    letterReturnedOn\n    completedManually\n    completedAt\n    version\n    createdAt\n  }\n"): (typeof documents)["\n  fragment VerificationTaskParts on VerificationTask {\n    id\n    caseId\n    district\n    kind\n    archiveMode\n    automated\n    status\n    reason\n    note\n    forgedMaterial\n    requestedAt\n    archiveArrivedOn\n    letterReturnedOn\n    completedManually\n    completedAt\n    version\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordArchiveArrival($input: RecordArchiveArrivalInput!) {\n    recordArchiveArrival(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n"): (typeof documents)["\n  mutation RecordArchiveArrival($input: RecordArchiveArrivalInput!) {\n    recordArchiveArrival(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteVerificationTask($input: CompleteVerificationTaskInput!) {\n    completeVerificationTask(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteVerificationTask($input: CompleteVerificationTaskInput!) {\n    completeVerificationTask(input: $input) {\n      ...VerificationTaskParts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerificationTasks($filter: VerificationTaskFilter, $first: Int!, $after: String) {\n    verificationTasks(filter: $filter, first: $first, after: $after) {\n      items {\n        ...VerificationTaskParts\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query VerificationTasks($filter: VerificationTaskFilter, $first: Int!, $after: String) {\n    verificationTasks(filter: $filter, first: $first, after: $after) {\n      items {\n        ...VerificationTaskParts\n      }\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskCase($id: ID!) {\n    verificationCase(id: $id) {\n      id\n      district\n      receiptNo\n      acceptedOn\n      archiveHolder\n    }\n  }\n"): (typeof documents)["\n  query TaskCase($id: ID!) {\n    verificationCase(id: $id) {\n      id\n      district\n      receiptNo\n      acceptedOn\n      archiveHolder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPointsNotice($code: String!) {\n    verifyPointsNotice(code: $code) {\n      valid\n      holderName\n      validUntil\n      district\n      districtName\n      documentNo\n    }\n  }\n"): (typeof documents)["\n  query VerifyPointsNotice($code: String!) {\n    verifyPointsNotice(code: $code) {\n      valid\n      holderName\n      validUntil\n      district\n      districtName\n      documentNo\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;