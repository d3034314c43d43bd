import {
  GUIDANCE_PLATFORM_LABELS,
  GUIDANCE_PLATFORMS,
  NOMINEE_KIND_LABELS,
  NOMINEE_KINDS,
  residentsGuidedTotal,
  type TeamActivityContent,
} from '@cdt/domain';
import { Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../dashboard/lib/format';
import type { ActivityErrors } from '../lib/activity-errors';
import { removeAt, updateAt } from '../lib/list-items';
import { ReportSection } from './ReportSection';

interface ActivityFormProps {
  value: TeamActivityContent;
  onChange: (next: TeamActivityContent) => void;
  errors: ActivityErrors;
  readOnly: boolean;
}

/** A count input: whole numbers from 0, big enough for a thumb, numeric keypad on phones. */
function Count({
  label,
  value,
  onChange,
  error,
  readOnly,
  testId,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  error: string | undefined;
  readOnly: boolean;
  testId: string;
}) {
  return (
    <NumberInput
      label={label}
      value={value}
      onChange={(next) => onChange(typeof next === 'number' ? next : Number(next) || 0)}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      thousandSeparator="."
      decimalSeparator=","
      inputMode="numeric"
      size="md"
      error={error}
      readOnly={readOnly}
      data-testid={testId}
    />
  );
}

/** The button under an item of a list the team fills (an initiative, a commendation). */
function RemoveItemButton({ onRemove }: { onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
        {t('reports.form.remove')}
      </Button>
    </Group>
  );
}

/** The team's activity report (§3.2), one section per kind of work; phone first. */
export function ActivityForm({ value, onChange, errors, readOnly }: ActivityFormProps) {
  const { t, i18n } = useTranslation();
  const errorOf = (field: string) => {
    const error = errors[field];
    return error ? t(`reports.errors.${error.key}`, error.values ?? {}) : undefined;
  };
  const set = (changes: Partial<TeamActivityContent>) => onChange({ ...value, ...changes });

  return (
    <Stack gap="sm" data-testid="activity-form">
      <ReportSection title={t('reports.form.residents')}>
        {GUIDANCE_PLATFORMS.map((platform) => (
          <Count
            key={platform}
            label={localized(GUIDANCE_PLATFORM_LABELS[platform], i18n.language)}
            value={value.residentsGuided[platform]}
            onChange={(count) => set({ residentsGuided: { ...value.residentsGuided, [platform]: count } })}
            error={errorOf(`residentsGuided.${platform}`)}
            readOnly={readOnly}
            testId={`activity-residents-${platform}`}
          />
        ))}
        {(value.residentsGuided.other > 0 || value.otherPlatforms !== '') && (
          <TextInput
            label={t('reports.form.otherPlatforms')}
            value={value.otherPlatforms}
            onChange={(event) => set({ otherPlatforms: event.currentTarget.value })}
            error={errorOf('otherPlatforms')}
            readOnly={readOnly}
            size="md"
            data-testid="activity-other-platforms"
          />
        )}
        <Text size="sm" fw={600} data-testid="activity-residents-total">
          {t('reports.form.totalResidents', { count: residentsGuidedTotal(value) })}
        </Text>
      </ReportSection>
      <ReportSection title={t('reports.form.training')}>
        <Count
          label={t('reports.form.sessions')}
          value={value.training.sessions}
          onChange={(sessions) => set({ training: { ...value.training, sessions } })}
          error={errorOf('training.sessions')}
          readOnly={readOnly}
          testId="activity-training-sessions"
        />
        <Count
          label={t('reports.form.participants')}
          value={value.training.participants}
          onChange={(participants) => set({ training: { ...value.training, participants } })}
          error={errorOf('training.participants')}
          readOnly={readOnly}
          testId="activity-training-participants"
        />
      </ReportSection>
      <ReportSection title={t('reports.form.publicity')}>
        <Count
          label={t('reports.form.publicityActivities')}
          value={value.publicity.activities}
          onChange={(activities) => set({ publicity: { ...value.publicity, activities } })}
          error={errorOf('publicity.activities')}
          readOnly={readOnly}
          testId="activity-publicity-activities"
        />
        <Textarea
          label={t('reports.form.publicityDescription')}
          value={value.publicity.description}
          onChange={(event) =>
            set({ publicity: { ...value.publicity, description: event.currentTarget.value } })
          }
          error={errorOf('publicity.description')}
          readOnly={readOnly}
          autosize
          minRows={2}
          size="md"
          data-testid="activity-publicity-description"
        />
      </ReportSection>
      <ReportSection title={t('reports.form.initiatives')}>
        {value.initiatives.map((initiative, index) => {
          const update = (changes: Partial<typeof initiative>) =>
            set({ initiatives: updateAt(value.initiatives, index, changes) });
          return (
            <Stack key={index} gap={6} data-testid={`activity-initiative-${index}`}>
              <TextInput
                label={t('reports.form.initiativeTitle')}
                value={initiative.title}
                onChange={(event) => update({ title: event.currentTarget.value })}
                error={errorOf(`initiatives.${index}.title`)}
                readOnly={readOnly}
                size="md"
              />
              <Textarea
                label={t('reports.form.initiativeDescription')}
                value={initiative.description}
                onChange={(event) => update({ description: event.currentTarget.value })}
                readOnly={readOnly}
                autosize
                minRows={2}
                size="md"
              />
              {!readOnly && (
                <RemoveItemButton onRemove={() => set({ initiatives: removeAt(value.initiatives, index) })} />
              )}
            </Stack>
          );
        })}
        {!readOnly && (
          <Button
            variant="light"
            onClick={() => set({ initiatives: [...value.initiatives, { title: '', description: '' }] })}
            data-testid="activity-add-initiative"
          >
            {t('reports.form.addInitiative')}
          </Button>
        )}
      </ReportSection>
      <ReportSection title={t('reports.form.commendations')}>
        {value.commendations.map((proposal, index) => {
          const update = (changes: Partial<typeof proposal>) =>
            set({ commendations: updateAt(value.commendations, index, changes) });
          return (
            <Stack key={index} gap={6} data-testid={`activity-commendation-${index}`}>
              <Select
                label={t('reports.form.nomineeKind')}
                data={NOMINEE_KINDS.map((kind) => ({
                  value: kind,
                  label: localized(NOMINEE_KIND_LABELS[kind], i18n.language),
                }))}
                value={proposal.nomineeKind}
                onChange={(kind) => kind && update({ nomineeKind: kind })}
                allowDeselect={false}
                readOnly={readOnly}
                size="md"
              />
              <TextInput
                label={t('reports.form.nomineeName')}
                value={proposal.name}
                onChange={(event) => update({ name: event.currentTarget.value })}
                error={errorOf(`commendations.${index}.name`)}
                readOnly={readOnly}
                size="md"
              />
              <Textarea
                label={t('reports.form.reason')}
                value={proposal.reason}
                onChange={(event) => update({ reason: event.currentTarget.value })}
                error={errorOf(`commendations.${index}.reason`)}
                readOnly={readOnly}
                autosize
                minRows={2}
                size="md"
              />
              {!readOnly && (
                <RemoveItemButton
                  onRemove={() => set({ commendations: removeAt(value.commendations, index) })}
                />
              )}
            </Stack>
          );
        })}
        {!readOnly && (
          <Button
            variant="light"
            onClick={() =>
              set({
                commendations: [...value.commendations, { nomineeKind: 'resident', name: '', reason: '' }],
              })
            }
            data-testid="activity-add-commendation"
          >
            {t('reports.form.addCommendation')}
          </Button>
        )}
      </ReportSection>
      <ReportSection title={t('reports.form.notes')}>
        <Textarea
          aria-label={t('reports.form.notes')}
          value={value.notes}
          onChange={(event) => set({ notes: event.currentTarget.value })}
          error={errorOf('notes')}
          readOnly={readOnly}
          autosize
          minRows={3}
          size="md"
          data-testid="activity-notes"
        />
      </ReportSection>
    </Stack>
  );
}
