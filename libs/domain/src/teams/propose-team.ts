import { ErrorCode } from '../errors/error-codes';
import type { UnitKind } from '../hierarchy/unit-kind';
import { teamEvent, type TeamDomainEvent } from './events';
import { fail, ok, type DomainResult } from './result';
import { defaultTeamName, type EstablishmentDecision, type Team } from './team';
import { TEAM_UNIT_KIND, type TeamKind, type TeamStatus } from './team-kind';

/** An existing team as the uniqueness rule needs it. */
export interface ExistingTeam {
  id: string;
  kind: TeamKind;
  unitId: string;
  status: TeamStatus;
}

/** A team fits its unit's kind, and a unit holds at most one non-dissolved team of each kind. */
export function checkTeamCanBeProposed(
  unit: { id: string; kind: UnitKind },
  kind: TeamKind,
  existingTeams: readonly ExistingTeam[],
): DomainResult<true> {
  if (TEAM_UNIT_KIND[kind] !== unit.kind) {
    return fail(
      ErrorCode.TeamKindMismatch,
      `A ${kind} team belongs to a ${TEAM_UNIT_KIND[kind]}, not to a ${unit.kind}`,
      { kind, unitKind: unit.kind, expectedUnitKind: TEAM_UNIT_KIND[kind] },
    );
  }
  const current = existingTeams.find(
    (team) => team.unitId === unit.id && team.kind === kind && team.status !== 'dissolved',
  );
  if (current) {
    return fail(ErrorCode.TeamAlreadyExists, `This ${unit.kind} already has a ${kind} team`, {
      existingTeamId: current.id,
      status: current.status,
    });
  }
  return ok(true);
}

export interface ProposeTeamInput {
  id: string;
  unit: { id: string; kind: UnitKind; name: string };
  kind: TeamKind;
  /** Defaults to "Tổ công nghệ số cộng đồng <unit name>". */
  name?: string;
  /** Recorded at once when the team is entered from a decision already signed. */
  decision?: EstablishmentDecision;
  existingTeams: readonly ExistingTeam[];
  actorId: string;
  at: string;
  note?: string | null;
}

/** Creates a team in status `proposed` (with its decision if one is already signed). */
export function proposeTeam(
  input: ProposeTeamInput,
): DomainResult<{ team: Team; events: TeamDomainEvent[] }> {
  const allowed = checkTeamCanBeProposed(input.unit, input.kind, input.existingTeams);
  if (!allowed.ok) return allowed;
  const where = { teamId: input.id, unitId: input.unit.id, actorId: input.actorId, at: input.at };
  const name = input.name?.trim() || defaultTeamName(input.unit.name);
  const note = input.note ?? null;
  const team: Team = {
    id: input.id,
    kind: input.kind,
    unitId: input.unit.id,
    name,
    status: 'proposed',
    decision: input.decision ?? null,
    activatedOn: null,
    dissolvedOn: null,
    dissolutionReason: null,
    history: [{ action: 'propose', actorId: input.actorId, at: input.at, note, status: 'proposed' }],
  };
  const events: TeamDomainEvent[] = [teamEvent('TeamProposed', where, { kind: input.kind, name })];
  if (input.decision) {
    team.history.push({
      action: 'establish',
      actorId: input.actorId,
      at: input.at,
      note,
      status: 'proposed',
    });
    events.push(teamEvent('TeamEstablished', where, { decision: input.decision }));
  }
  return ok({ team, events });
}
