import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  ErrorCode,
  checkReportPeriod,
  editReportContent,
  emptyActivityContent,
  expectedReporters,
  isPeriodicDefinition,
  openReport,
  reportingPeriodAt,
  transitionReport,
  type AcceptReportRequest,
  type CompilationContent,
  type CompilationDto,
  type CompilationReviewRequest,
  type ListReportsQuery,
  type OpenReportRequest,
  type Report,
  type ReportCommand,
  type ReportDefinition,
  type ReportDefinitionDto,
  type ReportDto,
  type ReportPeriod,
  type ReturnReportRequest,
  type TeamActivityContent,
} from '@cdt/domain';
import type { Actor } from '../common/current-user';
import { unwrap } from '../common/domain-result';
import { DomainException } from '../common/domain.exception';
import { TeamsRepository } from '../teams/teams.repository';
import { CompilationDrafter, sourceDefinitionOf } from './compilation-drafter';
import { ReportAccess } from './report-access';
import { toReport, toReportDto } from './report.mapper';
import { ReportsRepository, type ReportRow } from './reports.repository';

export type AnyReportDto = ReportDto | CompilationDto;

const now = () => new Date().toISOString();

/** Filing, reviewing and deciding reports: access first, then the domain's rule, then one locked write. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly reports: ReportsRepository,
    private readonly teams: TeamsRepository,
    private readonly access: ReportAccess,
    private readonly drafter: CompilationDrafter,
  ) {}

  async definitions(): Promise<ReportDefinitionDto[]> {
    const at = now();
    return (await this.reports.definitions()).map(({ definition }) => ({
      id: definition.id,
      name: definition.name,
      contentKind: definition.contentKind,
      frequency: definition.frequency,
      reporter: definition.reporter,
      recipient: definition.recipient,
      reminderDaysBefore: definition.reminderDaysBefore,
      currentPeriod: isPeriodicDefinition(definition) ? reportingPeriodAt(definition, at) : null,
    }));
  }

  async definition(id: string): Promise<ReportDefinition> {
    const row = await this.reports.definition(id);
    if (!row)
      throw new DomainException(ErrorCode.ReportDefinitionNotFound, 'There is no such report definition.');
    return row.definition;
  }

  /** The reporter's report for the period: the existing one, or a new draft (a compilation comes drafted). */
  async open(actor: Actor, request: OpenReportRequest): Promise<AnyReportDto> {
    const at = now();
    const definition = await this.definition(request.definitionId);
    const { reporter, unit, createdBy } =
      'teamId' in request.reporter
        ? await this.teamReporter(actor, request.reporter.teamId)
        : await this.unitReporter(actor, request.reporter.unitId);
    const period = unwrap(checkReportPeriod(definition, request.periodId, at));
    const existing = await this.reports.findByReporter(definition.id, period.id, reporter.id);
    if (existing) return this.dto(actor, existing);
    const units = await this.reports.unitsAround(unit);
    const teams = reporter.kind === 'team' ? await this.teams.findByIds([reporter.id]) : [];
    const expected = expectedReporters({ definition, period, rootUnitId: unit.id, units, teams }).find(
      (r) => r.reporterId === reporter.id,
    );
    const compiles = definition.contentKind === 'area_compilation';
    const content = compiles
      ? await this.draftFor(definition, unit, period, undefined, at)
      : emptyActivityContent();
    const report = unwrap(
      openReport({ id: randomUUID(), definition, period, reporter: expected, content, at }),
    );
    await this.reports.transaction((manager) =>
      this.reports.insert(manager, report, {
        period,
        reporterUnitPath: unit.path,
        createdBy,
        draftedAt: compiles ? at : null,
      }),
    );
    const stored = await this.reports.findByReporter(definition.id, period.id, reporter.id);
    return this.dto(actor, stored!);
  }

  async get(actor: Actor, id: string): Promise<AnyReportDto> {
    return this.dto(actor, await this.find(id));
  }

  async list(
    actor: Actor,
    query: ListReportsQuery,
  ): Promise<{ items: AnyReportDto[]; nextCursor: string | null }> {
    const unit = await this.reports.unit(query.unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    this.access.assertSees(actor, unit);
    const offset = query.cursor ? Number.parseInt(query.cursor, 10) || 0 : 0;
    const rows = await this.reports.list({
      path: unit.path,
      unitId: unit.id,
      definitionId: query.definitionId,
      periodId: query.periodId,
      states: query.states,
      limit: query.limit + 1,
      offset,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: await this.dtos(actor, page),
      nextCursor: rows.length > query.limit ? String(offset + query.limit) : null,
    };
  }

  /** New content of a team's activity report (draft or returned), by its leader or deputy. */
  async saveContent(actor: Actor, id: string, content: TeamActivityContent): Promise<AnyReportDto> {
    return this.change(actor, id, 'team_activity', (report, standing, at) =>
      unwrap(editReportContent(report, content, standing, at)),
    );
  }

  /** The district official's review (summary, proposals) of a compilation; the drafted figures stay. */
  async saveReview(actor: Actor, id: string, review: CompilationReviewRequest): Promise<AnyReportDto> {
    return this.change(actor, id, 'area_compilation', (report, standing, at) => {
      const content = { ...(report.content as CompilationContent), ...review };
      return unwrap(editReportContent(report, content, standing, at));
    });
  }

  /** Re-drafts a compilation's figures from the latest team reports and task figures, keeping the review. */
  async refresh(actor: Actor, id: string): Promise<AnyReportDto> {
    const at = now();
    const row = await this.find(id);
    if (row.definition.contentKind !== 'area_compilation') {
      throw new DomainException(
        ErrorCode.ValidationFailed,
        'Only a compilation is drafted from other reports.',
      );
    }
    const current = row.content as CompilationContent;
    const content = await this.draftFor(row.definition, row.reporterUnit, row.period, current, at);
    return this.change(
      actor,
      id,
      'area_compilation',
      (report, standing) => unwrap(editReportContent(report, content, standing, at)),
      { draftedAt: at },
    );
  }

  async submit(actor: Actor, id: string): Promise<AnyReportDto> {
    return this.step(actor, id, { type: 'submit' });
  }

  async accept(actor: Actor, id: string, body: AcceptReportRequest): Promise<AnyReportDto> {
    return this.step(actor, id, { type: 'accept', note: body.note ?? null });
  }

  async return(actor: Actor, id: string, body: ReturnReportRequest): Promise<AnyReportDto> {
    return this.step(actor, id, { type: 'return', reason: body.reason });
  }

  async find(id: string): Promise<ReportRow> {
    const row = await this.reports.findById(id);
    if (!row) throw new DomainException(ErrorCode.ReportNotFound, 'There is no such report.');
    return row;
  }

  private step(actor: Actor, id: string, command: ReportCommand): Promise<AnyReportDto> {
    const who =
      command.type === 'submit'
        ? { submittedBy: actor.userId }
        : command.type === 'accept'
          ? { acceptedBy: actor.userId }
          : {};
    return this.change(
      actor,
      id,
      null,
      (report, standing, at) => unwrap(transitionReport(report, command, standing, at)),
      who,
    );
  }

  /** Locks the report, checks the caller's standing, applies the rule, writes, and answers the new state. */
  private async change(
    actor: Actor,
    id: string,
    kind: ReportDefinition['contentKind'] | null,
    apply: (report: Report, standing: Awaited<ReturnType<ReportAccess['standing']>>, at: string) => Report,
    changes: { submittedBy?: string; acceptedBy?: string; draftedAt?: string } = {},
  ): Promise<AnyReportDto> {
    const at = now();
    const standing = await this.reports.transaction(async (manager) => {
      const row = await this.reports.findById(id, manager, true);
      if (!row) throw new DomainException(ErrorCode.ReportNotFound, 'There is no such report.');
      const standing = await this.access.standing(actor, row);
      if (kind && row.definition.contentKind !== kind) {
        throw new DomainException(
          ErrorCode.ValidationFailed,
          kind === 'team_activity'
            ? 'A compilation takes a review, not activity figures.'
            : 'Only a compilation takes a review.',
        );
      }
      await this.reports.save(manager, apply(toReport(row), standing, at), changes);
      return standing;
    });
    // Who the caller is to the report (reporter, recipient) does not change with its content or state.
    const row = await this.find(id);
    return toReportDto(row, standing, await this.historyNames([row]));
  }

  private async draftFor(
    definition: ReportDefinition,
    area: ReportRow['reporterUnit'],
    period: ReportPeriod,
    review: CompilationContent | undefined,
    at: string,
  ): Promise<CompilationContent> {
    const all = (await this.reports.definitions()).map((d) => d.definition);
    return this.drafter.draft({ area, period, source: sourceDefinitionOf(definition, all), review, now: at });
  }

  private async teamReporter(actor: Actor, teamId: string) {
    const team = await this.teams.findById(teamId);
    if (!team) throw new DomainException(ErrorCode.TeamNotFound, 'There is no such team.');
    const unit = await this.reports.unit(team.unitId);
    const role = await this.access.teamRole(actor, team.id);
    if (!this.access.isTeamReporter(role)) {
      if (role === null) this.access.assertSees(actor, unit!);
      throw new DomainException(
        ErrorCode.ReportActorNotAllowed,
        "Only the team's leader or deputy files its report.",
      );
    }
    return { reporter: { kind: 'team' as const, id: team.id }, unit: unit!, createdBy: actor.userId };
  }

  private async unitReporter(actor: Actor, unitId: string) {
    const unit = await this.reports.unit(unitId);
    if (!unit) throw new DomainException(ErrorCode.UnitNotFound, 'There is no such unit.');
    this.access.assertSees(actor, unit);
    if (!(await this.access.isUnitReporter(actor, unit))) {
      throw new DomainException(
        ErrorCode.ReportActorNotAllowed,
        "Only the unit's own office files its report.",
      );
    }
    return { reporter: { kind: 'unit' as const, id: unit.id }, unit, createdBy: actor.userId };
  }

  private async dto(actor: Actor, row: ReportRow): Promise<AnyReportDto> {
    const [dto] = await this.dtos(actor, [row]);
    return dto!;
  }

  /** One read of the history's names for a whole page, not one per report. */
  private async dtos(actor: Actor, rows: readonly ReportRow[]): Promise<AnyReportDto[]> {
    const [standings, names] = await Promise.all([
      Promise.all(rows.map((row) => this.access.standing(actor, row))),
      this.historyNames(rows),
    ]);
    return rows.map((row, i) => toReportDto(row, standings[i]!, names));
  }

  private historyNames(rows: readonly ReportRow[]): Promise<Map<string, string>> {
    return this.reports.userNames(rows.flatMap((row) => row.history.map((h) => h.actorId)));
  }
}
