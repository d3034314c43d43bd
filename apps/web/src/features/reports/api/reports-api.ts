import type {
  AcceptReportRequest,
  CompilationDto,
  CompilationReviewRequest,
  CompletenessDto,
  ExportFormat,
  OpenReportRequest,
  ReportDefinitionDto,
  ReportDto,
  ReturnReportRequest,
  TeamActivityContent,
} from '@cdt/domain';
import { apiRequest } from '../../../api/client';

/** A team's activity report or an area's compilation (GET /api/reports/:id answers either). */
export type AnyReportDto = ReportDto | CompilationDto;

export function isCompilation(report: AnyReportDto): report is CompilationDto {
  return report.definition.contentKind === 'area_compilation';
}

export interface ReportListParams {
  unitId: string;
  definitionId?: string;
  periodId?: string;
}

export interface CompletenessParams {
  unitId: string;
  definitionId: string;
  periodId: string;
}

/** Every report query starts with 'reports', so a change refreshes lists, details and completeness at once. */
export const reportKeys = {
  all: ['reports'] as const,
  definitions: ['reports', 'definitions'] as const,
  list: (params: ReportListParams) => ['reports', 'list', params] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  completeness: (params: CompletenessParams) => ['reports', 'completeness', params] as const,
};

const reportPath = (id: string) => `/api/reports/${encodeURIComponent(id)}`;
const REPORT_LIST_LIMIT = 200;

export function fetchDefinitions(signal?: AbortSignal): Promise<ReportDefinitionDto[]> {
  return apiRequest<ReportDefinitionDto[]>('/api/reports/definitions', { signal });
}

export async function fetchReports(params: ReportListParams, signal?: AbortSignal): Promise<AnyReportDto[]> {
  const page = await apiRequest<{ items: AnyReportDto[] }>('/api/reports', {
    query: { ...params, limit: REPORT_LIST_LIMIT },
    signal,
  });
  return page.items;
}

export function fetchReport(id: string, signal?: AbortSignal): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(reportPath(id), { signal });
}

export function fetchCompleteness(
  params: CompletenessParams,
  signal?: AbortSignal,
): Promise<CompletenessDto> {
  return apiRequest<CompletenessDto>('/api/reports/completeness', { query: { ...params }, signal });
}

/** The reporter's report for the period: the existing one or a new draft. */
export function openReport(body: OpenReportRequest): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>('/api/reports/open', { method: 'POST', body });
}

export function saveContent(id: string, body: TeamActivityContent): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/content`, { method: 'PUT', body });
}

export function saveReview(id: string, body: CompilationReviewRequest): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/review`, { method: 'PUT', body });
}

export function refreshCompilation(id: string): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/refresh`, { method: 'POST' });
}

export function submitReport(id: string): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/submit`, { method: 'POST' });
}

export function acceptReport(id: string, body: AcceptReportRequest): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/accept`, { method: 'POST', body });
}

export function returnReport(id: string, body: ReturnReportRequest): Promise<AnyReportDto> {
  return apiRequest<AnyReportDto>(`${reportPath(id)}/return`, { method: 'POST', body });
}

export function fetchReportExport(id: string, format: ExportFormat): Promise<Blob> {
  return apiRequest<Blob>(`${reportPath(id)}.${format}`, { responseType: 'blob' });
}

export function fetchCompletenessExport(params: CompletenessParams, format: ExportFormat): Promise<Blob> {
  return apiRequest<Blob>(`/api/reports/completeness.${format}`, {
    query: { ...params },
    responseType: 'blob',
  });
}
