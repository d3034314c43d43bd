import type { AssignmentFigures } from '../rollups/figures';
import type { TeamKind } from '../teams/team-kind';
import type { NomineeKind, TeamActivityContent } from './activity-content';
import { addActivity, addRows, emptyRow, taskTotals, type CompilationRow } from './compilation-sums';
import { whoHasNotReported, type NotReportedStatus } from './completeness';
import type { ReportPeriod } from './period';
import { isCountedReport, isOnTime, type Report } from './report';

export type { ActivityTotals, CompilationRow, TaskBucketTotals } from './compilation-sums';

export interface CompilationCommuneRow extends CompilationRow {
  communeId: string;
  communeName: string;
}

interface TeamRef {
  teamId: string;
  teamName: string;
  communeId: string;
}

/** The district official's own words, kept when the draft is refreshed. */
export interface CompilationReview {
  summary: string;
  proposals: string;
}

/** An area's monthly compilation: drafted from its teams' reports and task figures, then reviewed and sent. */
export interface CompilationContent extends CompilationReview {
  periodId: string;
  areaUnitId: string;
  communes: CompilationCommuneRow[];
  totals: CompilationRow;
  initiatives: (TeamRef & { title: string; description: string })[];
  commendations: (TeamRef & { nomineeKind: NomineeKind; name: string; reason: string })[];
  teamNotes: (TeamRef & { notes: string })[];
  notReported: (TeamRef & { kind: TeamKind; status: NotReportedStatus })[];
}

export interface CompilationInput {
  period: Pick<ReportPeriod, 'id'>;
  areaUnitId: string;
  /** The area's communes, in display order. */
  communes: readonly { id: string; name: string }[];
  /** The teams expected to report (expectedReporters), each with its commune. */
  expectedTeams: readonly { teamId: string; name: string; kind: TeamKind; communeId: string }[];
  teamReports: readonly (Pick<
    Report<TeamActivityContent>,
    'state' | 'firstSubmittedAt' | 'deadlineAt' | 'content'
  > & {
    teamId: string;
  })[];
  /** Assignment figures per commune (the commune's rollup), for the task columns. */
  taskFigures: ReadonlyMap<string, Pick<AssignmentFigures, 'byBucket'>>;
  /** The review of an earlier draft, carried over when the draft is refreshed. */
  review?: CompilationReview;
}

/**
 * The draft of an area's compilation: per commune, the sums of its teams' counted reports (in the recipient's
 * hands or accepted) and its task buckets; the initiatives, commendation proposals and notes listed with their
 * team; and who has not reported. Reports of teams not expected are left out.
 */
export function draftCompilation(input: CompilationInput): CompilationContent {
  const expected = new Map(input.expectedTeams.map((team) => [team.teamId, team]));
  const counted = input.teamReports.filter((r) => expected.has(r.teamId) && isCountedReport(r.state));
  const content: CompilationContent = {
    periodId: input.period.id,
    areaUnitId: input.areaUnitId,
    communes: [],
    totals: emptyRow(),
    initiatives: [],
    commendations: [],
    teamNotes: [],
    notReported: [],
    summary: input.review?.summary ?? '',
    proposals: input.review?.proposals ?? '',
  };
  const rows = new Map(
    input.communes.map((c) => [c.id, { communeId: c.id, communeName: c.name, ...emptyRow() }]),
  );
  for (const team of input.expectedTeams) {
    const row = rows.get(team.communeId);
    if (row) row.teamsExpected += 1;
  }
  for (const report of counted) {
    const team = expected.get(report.teamId)!;
    const row = rows.get(team.communeId);
    if (!row) continue;
    row.teamsReported += 1;
    if (isOnTime(report)) row.teamsOnTime += 1;
    addActivity(row.activity, report.content);
    const ref: TeamRef = { teamId: team.teamId, teamName: team.name, communeId: team.communeId };
    content.initiatives.push(...report.content.initiatives.map((i) => ({ ...ref, ...i })));
    content.commendations.push(...report.content.commendations.map((c) => ({ ...ref, ...c })));
    if (report.content.notes) content.teamNotes.push({ ...ref, notes: report.content.notes });
  }
  for (const row of rows.values()) {
    row.tasks = taskTotals(input.taskFigures.get(row.communeId)?.byBucket);
    content.communes.push(row);
    content.totals = addRows(content.totals, row);
  }
  content.notReported = whoHasNotReported(
    input.expectedTeams
      .filter((team) => rows.has(team.communeId))
      .map((team) => ({ ...team, reporterId: team.teamId })),
    input.teamReports.map((r) => ({ reporterId: r.teamId, state: r.state })),
  ).map((team) => ({
    teamId: team.teamId,
    teamName: team.name,
    communeId: team.communeId,
    kind: team.kind,
    status: team.status,
  }));
  return content;
}
