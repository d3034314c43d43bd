import { EXPORT_FORMATS, type ExportFormat } from '@cdt/domain';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../lib/use-error-text';
import { saveBlob } from '../../../lib/save-blob';

interface ExportButtonsProps {
  /** Fetches the file through the API client (it carries the session's token). */
  fetchFile: (format: ExportFormat) => Promise<Blob>;
  /** File name without the extension. */
  baseName: string;
  testIdPrefix: string;
}

/** "Excel" and "PDF" buttons: the same table rendered by the API either way. */
export function ExportButtons({ fetchFile, baseName, testIdPrefix }: ExportButtonsProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const download = useMutation({
    mutationFn: async (format: ExportFormat) => saveBlob(await fetchFile(format), `${baseName}.${format}`),
    onError: (error) =>
      notifications.show({ color: 'red', title: t('dashboard.export.failed'), message: errorText(error) }),
  });
  return (
    <Group gap="xs">
      {EXPORT_FORMATS.map((format) => (
        <Button
          key={format}
          variant="default"
          size="xs"
          loading={download.isPending && download.variables === format}
          onClick={() => download.mutate(format)}
          data-testid={`${testIdPrefix}-export-${format}`}
        >
          {t(`dashboard.export.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
