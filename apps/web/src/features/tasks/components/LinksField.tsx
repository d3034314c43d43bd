import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../lib/form/field-error';
import { useFieldErrorText } from '../../../lib/form/use-field-error-text';
import type { TaskFormState } from '../lib/task-form';

type Link = TaskFormState['links'][number];

/** Links to guides and forms: address and the title shown instead of it. */
export function LinksField({
  links,
  error,
  onChange,
}: {
  links: Link[];
  error?: FieldError;
  onChange: (links: Link[]) => void;
}) {
  const { t } = useTranslation();
  const errorText = useFieldErrorText();
  const set = (index: number, patch: Partial<Link>) =>
    onChange(links.map((link, i) => (i === index ? { ...link, ...patch } : link)));
  return (
    <Stack gap="xs" data-testid="task-form-links">
      <Text fw={500} size="sm">
        {t('tasks.form.links')}
      </Text>
      {links.map((link, index) => (
        <Group key={index} gap="xs" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ flex: 1 }}>
            <TextInput
              size="md"
              placeholder={t('tasks.form.linkUrl')}
              aria-label={t('tasks.form.linkUrl')}
              value={link.url}
              onChange={(event) => set(index, { url: event.currentTarget.value })}
              data-testid={`task-form-link-url-${index}`}
            />
            <TextInput
              size="sm"
              placeholder={t('tasks.form.linkTitle')}
              aria-label={t('tasks.form.linkTitle')}
              value={link.title}
              onChange={(event) => set(index, { title: event.currentTarget.value })}
            />
          </Stack>
          <ActionIcon
            size={44}
            variant="subtle"
            color="red"
            aria-label={t('tasks.form.removeLink')}
            onClick={() => onChange(links.filter((_, i) => i !== index))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="sm" c="red">
          {errorText(error)}
        </Text>
      )}
      <Button
        variant="light"
        size="sm"
        w="fit-content"
        onClick={() => onChange([...links, { url: '', title: '' }])}
        data-testid="task-form-add-link"
      >
        {t('tasks.form.addLink')}
      </Button>
    </Stack>
  );
}
