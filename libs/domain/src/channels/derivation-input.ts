import type { GrantRole } from '../access/roles';
import type { UnitKind } from '../hierarchy/unit-kind';
import type { MembershipRole } from '../teams/membership-roles';
import type { MembershipStatus } from '../teams/membership';
import type { TeamKind, TeamStatus } from '../teams/team-kind';
import type { Position } from '../positions/positions';

/** A unit as derivation needs it: kind and parent for the walks, the materialized path ("/a/b/") for scopes. */
export interface ChannelUnit {
  id: string;
  kind: UnitKind;
  parentId: string | null;
  path: string;
}

export interface ChannelTeam {
  id: string;
  unitId: string;
  kind: TeamKind;
  status: TeamStatus;
}

export interface ChannelMembershipInput {
  teamId: string;
  userId: string;
  role: MembershipRole;
  /** Absent means active, as in the team registry's roster inputs. */
  status?: MembershipStatus;
}

/** An office a user holds on a unit (a person with no account holds none: positions name users). */
export interface PositionInput {
  unitId: string;
  userId: string;
  position: Position;
}

export interface GrantInput {
  userId: string;
  unitId: string;
  role: GrantRole;
}

/** Everything the derived channels depend on; the API loads it for the affected commune or the whole tree. */
export interface DerivationInput {
  units: readonly ChannelUnit[];
  teams: readonly ChannelTeam[];
  memberships: readonly ChannelMembershipInput[];
  positions: readonly PositionInput[];
  grants: readonly GrantInput[];
}
