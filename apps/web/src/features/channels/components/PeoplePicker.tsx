import { CONTACT_QUERY_MAX, type ChannelContactDto } from '@cdt/domain';
import { Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../../components/icons';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useContacts } from '../hooks/use-working-groups';
import classes from './Channels.module.css';

interface PeoplePickerProps {
  onPick: (contact: ChannelContactDto) => void;
  /** People not offered (already picked, already members). */
  exclude?: ReadonlySet<string>;
  /** Rows disabled while a pick is being sent. */
  busy?: boolean;
}

/** Searches the people the caller may reach (the server applies the messaging rule) and offers them as rows. */
export function PeoplePicker({ onPick, exclude, busy = false }: PeoplePickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [term] = useDebouncedValue(search, 250);
  const contacts = useContacts(term);
  const shown = (contacts.data ?? []).filter((c) => !exclude?.has(c.person.id));
  // "Nobody" only when the server found nobody: people already picked are simply not offered twice.

  return (
    <Stack gap="xs">
      <TextInput
        size="md"
        type="search"
        leftSection={<SearchIcon />}
        value={search}
        maxLength={CONTACT_QUERY_MAX}
        placeholder={t('channels.groups.searchPlaceholder')}
        aria-label={t('channels.groups.searchPlaceholder')}
        onChange={(e) => setSearch(e.currentTarget.value)}
        data-testid="people-search"
      />
      {contacts.isError && <ErrorAlert error={contacts.error} onRetry={() => void contacts.refetch()} />}
      {contacts.isPending && <Loader size="sm" />}
      {contacts.isSuccess && contacts.data.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="people-empty">
          {t('channels.groups.noPeople')}
        </Text>
      )}
      <ul
        className={classes.list}
        data-testid="people-results"
        data-term={term.trim()}
        aria-busy={contacts.isFetching || term !== search}
      >
        {shown.map((contact) => (
          <li key={contact.person.id}>
            <UnstyledButton
              className={classes.personRow}
              disabled={busy}
              onClick={() => onPick(contact)}
              data-testid={`people-option-${contact.username}`}
            >
              <Text fw={500} truncate>
                {contact.person.fullName}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {contact.person.phone ? `${contact.username} · ${contact.person.phone}` : contact.username}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
