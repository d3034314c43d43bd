import type { RequestState } from '@cdt/domain';
import { Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { needsMyDecision, useMembershipRequests } from '../hooks/use-requests';
import { RequestActionModal, type RequestActionTarget } from './RequestActionModal';
import { RequestCard } from './RequestCard';

type InboxView = 'todo' | 'waiting' | 'closed';
const CLOSED_STATES: RequestState[] = ['approved', 'rejected', 'withdrawn'];
const EMPTY_KEYS = {
  todo: 'approvals.emptyToDo',
  waiting: 'approvals.emptyWaiting',
  closed: 'approvals.emptyClosed',
} as const;

/**
 * One inbox for every join/leave request the caller may see: those waiting for their decision first, then
 * the rest still pending (e.g. their own proposals), then closed ones.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const requested = params.get('view');
  const view: InboxView = requested === 'waiting' || requested === 'closed' ? requested : 'todo';
  const pending = useMembershipRequests({});
  const closed = useMembershipRequests({ states: CLOSED_STATES }, view === 'closed');
  const [step, setStep] = useState<RequestActionTarget | null>(null);

  const source = view === 'closed' ? closed : pending;
  const toDo = pending.data?.filter(needsMyDecision) ?? [];
  const items =
    view === 'closed'
      ? (closed.data ?? [])
      : view === 'todo'
        ? toDo
        : (pending.data ?? []).filter((request) => !needsMyDecision(request));

  const setView = (next: string) =>
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        if (next === 'todo') updated.delete('view');
        else updated.set('view', next);
        return updated;
      },
      { replace: true },
    );

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('approvals.title')}
      </Title>
      <SegmentedControl
        size={isMobile ? 'sm' : 'md'}
        fullWidth
        value={view}
        onChange={setView}
        data={[
          { value: 'todo', label: `${t('approvals.toDo')} (${toDo.length})` },
          { value: 'waiting', label: t('approvals.waiting') },
          { value: 'closed', label: t('approvals.closed') },
        ]}
        data-testid="approvals-view"
      />
      {source.error ? (
        <ErrorAlert error={source.error} onRetry={() => void source.refetch()} />
      ) : !source.data ? (
        <Loader />
      ) : items.length === 0 ? (
        <Text c="dimmed" data-testid="approvals-empty">
          {t(EMPTY_KEYS[view])}
        </Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="approvals-list">
          {items.map((request) => (
            <RequestCard
              key={request.id}
              request={request}
              onAction={(target, action) => setStep({ request: target, action })}
            />
          ))}
        </Stack>
      )}
      <RequestActionModal target={step} onClose={() => setStep(null)} />
    </Stack>
  );
}
