import {
  createGrantRequestSchema,
  GRANT_ROLES,
  roleFitsUnit,
  type GrantRole,
  type UnitDto,
  type UserDto,
} from '@cdt/domain';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import type { FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useAddGrant } from '../hooks/use-users';
import { UnitPicker } from './UnitPicker';

interface AddGrantModalProps {
  /** The user to grant access to; null keeps the dialog closed. */
  user: UserDto | null;
  onClose: () => void;
}

function rolesFor(unit: UnitDto | null): GrantRole[] {
  return unit ? GRANT_ROLES.filter((role) => roleFitsUnit(role, unit.kind)) : [];
}

export function AddGrantModal({ user, onClose }: AddGrantModalProps) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const fieldErrorText = useFieldErrorText();
  const addGrant = useAddGrant();
  const [unit, setUnit] = useState<UnitDto | null>(null);
  const [role, setRole] = useState<GrantRole | null>(null);
  const [errors, setErrors] = useState<{ unit?: FieldError; role?: FieldError }>({});
  const roles = rolesFor(unit);

  const close = () => {
    setUnit(null);
    setRole(null);
    setErrors({});
    addGrant.reset();
    onClose();
  };

  const chooseUnit = (next: UnitDto | null) => {
    const fitting = rolesFor(next);
    setUnit(next);
    // Keep the role when it still fits; pick the only possible one (villages: viewer) without asking.
    setRole((current) =>
      current && fitting.includes(current) ? current : fitting.length === 1 ? (fitting[0] ?? null) : null,
    );
    setErrors({});
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = createGrantRequestSchema.safeParse({ unitId: unit?.id, role: role ?? undefined });
    if (!user || !unit || !role || !parsed.success) {
      setErrors({
        unit: unit ? undefined : { key: 'unitRequired' },
        role: role ? undefined : { key: 'roleRequired' },
      });
      return;
    }
    addGrant.mutate(
      { userId: user.id, body: parsed.data },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            message: t('users.grantAdded', { role: t(`roles.${role}`), unit: unit.name }),
          });
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={user !== null}
      onClose={close}
      title={t('users.addGrantTitle', { name: user?.fullName ?? '' })}
      fullScreen={isMobile}
      size="md"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {addGrant.error && <ErrorAlert error={addGrant.error} />}
          <UnitPicker
            value={unit}
            onChange={chooseUnit}
            error={fieldErrorText(errors.unit)}
            data-testid="grant-unit"
          />
          <Select<GrantRole>
            size="md"
            label={t('users.role')}
            placeholder={unit ? t('users.rolePlaceholder') : t('users.pickUnitFirst')}
            disabled={!unit}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
            value={role}
            onChange={(value) => {
              setRole(value);
              setErrors((previous) => ({ ...previous, role: undefined }));
            }}
            allowDeselect={false}
            error={fieldErrorText(errors.role)}
            comboboxProps={{ withinPortal: true }}
            data-testid="grant-role"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" size="md" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" size="md" loading={addGrant.isPending} data-testid="grant-submit">
              {t('users.addGrantSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
