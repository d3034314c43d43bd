import { ErrorCode } from '@cdt/domain';
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { isApiError } from '../../api/api-error';
import { issuesToFieldErrors, type FieldError } from './field-error';

type Errors<V> = Partial<Record<keyof V & string, FieldError>>;

interface Options<V extends Record<string, string>, Out> {
  /** A request schema from @cdt/domain: the same rules the API applies. */
  schema: z.ZodType<Out>;
  initialValues: V;
  /** Turns the text inputs into the schema's input (e.g. blank optional fields into undefined). */
  toInput?: (values: V) => unknown;
}

/** Minimal form state for text inputs validated by a shared zod schema. */
export function useZodForm<V extends Record<string, string>, Out>({
  schema,
  initialValues,
  toInput = (values) => values,
}: Options<V, Out>) {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<Errors<V>>({});

  const setValue = useCallback((field: keyof V & string, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  }, []);

  /** Parsed request when valid; otherwise shows the field errors and returns null. */
  const validate = (): Out | null => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(issuesToFieldErrors<keyof V & string>(parsed.error.issues));
    return null;
  };

  /** Shows a server VALIDATION_FAILED on its fields; true when it did. */
  const applyServerError = (error: unknown): boolean => {
    if (!isApiError(error) || error.code !== ErrorCode.ValidationFailed) return false;
    const fieldErrors: Errors<V> = {};
    for (const issue of error.fieldIssues) {
      if (issue.path in values) fieldErrors[issue.path as keyof V & string] = { key: 'invalid' };
    }
    setErrors(fieldErrors);
    return Object.keys(fieldErrors).length > 0;
  };

  const setFieldError = (field: keyof V & string, error: FieldError) =>
    setErrors((previous) => ({ ...previous, [field]: error }));

  const reset = () => {
    setValues(initialValues);
    setErrors({});
  };

  return { values, errors, setValue, validate, applyServerError, setFieldError, reset };
}
