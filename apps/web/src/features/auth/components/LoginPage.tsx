import { loginRequestSchema } from '@cdt/domain';
import { Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LanguageSwitch } from '../../../i18n/LanguageSwitch';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useZodForm } from '../../../lib/form/use-zod-form';
import { useLogin } from '../hooks/use-login';
import { useIsSignedIn } from '../hooks/use-session';
import { redirectTarget } from './redirect-target';

export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const signedIn = useIsSignedIn();
  const login = useLogin();
  const fieldErrorText = useFieldErrorText();
  const form = useZodForm({ schema: loginRequestSchema, initialValues: { username: '', password: '' } });
  const target = redirectTarget(location.state);

  if (signedIn && !login.isPending) return <Navigate to={target} replace />;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const request = form.validate();
    if (!request) return;
    login.mutate(request, {
      onSuccess: () => void navigate(target, { replace: true }),
      onError: (error) => form.applyServerError(error),
    });
  };

  return (
    <Center mih="100dvh" p="md" bg="var(--mantine-color-gray-0)">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="space-between" wrap="nowrap">
          <div>
            <Text fw={700} size="xl" c="blue.8">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={onSubmit} noValidate>
            <Stack gap="md">
              <div>
                <Title order={1} size="h2">
                  {t('auth.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('auth.subtitle')}
                </Text>
              </div>
              {login.error && <ErrorAlert error={login.error} data-testid="login-error" />}
              <TextInput
                size="md"
                label={t('auth.username')}
                placeholder={t('auth.usernamePlaceholder')}
                autoComplete="username"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                value={form.values.username}
                onChange={(event) => form.setValue('username', event.currentTarget.value)}
                error={fieldErrorText(form.errors.username)}
                data-testid="login-username"
              />
              <PasswordInput
                size="md"
                label={t('auth.password')}
                autoComplete="current-password"
                value={form.values.password}
                onChange={(event) => form.setValue('password', event.currentTarget.value)}
                error={fieldErrorText(form.errors.password)}
                data-testid="login-password"
              />
              <Button type="submit" size="md" fullWidth loading={login.isPending} data-testid="login-submit">
                {t('auth.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
