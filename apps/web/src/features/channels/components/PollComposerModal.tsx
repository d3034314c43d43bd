import { CHANNEL_LIMITS, pollDraftSchema } from '@cdt/domain';
import { Button, Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { useEnqueueMessage } from '../hooks/use-outbox';

/** "yyyy-mm-ddThh:mm" in the device's time, a day from now: the default deadline. */
function tomorrowLocal(): string {
  const at = new Date(Date.now() + 24 * 60 * 60 * 1000);
  at.setMinutes(at.getMinutes() - at.getTimezoneOffset());
  return at.toISOString().slice(0, 16);
}

/** A poll with 2–10 options, one or several choices, and a deadline; queued like any message. */
export function PollComposerModal({ channelId, onClose }: { channelId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const enqueue = useEnqueueMessage();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [multiple, setMultiple] = useState(false);
  const [deadline, setDeadline] = useState(tomorrowLocal);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = () => {
    const at = new Date(deadline);
    const parsed = pollDraftSchema.safeParse({
      question,
      options: options.filter((o) => o.trim() !== ''),
      multiple,
      deadline: Number.isNaN(at.getTime()) ? '' : at.toISOString(),
    });
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? null);
      return;
    }
    enqueue({ channelId, text: '', parentId: null, poll: parsed.data });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={t('channels.poll.title')} fullScreen={isMobile}>
      <Stack gap="sm" data-testid="poll-form">
        <TextInput
          label={t('channels.poll.question')}
          value={question}
          onChange={(e) => setQuestion(e.currentTarget.value)}
          data-testid="poll-form-question"
        />
        {options.map((option, i) => (
          <TextInput
            key={i}
            label={t('channels.poll.option', { n: i + 1 })}
            value={option}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setOptions((all) => all.map((o, j) => (j === i ? value : o)));
            }}
            data-testid={`poll-form-option-${i}`}
          />
        ))}
        {options.length < CHANNEL_LIMITS.pollOptionsMax && (
          <Button
            variant="subtle"
            onClick={() => setOptions((all) => [...all, ''])}
            data-testid="poll-form-add"
          >
            {t('channels.poll.addOption')}
          </Button>
        )}
        <Checkbox
          label={t('channels.poll.multiple')}
          checked={multiple}
          onChange={(e) => setMultiple(e.currentTarget.checked)}
          data-testid="poll-form-multiple"
        />
        <TextInput
          type="datetime-local"
          label={t('channels.poll.deadline')}
          value={deadline}
          onChange={(e) => setDeadline(e.currentTarget.value)}
          data-testid="poll-form-deadline"
        />
        {problem && (
          <Text c="red" size="sm" data-testid="poll-form-error">
            {problem}
          </Text>
        )}
        <Button onClick={submit} data-testid="poll-form-submit">
          {t('channels.poll.create')}
        </Button>
      </Stack>
    </Modal>
  );
}
