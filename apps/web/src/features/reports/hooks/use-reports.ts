import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchCompleteness,
  fetchDefinitions,
  fetchReport,
  fetchReports,
  reportKeys,
  type AnyReportDto,
  type CompletenessParams,
  type ReportListParams,
} from '../api/reports-api';

export function useDefinitions() {
  return useQuery({
    queryKey: reportKeys.definitions,
    queryFn: ({ signal }) => fetchDefinitions(signal),
    staleTime: 10 * 60_000,
  });
}

export function useReports(params: ReportListParams | null) {
  return useQuery({
    queryKey: reportKeys.list(params ?? { unitId: '' }),
    queryFn: ({ signal }) => fetchReports(params!, signal),
    enabled: params !== null,
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: reportKeys.detail(id), queryFn: ({ signal }) => fetchReport(id, signal) });
}

export function useCompleteness(params: CompletenessParams | null) {
  return useQuery({
    queryKey: reportKeys.completeness(params ?? { unitId: '', definitionId: '', periodId: '' }),
    queryFn: ({ signal }) => fetchCompleteness(params!, signal),
    enabled: params !== null,
  });
}

/** A step on a report: the answer replaces the cached report; lists and completeness refetch. */
export function useReportMutation<V>(mutationFn: (variables: V) => Promise<AnyReportDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (report) => {
      queryClient.setQueryData(reportKeys.detail(report.id), report);
      void queryClient.invalidateQueries({
        queryKey: reportKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
}
