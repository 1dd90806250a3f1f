import { Alert, type FormInstance } from 'antd';
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

/** `withFields`: the call has no form to mark (a button's action), so the field problems are listed. */
export function ProblemAlert({
  problem,
  withFields = false,
}: {
  problem: Problem | undefined;
  withFields?: boolean;
}) {
  if (!problem?.message) return null;
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={problem.message}
      description={
        withFields && problem.fields.length > 0 ? (
          <ul>
            {problem.fields.map((f) => (
              <li key={f.name.join('.')}>{f.message}</li>
            ))}
          </ul>
        ) : undefined
      }
      style={{ marginBottom: 16 }}
      data-code={problem.code}
    />
  );
}
