import type { LoginResponse, TaskDetailDto, TeamDetailDto, UnitDto } from '@cdt/domain';
import { http } from './app';
import { account, activeTeam, addMembers, phoneIn, villagesOf } from './teams';

/** An ISO instant `hours` from now. */
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A village team with a leader, a deputy and a member who can sign in, plus two recorded residents. */
export interface TeamWithPeople {
  team: TeamDetailDto;
  village: UnitDto;
  leader: LoginResponse;
  deputy: LoginResponse;
  member: LoginResponse;
}

/**
 * Active village teams in the first `count` villages of a commune, each led by accounts named after `prefix`,
 * set up by the commune's chair (`chairToken`); residents' phones come from the file's own block.
 */
export async function villageTeamsWithPeople(
  url: string,
  adminToken: string,
  chairToken: string,
  communeId: string,
  count: number,
  prefix: string,
  phoneBlock: string,
): Promise<TeamWithPeople[]> {
  const phone = phoneIn(phoneBlock);
  const villages = (await villagesOf(url, adminToken, communeId)).slice(0, count);
  // Accounts first, all at once: password hashing dominates the set-up time.
  const people = await Promise.all(
    villages.map((_, index) =>
      Promise.all(
        ['leader', 'deputy', 'member'].map((role) =>
          account(url, adminToken, `${prefix}.${role}${index + 1}`),
        ),
      ),
    ),
  );
  const result: TeamWithPeople[] = [];
  for (const [index, village] of villages.entries()) {
    const [leader, deputy, member] = people[index]!;
    const created = await activeTeam(url, chairToken, village.id, 'village');
    const team = await addMembers(url, chairToken, created.id, [
      { person: { userId: leader!.user.id }, role: 'leader', slot: 'village_head' },
      { person: { userId: deputy!.user.id }, role: 'deputy', slot: 'village_youth_secretary' },
      { person: { userId: member!.user.id }, role: 'member', slot: 'teacher' },
      ...[1, 2].map((n) => ({
        person: { fullName: `Cư Dân ${index + 1}.${n}`, phone: phone(index * 10 + n) },
        role: 'member',
        slot: 'resident',
      })),
    ]);
    result.push({ team, village, leader: leader!, deputy: deputy!, member: member! });
  }
  return result;
}

/** A draft task body aimed at the village teams of a unit's subtree; fields can be overridden. */
export function taskBody(
  issuerUnitId: string,
  targetUnitId: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    issuerUnitId,
    title: 'Hướng dẫn người dân cài đặt VNeID',
    description: 'Mỗi Tổ hướng dẫn ít nhất 50 người dân cài đặt và kích hoạt tài khoản định danh điện tử.',
    category: 'public_service_apps',
    priority: 'high',
    dueAt: hoursFromNow(24 * 10),
    target: { type: 'subtree', unitId: targetUnitId, teamKinds: ['village'] },
    targetPerTeam: { value: 50, unitLabel: 'người dân' },
    links: [{ url: 'https://vneid.gov.vn', title: 'VNeID' }],
    ...overrides,
  };
}

/** Creates and publishes a task; throws on any refusal. */
export async function publishedTask(url: string, token: string, body: unknown): Promise<TaskDetailDto> {
  const created = await http<TaskDetailDto>(url, 'POST', '/api/tasks', { token, body });
  if (created.status !== 201) throw new Error(`create task: ${JSON.stringify(created.body)}`);
  const published = await http<TaskDetailDto>(url, 'POST', `/api/tasks/${created.body.id}/publish`, {
    token,
  });
  if (published.status !== 200) throw new Error(`publish task: ${JSON.stringify(published.body)}`);
  return published.body;
}
