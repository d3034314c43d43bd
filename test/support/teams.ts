import type { LoginResponse, TeamDetailDto, UnitDto, UserDto } from '@cdt/domain';
import { http, login } from './app';

export const E2E_PASSWORD = 'mat-khau-e2e-123';

/** Units by official code (districts and communes under the given district codes), read as the admin. */
export async function unitsByCode(url: string, admin: string, districtCodes: string[]) {
  const get = async (path: string) => (await http<UnitDto[]>(url, 'GET', path, { token: admin })).body;
  const byCode = new Map<string, UnitDto>();
  const province = (await get('/api/units'))[0]!;
  byCode.set(province.code!, province);
  for (const district of await get(`/api/units/${province.id}/children`)) {
    byCode.set(district.code!, district);
    if (!districtCodes.includes(district.code!)) continue;
    for (const commune of await get(`/api/units/${district.id}/children`)) byCode.set(commune.code!, commune);
  }
  return (code: string): UnitDto => {
    const unit = byCode.get(code);
    if (!unit) throw new Error(`no unit ${code} loaded`);
    return unit;
  };
}

/** A commune's villages, by name. */
export async function villagesOf(url: string, token: string, communeId: string): Promise<UnitDto[]> {
  const villages = (await http<UnitDto[]>(url, 'GET', `/api/units/${communeId}/children`, { token })).body;
  return villages.filter((v) => v.kind === 'village').sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Creates a sign-in account (as the admin), grants it the roles given, and signs it in. */
export async function account(
  url: string,
  admin: string,
  username: string,
  grants: { unitId: string; role: string }[] = [],
): Promise<LoginResponse> {
  const created = await http<UserDto>(url, 'POST', '/api/users', {
    token: admin,
    body: { username, fullName: `E2E ${username}`, password: E2E_PASSWORD },
  });
  if (created.status !== 201) throw new Error(`create ${username}: ${JSON.stringify(created.body)}`);
  for (const grant of grants) {
    const res = await http(url, 'POST', `/api/users/${created.body.id}/grants`, {
      token: admin,
      body: grant,
    });
    if (res.status !== 201) throw new Error(`grant ${username}: ${JSON.stringify(res.body)}`);
  }
  return login(url, username, E2E_PASSWORD);
}

/** Proposes, establishes (decision in 2023, after the plan's dates) and launches a team; returns its detail. */
export async function activeTeam(
  url: string,
  token: string,
  unitId: string,
  kind: 'commune' | 'village',
): Promise<TeamDetailDto> {
  const created = await http<TeamDetailDto>(url, 'POST', '/api/teams', {
    token,
    body: {
      unitId,
      kind,
      decision: { number: '15/QĐ-UBND', signedOn: '2023-03-01', signerName: 'Chủ tịch E2E' },
    },
  });
  if (created.status !== 201) throw new Error(`create team: ${JSON.stringify(created.body)}`);
  const activated = await http<TeamDetailDto>(url, 'POST', `/api/teams/${created.body.id}/activate`, {
    token,
    body: { activatedOn: '2023-03-10' },
  });
  if (activated.status !== 200) throw new Error(`activate team: ${JSON.stringify(activated.body)}`);
  return activated.body;
}

/** Adds members directly (as the team's commune chair); throws on any refusal. */
export async function addMembers(
  url: string,
  token: string,
  teamId: string,
  members: {
    person: { userId: string } | { fullName: string; phone: string };
    role: string;
    slot?: string | null;
  }[],
): Promise<TeamDetailDto> {
  let detail: TeamDetailDto | undefined;
  for (const member of members) {
    const res = await http<TeamDetailDto>(url, 'POST', `/api/teams/${teamId}/members`, {
      token,
      body: member,
    });
    if (res.status !== 201) throw new Error(`add member: ${JSON.stringify(res.body)}`);
    detail = res.body;
  }
  return detail!;
}

/** A numbered phone in a block reserved for one test file, so files never share a person. */
export const phoneIn = (block: string) => (n: number) =>
  `09${block}${String(n).padStart(8 - block.length, '0')}`;
