import { Alert, Typography, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import type { CombinedError } from 'urql';
import { problemOf, type Explain, type Problem } from '../api/problem';
import { useLanguage } from '../i18n/language';

/**
 * The errors of a form's last call: field ones are set on the form's fields (what was typed stays),
 * the rest shown by <ProblemAlert>. `show(undefined)` clears.
 */
export function useProblem(
  form?: FormInstance,
  explain?: Explain,
): {
  problem: Problem | undefined;
  show(error: CombinedError | undefined): Problem | undefined;
} {
  const { language } = useLanguage();
  const [problem, setProblem] = useState<Problem | undefined>();
  const show = useCallback(
    (error: CombinedError | undefined) => {
      if (!error) {
        setProblem(undefined);
        return undefined;
      }
      const next = problemOf(error, language, explain);
      if (form && next.fields.length) {
        form.setFields(next.fields.map((f) => ({ name: f.name, errors: [f.message] })));
        // Scroll to the first field named (it may be in a collapsed list further down).
        form.scrollToField(next.fields[0]?.name ?? [], { block: 'center', focus: true });
      }
      setProblem(next);
      return next;
    },
    [form, language, explain],
  );
  return { problem, show };
}

/**
 * `withFields`: the call has no form to mark (a button's action), so the field problems are listed.
 * Under the console's sentence, the server's own (English) sentence as the detail: it names what
 * was refused (a version, a date), and support staff can search for it.
 */
export function ProblemAlert({
  problem,
  withFields = false,
}: {
  problem: Problem | undefined;
  withFields?: boolean;
}) {
  if (!problem?.message) return null;
  const fieldList =
    withFields && problem.fields.length > 0 ? (
      <ul>
        {problem.fields.map((f) => (
          <li key={f.name.join('.')}>{f.message}</li>
        ))}
      </ul>
    ) : null;
  const details = problem.details ?? [];
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={problem.message}
      description={
        fieldList || details.length > 0 ? (
          <>
            {fieldList}
            {details.length > 0 ? (
              <Typography.Text type="secondary" lang="en" data-testid="problem-detail">
                {details.join(' ')}
              </Typography.Text>
            ) : null}
          </>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
      data-code={problem.code}
    />
  );
}
