import { useMutation, useQueryClient } from '@tanstack/react-query';
import { exportRoster, importRoster, requestKeys, teamKeys } from '../api/teams-api';
import { saveBlob } from '../../../lib/save-blob';

export function useRosterImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ csv, dryRun }: { csv: string; dryRun: boolean }) => importRoster(csv, dryRun),
    onSuccess: (result) => {
      if (result.dryRun) return;
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      void queryClient.invalidateQueries({ queryKey: requestKeys.all });
    },
  });
}

/** Fetches the CSV through the API client (it carries the token) and hands it to the browser as a file. */
export function useRosterExport() {
  return useMutation({
    mutationFn: async ({ unitId, filename }: { unitId: string; filename: string }) => {
      const csv = await exportRoster(unitId);
      // The body's BOM is consumed when read as text; put it back so spreadsheet apps read Vietnamese as UTF-8.
      downloadText(`\uFEFF${csv}`, filename);
      return filename;
    },
  });
}

/** Saves a CSV text as a file (the roster export and its blank template). */
export function downloadText(text: string, filename: string): void {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), filename);
}
