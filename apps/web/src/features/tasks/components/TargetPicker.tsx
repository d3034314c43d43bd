import {
  targetPreviewRequestSchema,
  type TargetPreviewRequest,
  type TeamKind,
  type UnitDto,
} from '@cdt/domain';
import { Alert, Checkbox, Group, MultiSelect, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import { TEAM_LIST_LIMIT, useTeams } from '../../teams/hooks/use-teams';
import { useTargetPreview } from '../hooks/use-tasks';
import { targetInput, type TaskTargetState } from '../lib/task-form';
import { TargetTree } from './TargetTree';

interface TargetPickerProps {
  issuer: UnitDto;
  value: TaskTargetState;
  error?: FieldError;
  onChange: (target: TaskTargetState) => void;
  disabled?: boolean;
}

const KINDS: { kind: TeamKind; label: 'tasks.target.kindCommune' | 'tasks.target.kindVillage' }[] = [
  { kind: 'commune', label: 'tasks.target.kindCommune' },
  { kind: 'village', label: 'tasks.target.kindVillage' },
];

/** Who receives the task, with the server's count of the teams it would reach as the issuer picks. */
export function TargetPicker({ issuer, value, error, onChange, disabled = false }: TargetPickerProps) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const teams = useTeams(
    { unitId: issuer.id, status: 'active', limit: TEAM_LIST_LIMIT },
    value.mode === 'teams',
  );
  const parsed = targetPreviewRequestSchema.safeParse({
    issuerUnitId: issuer.id,
    target: targetInput(value),
  });
  // Debounced as text: a fresh object each render would restart the timer for ever.
  const [debounced] = useDebouncedValue(parsed.success ? JSON.stringify(parsed.data) : '', 300);
  const request = debounced ? (JSON.parse(debounced) as TargetPreviewRequest) : null;
  const preview = useTargetPreview(request);

  const toggleKind = (kind: TeamKind, on: boolean) =>
    onChange({
      ...value,
      teamKinds: on ? [...new Set([...value.teamKinds, kind])] : value.teamKinds.filter((k) => k !== kind),
    });

  return (
    <Paper withBorder p="sm" radius="md" data-testid="target-picker">
      <Stack gap="sm">
        <Text fw={600}>{t('tasks.target.title')}</Text>
        <SegmentedControl
          fullWidth
          disabled={disabled}
          value={value.mode}
          onChange={(mode) => onChange({ ...value, mode: mode })}
          data={[
            { value: 'subtree', label: t('tasks.target.modeSubtree') },
            { value: 'teams', label: t('tasks.target.modeTeams') },
          ]}
          data-testid="target-mode"
        />
        {value.mode === 'subtree' ? (
          <>
            {!disabled && (
              <TargetTree
                root={issuer}
                selectedId={value.unitId}
                onSelect={(unitId) => onChange({ ...value, unitId })}
              />
            )}
            <Group gap="lg">
              {KINDS.map(({ kind, label }) => (
                <Checkbox
                  key={kind}
                  size="md"
                  label={t(label)}
                  disabled={disabled}
                  checked={value.teamKinds.includes(kind)}
                  onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
                  data-testid={`target-kind-${kind}`}
                />
              ))}
            </Group>
          </>
        ) : (
          <MultiSelect
            size="md"
            searchable
            disabled={disabled}
            label={t('tasks.target.teams')}
            placeholder={t('tasks.target.teamsPlaceholder')}
            data={(teams.data ?? []).map((team) => ({ value: team.id, label: team.name }))}
            value={value.teamIds}
            onChange={(teamIds) => onChange({ ...value, teamIds })}
            comboboxProps={{ withinPortal: true }}
            data-testid="target-teams"
          />
        )}
        {error && (
          <Text size="sm" c="red">
            {errorText(error)}
          </Text>
        )}
        {request === null || !preview.data ? (
          <Text size="sm" c="dimmed">
            {t('tasks.target.incomplete')}
          </Text>
        ) : (
          <Alert
            variant="light"
            color={preview.data.teamCount > 0 ? 'blue' : 'orange'}
            data-testid="target-count"
            data-count={preview.data.teamCount}
          >
            <Text fw={700}>{t('tasks.target.count', { count: preview.data.teamCount })}</Text>
            <Text size="sm">
              {t('tasks.target.countDetail', {
                commune: preview.data.counts.commune,
                village: preview.data.counts.village,
              })}
            </Text>
            {preview.data.refused.length > 0 && (
              <Text size="sm" c="orange">
                {t('tasks.target.refused', { count: preview.data.refused.length })}
              </Text>
            )}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
