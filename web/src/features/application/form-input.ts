// The form as the API returns it → what updateApplicationForm takes: the read-only parts (name,
// resident ID, sex, birth date come from the account) and urql's __typename left out.
import type { ApplicationDetailQuery, ApplicationFormInput } from '../../gql/graphql';

type FormView = NonNullable<ApplicationDetailQuery['application']>['form'];

function strip<T extends object>(value: T): Omit<T, '__typename'> {
  const { __typename: _ignored, ...rest } = value as T & { __typename?: string };
  return rest;
}

export function formInputOf(form: FormView): ApplicationFormInput {
  const p = form.personal;
  return {
    // The mobile is masked on output (138****5678): left empty, it is not sent and stays as stored.
    personal: {
      ethnicity: p.ethnicity ?? null,
      hukouPlace: p.hukouPlace ?? null,
      maritalStatus: p.maritalStatus ?? null,
      mobile: null,
    },
    residencePermit: form.residencePermit ? strip(form.residencePermit) : null,
    employment: form.employment ? strip(form.employment) : null,
    educationHistory: form.educationHistory.map(strip),
    qualifications: form.qualifications.map(strip),
    socialInsurance: form.socialInsurance.map(strip),
    bonusClaims: form.bonusClaims ? strip(form.bonusClaims) : null,
    coResidents: form.coResidents.map(strip),
    archiveLocation: form.archiveLocation ? strip(form.archiveLocation) : null,
    declarations: form.declarations
      ? strip(form.declarations)
      : { noFamilyPlanningViolation: false, noCriminalRecord: false },
  };
}

/** What the page's form holds → the mutation's input: empty optional sections are not sent. */
export function mutationInputOf(values: ApplicationFormInput): ApplicationFormInput {
  const personal = values.personal
    ? Object.fromEntries(
        Object.entries(values.personal).filter(([, v]) => v !== null && v !== undefined && v !== ''),
      )
    : undefined;
  const employment = values.employment
    ? { ...values.employment, contractEnd: values.employment.contractEnd || null }
    : values.employment;
  return { ...values, personal, employment };
}
