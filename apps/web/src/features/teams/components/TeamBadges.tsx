import {
  TEAM_SIZE,
  type CompositionFinding,
  type RequestState,
  type SizeStatus,
  type TeamKind,
  type TeamStatus,
} from '@cdt/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorCount, warningCount } from '../lib/team-place';

const STATUS_COLORS: Record<TeamStatus, string> = { proposed: 'yellow', active: 'green', dissolved: 'gray' };
const SIZE_COLORS: Record<SizeStatus, string> = {
  below_minimum: 'yellow',
  within_range: 'green',
  above_maximum: 'red',
};
const REQUEST_STATE_COLORS: Record<RequestState, string> = {
  awaiting_leader: 'blue',
  awaiting_chair: 'violet',
  approved: 'green',
  rejected: 'red',
  withdrawn: 'gray',
};

const badge = { variant: 'light', size: 'md', radius: 'sm', tt: 'none' } as const;

export function TeamKindBadge({ kind }: { kind: TeamKind }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={kind === 'commune' ? 'teal' : 'orange'} data-testid="team-kind">
      {t(`teamKinds.${kind}`)}
    </Badge>
  );
}

export function TeamStatusBadge({ status }: { status: TeamStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge} color={STATUS_COLORS[status]} data-testid="team-status" data-status={status}>
      {t(`teamStatuses.${status}`)}
    </Badge>
  );
}

/** "6/8 thành viên", coloured by the size rule (below the minimum is allowed but flagged). */
export function TeamSizeBadge({
  kind,
  coreCount,
  sizeStatus,
}: {
  kind: TeamKind;
  coreCount: number;
  sizeStatus: SizeStatus;
}) {
  const { t } = useTranslation();
  const { max } = TEAM_SIZE[kind];
  return (
    <Badge {...badge} color={SIZE_COLORS[sizeStatus]} data-testid="team-size" data-size-status={sizeStatus}>
      {t('teams.size', { count: coreCount, max })}
    </Badge>
  );
}

/** Counts of composition errors and warnings, or a "compliant" mark. */
export function FindingCountBadges({ findings }: { findings: CompositionFinding[] }) {
  const { t } = useTranslation();
  const errors = errorCount({ findings });
  const warnings = warningCount({ findings });
  if (errors === 0 && warnings === 0) {
    return (
      <Badge {...badge} variant="outline" color="green" data-testid="team-compliant">
        {t('teams.compliant')}
      </Badge>
    );
  }
  return (
    <>
      {errors > 0 && (
        <Badge {...badge} color="red" data-testid="team-errors">
          {t('teams.errorsCount', { count: errors })}
        </Badge>
      )}
      {warnings > 0 && (
        <Badge {...badge} color="yellow" data-testid="team-warnings">
          {t('teams.warningsCount', { count: warnings })}
        </Badge>
      )}
    </>
  );
}

export function RequestStateBadge({ state }: { state: RequestState }) {
  const { t } = useTranslation();
  return (
    <Badge
      {...badge}
      color={REQUEST_STATE_COLORS[state]}
      style={{ whiteSpace: 'normal', height: 'auto', minHeight: 22 }}
      data-testid="request-state"
      data-state={state}
    >
      {t(`requestStates.${state}`)}
    </Badge>
  );
}
