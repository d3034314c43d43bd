import { ErrorCode } from '../errors/error-codes';
import type { CalendarDate } from './calendar';
import { teamEvent, type TeamDomainEvent } from './events';
import { fail, ok, type DomainResult } from './result';
import type { EstablishmentDecision, Team, TeamHistoryAction } from './team';
import type { TeamStatus } from './team-kind';

/** Commands on a team's status; the API checks that the actor is the commune chair (or an admin). */
export type TeamCommand =
  | { type: 'establish'; decision: EstablishmentDecision; note?: string | null }
  | { type: 'activate'; activatedOn: CalendarDate; note?: string | null }
  | { type: 'dissolve'; dissolvedOn: CalendarDate; reason: string; note?: string | null };

/** Statuses each command may start from: a decision can be corrected until launch; a dropped proposal is dissolved too. */
export const TEAM_COMMAND_FROM: Record<TeamCommand['type'], readonly TeamStatus[]> = {
  establish: ['proposed'],
  activate: ['proposed'],
  dissolve: ['proposed', 'active'],
};

export interface TeamTransition {
  team: Team;
  events: TeamDomainEvent[];
}

/**
 * The team's next state for a command: proposed →(establish: record decision)→ proposed →(activate)→ active
 * →(dissolve)→ dissolved. Returns the new team (input untouched) and its event, or a coded refusal.
 * After a dissolution the caller ends the active memberships (endMembership) and rejects pending requests.
 */
export function transitionTeam(
  team: Team,
  command: TeamCommand,
  actor: { id: string },
  at: string,
): DomainResult<TeamTransition> {
  if (!TEAM_COMMAND_FROM[command.type].includes(team.status)) {
    return fail(
      ErrorCode.TeamInvalidTransition,
      `A ${team.status} team cannot be ${pastTense(command.type)}`,
      {
        status: team.status,
        command: command.type,
      },
    );
  }
  const where = { teamId: team.id, unitId: team.unitId, actorId: actor.id, at };
  const record = (next: Team, action: TeamHistoryAction): Team => ({
    ...next,
    history: [
      ...team.history,
      { action, actorId: actor.id, at, note: command.note ?? null, status: next.status },
    ],
  });

  switch (command.type) {
    case 'establish':
      return ok({
        team: record({ ...team, decision: command.decision }, 'establish'),
        events: [teamEvent('TeamEstablished', where, { decision: command.decision })],
      });
    case 'activate': {
      if (!team.decision) {
        return fail(
          ErrorCode.TeamDecisionRequired,
          'Record the establishment decision before launching the team',
        );
      }
      if (command.activatedOn < team.decision.signedOn) {
        return fail(ErrorCode.TeamDateOutOfOrder, 'A team cannot start before its decision is signed', {
          activatedOn: command.activatedOn,
          signedOn: team.decision.signedOn,
        });
      }
      return ok({
        team: record({ ...team, status: 'active', activatedOn: command.activatedOn }, 'activate'),
        events: [teamEvent('TeamActivated', where, { activatedOn: command.activatedOn })],
      });
    }
    case 'dissolve': {
      const since = team.activatedOn ?? team.decision?.signedOn ?? null;
      if (since !== null && command.dissolvedOn < since) {
        return fail(ErrorCode.TeamDateOutOfOrder, 'A team cannot be dissolved before it was formed', {
          dissolvedOn: command.dissolvedOn,
          formedOn: since,
        });
      }
      const reason = command.reason.trim();
      if (!reason) return fail(ErrorCode.ValidationFailed, 'A dissolution needs a reason');
      return ok({
        team: record(
          { ...team, status: 'dissolved', dissolvedOn: command.dissolvedOn, dissolutionReason: reason },
          'dissolve',
        ),
        events: [teamEvent('TeamDissolved', where, { dissolvedOn: command.dissolvedOn, reason })],
      });
    }
  }
}

function pastTense(command: TeamCommand['type']): string {
  return { establish: 'established', activate: 'activated', dissolve: 'dissolved' }[command];
}
