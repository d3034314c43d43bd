import type { UnitKind } from '@cdt/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const KIND_COLORS: Record<UnitKind, string> = {
  province: 'grape',
  district: 'blue',
  commune: 'teal',
  village: 'orange',
};

export function UnitKindBadge({ kind }: { kind: UnitKind }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={KIND_COLORS[kind]} size="sm" radius="sm" tt="none" data-testid="unit-kind">
      {t(`unitKinds.${kind}`)}
    </Badge>
  );
}
