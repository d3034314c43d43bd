import { createUserRequestSchema, ErrorCode, type UserDto } from '@cdt/domain';
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useTextField } from '../../../lib/form/use-text-field';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useCreateUser } from '../hooks/use-users';

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  /** Called with the new account, e.g. to grant it access right away. */
  onCreated: (user: UserDto) => void;
}

const EMPTY = { username: '', fullName: '', phone: '', password: '' };

export function CreateUserModal({ opened, onClose, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const createUser = useCreateUser();
  const form = useZodForm({
    schema: createUserRequestSchema,
    initialValues: EMPTY,
    toInput: (values) => ({ ...values, phone: values.phone.trim() || undefined }),
  });

  const close = () => {
    form.reset();
    createUser.reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request) return;
    createUser.mutate(request, {
      onSuccess: (user) => {
        notifications.show({ color: 'green', message: t('users.created', { username: user.username }) });
        close();
        onCreated(user);
      },
      onError: (error) => {
        if (isApiError(error) && error.code === ErrorCode.UsernameTaken) {
          form.setFieldError('username', { key: 'usernameTaken' });
        } else if (isApiError(error) && error.code === ErrorCode.PhoneTaken) {
          form.setFieldError('phone', { key: 'phoneTaken' });
        } else {
          form.applyServerError(error);
        }
      },
    });
  };

  const field = useTextField(form);

  return (
    <Modal opened={opened} onClose={close} title={t('users.createTitle')} fullScreen={isMobile} size="md">
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {createUser.error && <ErrorAlert error={createUser.error} />}
          <TextInput
            {...field('fullName')}
            label={t('users.fullName')}
            autoComplete="off"
            data-testid="user-form-fullname"
            data-autofocus
          />
          <TextInput
            {...field('username')}
            label={t('users.username')}
            description={t('users.usernameHint')}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            data-testid="user-form-username"
          />
          <TextInput
            {...field('phone')}
            type="tel"
            label={t('users.phone')}
            description={t('users.phoneHint')}
            autoComplete="off"
            data-testid="user-form-phone"
          />
          <PasswordInput
            {...field('password')}
            label={t('users.password')}
            description={t('users.passwordHint')}
            autoComplete="new-password"
            data-testid="user-form-password"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={createUser.isPending} data-testid="user-form-submit">
              {t('users.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
