import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="sm" data-testid="not-found">
      <Title order={1} size="h2">
        {t('common.notFoundTitle')}
      </Title>
      <Text c="dimmed">{t('common.notFoundText')}</Text>
      <Button component={Link} to="/units" size="md">
        {t('common.goHome')}
      </Button>
    </Stack>
  );
}
