import type { z } from 'zod';
import { NoteModal } from './NoteModal';

interface ReasonModalProps {
  opened: boolean;
  title: string;
  label: string;
  confirmLabel: string;
  /** The request's schema from @cdt/domain (`{ reason }`), the same the API applies. */
  schema: z.ZodType<{ reason: string }>;
  onClose: () => void;
  onConfirm: (reason: string) => Promise<unknown>;
  testId: string;
  color?: string;
}

/** Asks for the reason a step needs (cancel a task, reopen or decline an assignment). */
export function ReasonModal({ schema, onConfirm, testId, ...props }: ReasonModalProps) {
  return (
    <NoteModal
      {...props}
      parse={(reason) => schema.safeParse({ reason })}
      onConfirm={(request) => onConfirm(request.reason)}
      testId={testId}
      textTestId={`${testId}-reason`}
    />
  );
}
