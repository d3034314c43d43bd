import { Injectable } from '@nestjs/common';
import {
  draftCompilation,
  expectedReporters,
  isPeriodicDefinition,
  periodById,
  periodStartsAt,
  summarizeBuckets,
  type CompilationContent,
  type CompilationReview,
  type PeriodicReportDefinition,
  type ReportDefinition,
  type ReportPeriod,
  type TeamActivityContent,
} from '@cdt/domain';
import { TeamsRepository } from '../teams/teams.repository';
import { toReport } from './report.mapper';
import { ReportsRepository, type ReportUnitRow } from './reports.repository';

/** The team definition whose reports feed a compilation: a team activity report of the same schedule. */
export function sourceDefinitionOf(
  compilation: ReportDefinition,
  definitions: readonly ReportDefinition[],
): PeriodicReportDefinition | null {
  if (!isPeriodicDefinition(compilation)) return null;
  return (
    definitions
      .filter(isPeriodicDefinition)
      .find(
        (d) =>
          d.contentKind === 'team_activity' &&
          d.reporter.type === 'team' &&
          d.frequency === compilation.frequency &&
          d.cutoffDay === compilation.cutoffDay,
      ) ?? null
  );
}

/**
 * Drafts an area's compilation: its communes, the teams expected to report, their reports of the same period,
 * and the task figures of assignments due within the period, bucketed as of the cut-off (or now, if earlier).
 */
@Injectable()
export class CompilationDrafter {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly teams: TeamsRepository,
  ) {}

  async draft(input: {
    area: ReportUnitRow;
    period: ReportPeriod;
    source: PeriodicReportDefinition | null;
    review?: CompilationReview;
    now: string;
  }): Promise<CompilationContent> {
    const { area, period, source } = input;
    const units = await this.reports.unitsAround(area);
    const communes = units
      .filter((u) => u.kind === 'commune' && u.parentId === area.id)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
    const teamPeriod = source ? periodById(source, period.id) : null;
    const teams = source && teamPeriod ? await this.teams.inSubtree(area.path) : [];
    const communeOf = new Map(teams.map((t) => [t.id, t.communeId]));
    const expected =
      source && teamPeriod
        ? expectedReporters({ definition: source, period: teamPeriod, rootUnitId: area.id, units, teams })
        : [];
    const expectedTeams = expected.flatMap((reporter) => {
      const team = teams.find((t) => t.id === reporter.reporterId);
      const communeId = communeOf.get(reporter.reporterId);
      return team && communeId ? [{ teamId: team.id, name: team.name, kind: team.kind, communeId }] : [];
    });
    const filed = source ? await this.reports.ofPeriodInSubtree(source.id, period.id, area.path) : [];
    const teamReports = filed
      .filter((row) => row.reporterKind === 'team')
      .map((row) => ({ ...toReport<TeamActivityContent>(row), teamId: row.reporterId }));
    return draftCompilation({
      period,
      areaUnitId: area.id,
      communes: communes.map((c) => ({ id: c.id, name: c.name })),
      expectedTeams,
      teamReports,
      taskFigures: await this.taskFigures(area, communes, period, input.now),
      review: input.review,
    });
  }

  private async taskFigures(
    area: ReportUnitRow,
    communes: readonly ReportUnitRow[],
    period: ReportPeriod,
    now: string,
  ) {
    const asOf = Date.parse(now) < Date.parse(period.cutoffAt) ? now : period.cutoffAt;
    const rows = await this.reports.assignmentsDueIn(area.path, periodStartsAt(period), period.cutoffAt);
    const byCommune = new Map(
      communes.map((c) => [c.path, [] as Parameters<typeof summarizeBuckets>[0][number][]]),
    );
    for (const row of rows) {
      const commune = communes.find((c) => row.unitPath.startsWith(c.path));
      const completedAt = row.completedAt ? new Date(row.completedAt).toISOString() : null;
      // Completed after the cut-off: the period saw it still open.
      const late = completedAt !== null && Date.parse(completedAt) > Date.parse(asOf);
      byCommune.get(commune?.path ?? '')?.push({
        state: late ? 'in_progress' : row.state,
        completedAt: late ? null : completedAt,
        dueAt: new Date(row.dueAt).toISOString(),
      });
    }
    return new Map(
      communes.map((c) => [c.id, { byBucket: summarizeBuckets(byCommune.get(c.path) ?? [], asOf).counts }]),
    );
  }
}
