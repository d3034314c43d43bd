import type { CompositionFinding, MembershipDto } from '@cdt/domain';
import { Alert, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** One finding's particulars: the seat concerned, the head count against the rule, the people involved. */
function FindingDetail({
  finding,
  members,
}: {
  finding: CompositionFinding;
  members: readonly MembershipDto[];
}) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (finding.slot) parts.push(t('findingDetails.slot', { slot: t(`teamSlots.${finding.slot}`) }));
  if (finding.coreCount !== undefined && finding.limit !== undefined) {
    parts.push(t('findingDetails.size', { count: finding.coreCount, limit: finding.limit }));
  }
  const names = (finding.personIds ?? [])
    .map(
      (id) =>
        members.find((member) => member.person.id === id && member.status === 'active')?.person.fullName,
    )
    .filter((name): name is string => Boolean(name));
  if (names.length > 0) parts.push(names.join(', '));
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

/** The composition check of §3.1 in the plan's own words: errors first, then warnings. */
export function CompositionCheck({
  findings,
  members,
}: {
  findings: CompositionFinding[];
  members: readonly MembershipDto[];
}) {
  const { t } = useTranslation();
  const sorted = [...findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <Stack gap="xs" data-testid="team-findings" data-count={findings.length}>
      <Title order={2} size="h4">
        {t('teams.composition')}
      </Title>
      {sorted.length === 0 ? (
        <Alert color="green" variant="light" data-testid="team-findings-ok">
          {t('teams.compositionOk')}
        </Alert>
      ) : (
        <List spacing="xs" center={false}>
          {sorted.map((finding, index) => (
            <List.Item
              key={`${finding.code}-${finding.slot ?? ''}-${index}`}
              icon={
                <ThemeIcon color={finding.severity === 'error' ? 'red' : 'yellow'} size={22} radius="xl">
                  <Text size="xs" fw={700} c="white">
                    !
                  </Text>
                </ThemeIcon>
              }
              data-testid={`finding-${finding.code}`}
              data-severity={finding.severity}
            >
              <Text fw={500}>{t(`findings.${finding.code}`)}</Text>
              <FindingDetail finding={finding} members={members} />
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
