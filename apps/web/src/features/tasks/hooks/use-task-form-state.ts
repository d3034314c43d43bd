import { ErrorCode } from '@cdt/domain';
import { useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { serverFieldOf, type TaskFormErrors, type TaskFormState } from '../lib/task-form';

/** The task form's values and field errors: a change clears its fields' errors; a refusal marks the named fields. */
export function useTaskFormState(initial: () => TaskFormState) {
  const [state, setState] = useState<TaskFormState>(initial);
  const [errors, setErrors] = useState<TaskFormErrors>({});

  const change = (patch: Partial<TaskFormState>) => {
    setState((previous) => ({ ...previous, ...patch }));
    setErrors((previous) => {
      const next = { ...previous };
      for (const key of Object.keys(patch)) delete next[key as keyof TaskFormErrors];
      return next;
    });
  };

  /** The API's VALIDATION_FAILED paths under their fields; the coded message itself shows below the form. */
  const showServerErrors = (error: unknown) => {
    if (!isApiError(error) || error.code !== ErrorCode.ValidationFailed) return;
    const next: TaskFormErrors = {};
    for (const issue of error.fieldIssues) next[serverFieldOf(issue.path)] = { key: 'invalid' };
    setErrors(next);
  };

  return { state, errors, setErrors, change, showServerErrors };
}
