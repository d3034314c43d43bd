import type { DashboardUnitRef } from '../rollups/dto';
import type { TeamActivityContent } from './activity-content';
import type { CompilationContent } from './compilation';
import type { CompletenessFigures, NotReportedStatus } from './completeness';
import type { RecipientRule, ReportContentKind, ReporterRule } from './definitions';
import type { LocalizedText } from './localized';
import type { ReportFrequency, ReportPeriod } from './period';
import type { ReportAction, ReportHistoryEntry, ReportState } from './report';
import type { ReporterKind } from './reporters';

export interface ReportDefinitionDto {
  id: string;
  name: LocalizedText;
  contentKind: ReportContentKind;
  frequency: ReportFrequency;
  reporter: ReporterRule;
  recipient: RecipientRule;
  reminderDaysBefore: number[];
  /** The period being reported now (reportingPeriodAt); null for ad-hoc definitions. */
  currentPeriod: ReportPeriod | null;
}

/** A history step with the actor's name resolved for display. */
export interface ReportHistoryEntryDto extends ReportHistoryEntry {
  actorName: string;
}

interface ReportDtoBase {
  id: string;
  definition: Pick<ReportDefinitionDto, 'id' | 'name' | 'frequency' | 'contentKind'>;
  period: ReportPeriod;
  reporter: { kind: ReporterKind; id: string; name: string; unit: DashboardUnitRef };
  recipientUnit: DashboardUnitRef;
  state: ReportState;
  firstSubmittedAt: string | null;
  lastSubmittedAt: string | null;
  acceptedAt: string | null;
  returnReason: string | null;
  /** Submitted by the deadline (first submission); null while never submitted. */
  onTime: boolean | null;
  updatedAt: string;
  history: ReportHistoryEntryDto[];
  /** Steps the caller may take now (availableReportActions). */
  availableActions: (ReportAction | 'edit')[];
}

/** A team's activity report. */
export interface ReportDto extends ReportDtoBase {
  content: TeamActivityContent;
}

/** An area's compilation, with the draft's freshness so the official knows whether to refresh it. */
export interface CompilationDto extends ReportDtoBase {
  content: CompilationContent;
  /** When the figures were last drafted from the teams' reports and task rollups. */
  draftedAt: string;
}

export interface CompletenessRowDto {
  unit: DashboardUnitRef;
  figures: CompletenessFigures;
}

export interface NotReportedDto {
  kind: ReporterKind;
  reporterId: string;
  name: string;
  unit: DashboardUnitRef;
  status: NotReportedStatus;
}

/** Completeness of a definition's period at a unit: its figures, one row per child, who has not reported. */
export interface CompletenessDto {
  unit: DashboardUnitRef;
  definition: Pick<ReportDefinitionDto, 'id' | 'name' | 'frequency'>;
  period: ReportPeriod;
  figures: CompletenessFigures;
  children: CompletenessRowDto[];
  notReported: NotReportedDto[];
  /** Reminders still to come for those who have not reported. */
  nextReminderAt: string | null;
}
