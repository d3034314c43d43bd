// Arithmetic of compilation rows (internal to draftCompilation; rates recomputed from the summed counts).
import { GOVERNMENT_BUCKETS, type GovernmentBucket } from '../tasks/buckets';
import {
  GUIDANCE_PLATFORMS,
  residentsGuidedTotal,
  type GuidancePlatform,
  type TeamActivityContent,
} from './activity-content';

/** Sums of the teams' activity reports. */
export interface ActivityTotals {
  residentsGuided: Record<GuidancePlatform, number>;
  residentsGuidedTotal: number;
  trainingSessions: number;
  trainingParticipants: number;
  publicityActivities: number;
  initiatives: number;
  commendationProposals: number;
}

/** Task figures as government reports count them. */
export interface TaskBucketTotals {
  byBucket: Record<GovernmentBucket, number>;
  /** Assignments in the four buckets. */
  reported: number;
  completionRate: number | null;
  onTimeRate: number | null;
}

export interface CompilationRow {
  teamsExpected: number;
  teamsReported: number;
  teamsOnTime: number;
  activity: ActivityTotals;
  tasks: TaskBucketTotals;
}

export function emptyActivity(): ActivityTotals {
  const residentsGuided = Object.fromEntries(GUIDANCE_PLATFORMS.map((p) => [p, 0])) as Record<
    GuidancePlatform,
    number
  >;
  return {
    residentsGuided,
    residentsGuidedTotal: 0,
    trainingSessions: 0,
    trainingParticipants: 0,
    publicityActivities: 0,
    initiatives: 0,
    commendationProposals: 0,
  };
}

export function emptyRow(): CompilationRow {
  return {
    teamsExpected: 0,
    teamsReported: 0,
    teamsOnTime: 0,
    activity: emptyActivity(),
    tasks: taskTotals(undefined),
  };
}

export function addActivity(totals: ActivityTotals, content: TeamActivityContent): void {
  for (const platform of GUIDANCE_PLATFORMS)
    totals.residentsGuided[platform] += content.residentsGuided[platform];
  totals.residentsGuidedTotal += residentsGuidedTotal(content);
  totals.trainingSessions += content.training.sessions;
  totals.trainingParticipants += content.training.participants;
  totals.publicityActivities += content.publicity.activities;
  totals.initiatives += content.initiatives.length;
  totals.commendationProposals += content.commendations.length;
}

export function addRows(a: CompilationRow, b: CompilationRow): CompilationRow {
  const activity = emptyActivity();
  for (const platform of GUIDANCE_PLATFORMS) {
    activity.residentsGuided[platform] =
      a.activity.residentsGuided[platform] + b.activity.residentsGuided[platform];
  }
  const sum = (key: Exclude<keyof ActivityTotals, 'residentsGuided'>) => a.activity[key] + b.activity[key];
  const byBucket = Object.fromEntries(
    GOVERNMENT_BUCKETS.map((bucket) => [bucket, a.tasks.byBucket[bucket] + b.tasks.byBucket[bucket]]),
  ) as Record<GovernmentBucket, number>;
  return {
    teamsExpected: a.teamsExpected + b.teamsExpected,
    teamsReported: a.teamsReported + b.teamsReported,
    teamsOnTime: a.teamsOnTime + b.teamsOnTime,
    activity: {
      ...activity,
      residentsGuidedTotal: sum('residentsGuidedTotal'),
      trainingSessions: sum('trainingSessions'),
      trainingParticipants: sum('trainingParticipants'),
      publicityActivities: sum('publicityActivities'),
      initiatives: sum('initiatives'),
      commendationProposals: sum('commendationProposals'),
    },
    tasks: taskTotals(byBucket),
  };
}

export function taskTotals(buckets: Partial<Record<GovernmentBucket, number>> | undefined): TaskBucketTotals {
  const byBucket = Object.fromEntries(GOVERNMENT_BUCKETS.map((b) => [b, buckets?.[b] ?? 0])) as Record<
    GovernmentBucket,
    number
  >;
  const reported = GOVERNMENT_BUCKETS.reduce((sum, bucket) => sum + byBucket[bucket], 0);
  return {
    byBucket,
    reported,
    completionRate: reported === 0 ? null : (byBucket.done_on_time + byBucket.done_late) / reported,
    onTimeRate: reported === 0 ? null : byBucket.done_on_time / reported,
  };
}
