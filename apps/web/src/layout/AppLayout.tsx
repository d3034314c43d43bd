import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { UserMenu } from '../features/auth/components/UserMenu';
import { ConnectionStatus } from '../features/realtime/components/ConnectionStatus';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { MainNav } from './MainNav';

export function AppLayout() {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap">
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggleMenu')}
              data-testid="nav-burger"
            />
            {/* On a 360 px phone the connection state needs the room more than the brand does. */}
            <Text
              component={Link}
              to="/units"
              fw={700}
              c="blue.8"
              size="lg"
              visibleFrom="xs"
              style={{ whiteSpace: 'nowrap' }}
            >
              {t('app.name')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <ConnectionStatus />
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNav onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
