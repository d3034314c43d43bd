import {
  availableReportActions,
  isOnTime,
  type CompilationContent,
  type CompilationDto,
  type DashboardUnitRef,
  type Report,
  type ReportActor,
  type ReportDto,
  type TeamActivityContent,
} from '@cdt/domain';
import type { ReportRow, ReportUnitRow } from './reports.repository';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export const unitRef = (unit: Pick<ReportUnitRow, 'id' | 'name' | 'kind' | 'code'>): DashboardUnitRef => ({
  id: unit.id,
  name: unit.name,
  kind: unit.kind,
  code: unit.code,
});

/** A stored report as the domain's rules see it. */
export function toReport<C>(row: ReportRow): Report<C> {
  return {
    id: row.id,
    definitionId: row.definitionId,
    periodId: row.periodId,
    reporter: { kind: row.reporterKind, id: row.reporterId, unitId: row.reporterUnit.id },
    recipientUnitId: row.recipientUnit.id,
    state: row.state,
    content: row.content as C,
    deadlineAt: iso(row.deadlineAt)!,
    firstSubmittedAt: iso(row.firstSubmittedAt),
    lastSubmittedAt: iso(row.lastSubmittedAt),
    acceptedAt: iso(row.acceptedAt),
    returnReason: row.returnReason,
    updatedAt: iso(row.updatedAt)!,
    history: row.history,
  };
}

/** A report for the caller: its definition, period, units, history with names, and the steps open to them. */
export function toReportDto(
  row: ReportRow,
  actor: Omit<ReportActor, 'userId'>,
  names: ReadonlyMap<string, string>,
): ReportDto | CompilationDto {
  const report = toReport(row);
  const { definition } = row;
  const base = {
    id: row.id,
    definition: {
      id: definition.id,
      name: definition.name,
      frequency: definition.frequency,
      contentKind: definition.contentKind,
    },
    period: row.period,
    reporter: {
      kind: row.reporterKind,
      id: row.reporterId,
      name: row.reporterName,
      unit: unitRef(row.reporterUnit),
    },
    recipientUnit: unitRef(row.recipientUnit),
    state: row.state,
    firstSubmittedAt: report.firstSubmittedAt,
    lastSubmittedAt: report.lastSubmittedAt,
    acceptedAt: report.acceptedAt,
    returnReason: row.returnReason,
    onTime: isOnTime(report),
    updatedAt: report.updatedAt,
    history: row.history.map((entry) => ({ ...entry, actorName: names.get(entry.actorId) ?? '' })),
    availableActions: availableReportActions(report, actor),
  };
  if (definition.contentKind === 'area_compilation') {
    return {
      ...base,
      content: row.content as CompilationContent,
      draftedAt: iso(row.draftedAt) ?? report.updatedAt,
    };
  }
  return { ...base, content: row.content as TeamActivityContent };
}
