import {
  allowedSlots,
  COMMUNE_SLOTS,
  impliedSlot,
  isCoreRole,
  SINGLE_HOLDER_ROLES,
  type MembershipDto,
  type MembershipRole,
  type TeamKind,
  type TeamSlot,
} from '@cdt/domain';
import { Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The empty choice of a collaborator's optional tag (Select values cannot be null). */
export const NO_TAG = 'none';

interface RoleSlotFieldsProps {
  kind: TeamKind;
  roles: readonly MembershipRole[];
  /** Active members, to mark single-holder roles and commune seats already taken. */
  members: readonly MembershipDto[];
  role: string;
  slot: string;
  onRoleChange: (role: MembershipRole) => void;
  onSlotChange: (slot: string) => void;
  roleError?: string;
  slotError?: string;
}

/** Whether a role needs a seat or tag chosen (no seat implied by the plan, and none is not an option). */
export function slotRequired(kind: TeamKind, role: MembershipRole): boolean {
  return impliedSlot(kind, role) === null && !allowedSlots(kind, role).includes(null);
}

/** The request's slot from the form's text: blank or "none" is no slot. */
export function slotFromForm(slot: string): TeamSlot | null {
  return slot === '' || slot === NO_TAG ? null : (slot as TeamSlot);
}

/** Role and seat/tag, offering exactly what the plan allows for the team's kind (§3.1.2, §3.1.3). */
export function RoleSlotFields(props: RoleSlotFieldsProps) {
  const { t } = useTranslation();
  const { kind, members, role } = props;
  const active = members.filter((member) => member.status === 'active');
  const roleTaken = (value: MembershipRole) =>
    SINGLE_HOLDER_ROLES.includes(value) && active.some((member) => member.role === value);
  const slotTaken = (value: TeamSlot) =>
    kind === 'commune' &&
    (COMMUNE_SLOTS as readonly TeamSlot[]).includes(value) &&
    active.some((member) => isCoreRole(member.role) && member.slot === value);

  const currentRole = props.roles.find((value) => value === role);
  const implied = currentRole ? impliedSlot(kind, currentRole) : null;
  const slots = currentRole ? allowedSlots(kind, currentRole) : [];
  const isTag = kind === 'village' || currentRole === 'collaborator';

  return (
    <>
      <Select<MembershipRole>
        size="md"
        label={t('teams.role')}
        value={currentRole ?? null}
        onChange={(value) => value && props.onRoleChange(value)}
        allowDeselect={false}
        data={props.roles.map((value) => ({
          value,
          label: roleTaken(value)
            ? t('teams.roleTaken', { role: t(`memberRoles.${value}`) })
            : t(`memberRoles.${value}`),
          disabled: roleTaken(value),
        }))}
        error={props.roleError}
        comboboxProps={{ withinPortal: true }}
        data-testid="member-form-role"
      />
      {implied ? (
        <Text size="sm" c="dimmed" data-testid="member-form-slot-implied">
          {t('teams.slotImplied', { slot: t(`teamSlots.${implied}`) })}
        </Text>
      ) : (
        currentRole && (
          <Select
            size="md"
            label={isTag ? t('teams.tag') : t('teams.slot')}
            placeholder={t('teams.slotPlaceholder')}
            value={props.slot || null}
            onChange={(value) => props.onSlotChange(value ?? '')}
            allowDeselect={false}
            data={slots.map((value) =>
              value === null
                ? { value: NO_TAG, label: t('teams.noTag') }
                : {
                    value,
                    label: slotTaken(value)
                      ? t('teams.slotTaken', { slot: t(`teamSlots.${value}`) })
                      : t(`teamSlots.${value}`),
                    disabled: slotTaken(value),
                  },
            )}
            error={props.slotError}
            comboboxProps={{ withinPortal: true }}
            data-testid="member-form-slot"
          />
        )
      )}
    </>
  );
}
