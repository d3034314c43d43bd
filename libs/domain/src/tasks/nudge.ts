import { ErrorCode } from '../errors/error-codes';
import { fail, ok, type DomainResult } from '../teams/result';
import { isOpenAssignment, type Assignment } from './assignment';
import { taskEvent, type TaskEventOf } from './events';
import type { Task } from './task';

/** The rule as data: one nudge per task per team per window (the team is not pinged twice in a morning). */
export const NUDGE_RATE_LIMIT = { per: 'task_team', windowHours: 6 } as const;

export interface NudgeDecision {
  allowed: boolean;
  /** When the next nudge becomes possible; null when allowed now. */
  retryAt: string | null;
}

export function canNudge(
  lastNudgeAt: string | null,
  now: string,
  windowHours: number = NUDGE_RATE_LIMIT.windowHours,
): NudgeDecision {
  if (lastNudgeAt === null) return { allowed: true, retryAt: null };
  const retryMs = Date.parse(lastNudgeAt) + windowHours * 60 * 60 * 1000;
  return retryMs <= Date.parse(now)
    ? { allowed: true, retryAt: null }
    : { allowed: false, retryAt: new Date(retryMs).toISOString() };
}

/** An assignment with the last time its team was nudged about the task. */
export type NudgeCandidate = Pick<Assignment, 'id' | 'teamId' | 'state'> & { lastNudgedAt: string | null };

export interface NudgePlan {
  nudge: { assignmentId: string; teamId: string }[];
  rateLimited: { teamId: string; retryAt: string }[];
  /** Requested teams that are not behind (finished, declined, cancelled) or have no assignment in the task. */
  skipped: { teamId: string; reason: 'not_behind' | 'not_assigned' }[];
}

/**
 * Which teams a nudge reaches: the behind ones (assignment still open) among `teamIds`, or all of them when
 * no list is given, minus those nudged within the window. Refused when nobody is behind
 * (NUDGE_NO_TEAMS_BEHIND) or every behind team was nudged too recently (NUDGE_RATE_LIMITED, with the
 * earliest retry time).
 */
export function planNudge(
  candidates: readonly NudgeCandidate[],
  now: string,
  teamIds?: readonly string[],
): DomainResult<NudgePlan> {
  const plan: NudgePlan = { nudge: [], rateLimited: [], skipped: [] };
  const byTeam = new Map(candidates.map((c) => [c.teamId, c]));
  const wanted = teamIds ? [...new Set(teamIds)] : candidates.map((c) => c.teamId);
  for (const teamId of wanted) {
    const candidate = byTeam.get(teamId);
    if (!candidate) plan.skipped.push({ teamId, reason: 'not_assigned' });
    else if (!isOpenAssignment(candidate.state)) plan.skipped.push({ teamId, reason: 'not_behind' });
    else {
      const decision = canNudge(candidate.lastNudgedAt, now);
      if (decision.retryAt !== null) plan.rateLimited.push({ teamId, retryAt: decision.retryAt });
      else plan.nudge.push({ assignmentId: candidate.id, teamId });
    }
  }
  if (plan.nudge.length > 0) return ok(plan);
  if (plan.rateLimited.length === 0) {
    return fail(ErrorCode.NudgeNoTeamsBehind, 'No team is behind on this task', { skipped: plan.skipped });
  }
  const retryAt = plan.rateLimited.map((r) => r.retryAt).sort()[0]!;
  return fail(ErrorCode.NudgeRateLimited, 'These teams were nudged recently', {
    retryAt,
    rateLimited: plan.rateLimited,
  });
}

export function nudgeEvent(
  task: Pick<Task, 'id' | 'issuerUnitId'>,
  plan: NudgePlan,
  actorId: string,
  at: string,
  message: string | null = null,
): TaskEventOf<'AssignmentsNudged'> {
  return taskEvent(
    'AssignmentsNudged',
    { taskId: task.id, actorId, at },
    {
      issuerUnitId: task.issuerUnitId,
      assignmentIds: plan.nudge.map((n) => n.assignmentId),
      teamIds: plan.nudge.map((n) => n.teamId),
      message: message?.trim() || null,
    },
  );
}
