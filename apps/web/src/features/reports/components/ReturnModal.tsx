import { returnReportRequestSchema } from '@cdt/domain';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';

/** The recipient sends a report back with a reason (required: the reporter must know what to fix). */
export function ReturnModal({
  opened,
  onClose,
  onConfirm,
  pending,
  error,
}: {
  opened: boolean;
  onClose: () => void;
  onConfirm: (reason: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const confirm = () => {
    const parsed = returnReportRequestSchema.safeParse({ reason });
    if (!parsed.success) {
      setInvalid(true);
      return;
    }
    onConfirm(parsed.data.reason);
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('reports.returnModal.title')} fullScreen={mobile}>
      <Stack gap="sm">
        <Textarea
          label={t('reports.returnModal.reason')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setInvalid(false);
          }}
          error={invalid ? t('reports.errors.required') : undefined}
          autosize
          minRows={3}
          data-autofocus
          data-testid="report-return-reason"
        />
        {error !== null && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="orange" onClick={confirm} loading={pending} data-testid="report-return-confirm">
            {t('reports.actions.confirmReturn')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
