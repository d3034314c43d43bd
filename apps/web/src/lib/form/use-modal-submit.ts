import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent } from 'react';

interface ModalForm<Req> {
  validate: () => Req | null;
  reset: () => void;
  applyServerError: (error: unknown) => boolean;
}

interface Options<Req, Res, E, C> {
  form: ModalForm<Req>;
  mutation: Pick<UseMutationResult<Res, E, Req, C>, 'mutate' | 'reset'>;
  onClose: () => void;
  /** Shown as a green notification once the server accepts the request. */
  successMessage: string;
  /** Client-side checks beyond the schema; return false (after setting a field error) to stop. */
  check?: (request: Req) => boolean;
}

/** The close/submit pair every form modal repeats: validate, mutate, notify, close; server errors land on fields. */
export function useModalSubmit<Req, Res, E, C>({
  form,
  mutation,
  onClose,
  successMessage,
  check,
}: Options<Req, Res, E, C>) {
  const close = () => {
    form.reset();
    mutation.reset();
    onClose();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request || (check && !check(request))) return;
    mutation.mutate(request, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: successMessage });
        close();
      },
      onError: (error) => form.applyServerError(error),
    });
  };
  return { close, onSubmit };
}
