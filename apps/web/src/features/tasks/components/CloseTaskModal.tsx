import { closeTaskRequestSchema } from '@cdt/domain';
import { useTranslation } from 'react-i18next';
import { NoteModal } from './NoteModal';

interface CloseTaskModalProps {
  opened: boolean;
  onClose: () => void;
  onConfirm: (note: string | undefined) => Promise<unknown>;
}

/** The issuer ends the task: teams still open stop being reminded; a closing note is optional. */
export function CloseTaskModal({ opened, onClose, onConfirm }: CloseTaskModalProps) {
  const { t } = useTranslation();
  return (
    <NoteModal
      opened={opened}
      title={t('tasks.page.closeTitle')}
      explain={t('tasks.page.closeExplain')}
      label={t('tasks.page.closeNote')}
      confirmLabel={t('tasks.page.closeConfirm')}
      parse={(note) => closeTaskRequestSchema.safeParse({ note })}
      onClose={onClose}
      onConfirm={(request) => onConfirm(request.note || undefined)}
      testId="task-close-modal"
      textTestId="task-close-modal-note"
    />
  );
}
