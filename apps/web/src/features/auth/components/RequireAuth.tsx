import { Button, Center, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { CurrentUserContext } from '../hooks/current-user-context';
import { useCurrentUserQuery } from '../hooks/use-current-user';
import { useLogout } from '../hooks/use-logout';
import { useIsSignedIn } from '../hooks/use-session';

/** Renders its children only for a signed-in user whose profile has loaded; otherwise sends them to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const logout = useLogout();
  const signedIn = useIsSignedIn();
  const me = useCurrentUserQuery();

  if (!signedIn) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  if (me.data) return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>;
  if (me.error) {
    return (
      <Center mih="100dvh" p="md">
        {/* No header is shown yet, so this is the only way out of e.g. a disabled account. */}
        <Stack maw={420}>
          <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />
          <Button variant="default" onClick={() => logout.mutate()} data-testid="logout">
            {t('auth.signOut')}
          </Button>
        </Stack>
      </Center>
    );
  }
  return <PageLoader />;
}
