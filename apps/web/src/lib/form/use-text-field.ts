import { useFieldErrorText } from './use-field-error-text';
import type { useZodForm } from './use-zod-form';

type TextFieldProps = {
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  error?: string;
  size: 'md';
};

/** Binds a Mantine text input to one field of a useZodForm: value, change and translated error. */
export function useTextField<V extends Record<string, string>>(
  form: ReturnType<typeof useZodForm<V, unknown>>,
) {
  const fieldErrorText = useFieldErrorText();
  return (name: keyof V & string): TextFieldProps => ({
    value: form.values[name] ?? '',
    onChange: (event) => form.setValue(name, event.currentTarget.value),
    error: fieldErrorText(form.errors[name]),
    size: 'md',
  });
}
