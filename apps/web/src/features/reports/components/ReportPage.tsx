import {
  teamActivityContentSchema,
  type CompilationDto,
  type ReportDto,
  type TeamActivityContent,
} from '@cdt/domain';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { ExportButtons } from '../../dashboard/components/ExportButtons';
import { localized } from '../../dashboard/lib/format';
import { formatCalendarDate } from '../../teams/lib/format';
import {
  acceptReport,
  fetchReportExport,
  isCompilation,
  refreshCompilation,
  returnReport,
  saveContent,
  saveReview,
  submitReport,
  type AnyReportDto,
} from '../api/reports-api';
import { useReport, useReportMutation } from '../hooks/use-reports';
import { activityErrors, type ActivityErrors } from '../lib/activity-errors';
import { ActivityForm } from './ActivityForm';
import { CompilationView } from './CompilationView';
import { ReportHistory } from './ReportHistory';
import { ReportStateBadge } from './ReportStateBadge';
import { ReturnModal } from './ReturnModal';

function ReportHeader({ report }: { report: AnyReportDto }) {
  const { t, i18n } = useTranslation();
  return (
    <div>
      <Text size="sm" c="dimmed">
        {localized(report.definition.name, i18n.language)}
      </Text>
      <Title order={1} size="h3" data-testid="report-title">
        {report.reporter.name}
      </Title>
      <Group gap="xs" mt={4}>
        <ReportStateBadge state={report.state} />
        <Text size="sm" c="dimmed">
          {t('reports.period', {
            id: report.period.id,
            start: formatCalendarDate(report.period.start),
            end: formatCalendarDate(report.period.end),
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('reports.deadline', { date: formatCalendarDate(report.period.deadlineDate) })}
        </Text>
      </Group>
    </div>
  );
}

/** Accept and return, for the receiving unit. */
function RecipientActions({ report }: { report: AnyReportDto }) {
  const { t } = useTranslation();
  const [returning, setReturning] = useState(false);
  const accept = useReportMutation(() => acceptReport(report.id, {}));
  const sendBack = useReportMutation((reason: string) => returnReport(report.id, { reason }));
  const can = (action: 'accept' | 'return') => report.availableActions.includes(action);
  if (!can('accept') && !can('return')) return null;
  return (
    <Group gap="xs">
      {can('accept') && (
        <Button
          color="green"
          loading={accept.isPending}
          onClick={() =>
            accept.mutate(undefined, {
              onSuccess: () => notifications.show({ color: 'green', message: t('reports.accepted') }),
            })
          }
          data-testid="report-accept"
        >
          {t('reports.actions.accept')}
        </Button>
      )}
      {can('return') && (
        <Button color="orange" variant="light" onClick={() => setReturning(true)} data-testid="report-return">
          {t('reports.actions.return')}
        </Button>
      )}
      {accept.error && <ErrorAlert error={accept.error} />}
      <ReturnModal
        opened={returning}
        onClose={() => setReturning(false)}
        pending={sendBack.isPending}
        error={sendBack.error}
        onConfirm={(reason) =>
          sendBack.mutate(reason, {
            onSuccess: () => {
              setReturning(false);
              notifications.show({ color: 'orange', message: t('reports.returned') });
            },
          })
        }
      />
    </Group>
  );
}

/** A team's activity report: the form, "save draft" and "send". */
function ActivityEditor({ report }: { report: ReportDto }) {
  const { t } = useTranslation();
  const [content, setContent] = useState<TeamActivityContent>(report.content);
  const [errors, setErrors] = useState<ActivityErrors>({});
  const editable = report.availableActions.includes('edit');
  const save = useReportMutation((body: TeamActivityContent) => saveContent(report.id, body));
  const submit = useReportMutation(async (body: TeamActivityContent) => {
    await saveContent(report.id, body);
    return submitReport(report.id);
  });

  const checked = (): TeamActivityContent | null => {
    const parsed = teamActivityContentSchema.safeParse(content);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    setErrors(activityErrors(parsed.error.issues));
    return null;
  };
  // Once errors show, they follow every change, so each disappears as soon as its field is fixed.
  const change = (next: TeamActivityContent) => {
    setContent(next);
    if (Object.keys(errors).length === 0) return;
    const parsed = teamActivityContentSchema.safeParse(next);
    setErrors(parsed.success ? {} : activityErrors(parsed.error.issues));
  };
  const run = (action: typeof save, message: string) => {
    const body = checked();
    if (body) action.mutate(body, { onSuccess: () => notifications.show({ color: 'green', message }) });
  };
  const error = save.error ?? submit.error;

  return (
    <Stack gap="sm">
      <ActivityForm value={content} onChange={change} errors={errors} readOnly={!editable} />
      {Object.keys(errors).length > 0 && (
        <Alert color="red" variant="light" data-testid="report-invalid">
          {t('reports.form.invalid')}
        </Alert>
      )}
      {error && <ErrorAlert error={error} />}
      {editable && (
        <Paper
          withBorder
          p="xs"
          radius="md"
          style={{ position: 'sticky', bottom: 8, zIndex: 2, background: 'var(--mantine-color-body)' }}
        >
          <Group grow gap="xs">
            <Button
              variant="default"
              size="md"
              loading={save.isPending}
              onClick={() => run(save, t('reports.saved'))}
              data-testid="report-save"
            >
              {t('reports.actions.save')}
            </Button>
            {report.availableActions.includes('submit') && (
              <Button
                size="md"
                loading={submit.isPending}
                onClick={() => run(submit, t('reports.submitted'))}
                data-testid="report-submit"
              >
                {t('reports.actions.submit')}
              </Button>
            )}
          </Group>
        </Paper>
      )}
    </Stack>
  );
}

/** An area's compilation: drafted figures, the official's review, refresh and send. */
function CompilationEditor({ report }: { report: CompilationDto }) {
  const { t } = useTranslation();
  const [review, setReview] = useState({
    summary: report.content.summary,
    proposals: report.content.proposals,
  });
  const editable = report.availableActions.includes('edit');
  const save = useReportMutation(() => saveReview(report.id, review));
  const refresh = useReportMutation(async () => {
    await saveReview(report.id, review);
    return refreshCompilation(report.id);
  });
  const submit = useReportMutation(async () => {
    await saveReview(report.id, review);
    return submitReport(report.id);
  });
  const error = save.error ?? refresh.error ?? submit.error;
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed" data-testid="compilation-drafted">
        {t('reports.compilation.drafted', { time: new Date(report.draftedAt).toLocaleString('vi-VN') })}
      </Text>
      <CompilationView
        content={report.content}
        review={review}
        onReviewChange={setReview}
        editable={editable}
      />
      {error && <ErrorAlert error={error} />}
      {editable && (
        <Group gap="xs">
          <Button
            variant="default"
            loading={refresh.isPending}
            onClick={() => refresh.mutate(undefined)}
            data-testid="compilation-refresh"
          >
            {t('reports.actions.refresh')}
          </Button>
          <Button
            variant="default"
            loading={save.isPending}
            onClick={() =>
              save.mutate(undefined, {
                onSuccess: () => notifications.show({ color: 'green', message: t('reports.saved') }),
              })
            }
            data-testid="report-save"
          >
            {t('reports.actions.save')}
          </Button>
          {report.availableActions.includes('submit') && (
            <Button
              loading={submit.isPending}
              onClick={() =>
                submit.mutate(undefined, {
                  onSuccess: () => notifications.show({ color: 'green', message: t('reports.submitted') }),
                })
              }
              data-testid="report-submit"
            >
              {t('reports.actions.submit')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/** /reports/:id: any report, for its reporter (edit, send) and its recipient (accept, return). */
export function ReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const report = useReport(id);
  if (report.error)
    return (
      <ErrorAlert error={report.error} onRetry={() => void report.refetch()} data-testid="report-error" />
    );
  if (!report.data) return <PageLoader />;
  const data = report.data;
  // Remounted on every new version from the server, so the form starts from what is stored.
  const version = `${data.id}-${data.updatedAt}`;
  return (
    <Stack gap="md" maw={900} data-testid="report-page">
      <ReportHeader report={data} />
      {data.state === 'returned' && data.returnReason && (
        <Alert color="orange" variant="light" data-testid="report-return-reason-shown">
          {t('reports.returnedBecause', { reason: data.returnReason })}
        </Alert>
      )}
      {data.state === 'accepted' && (
        <Text size="sm" c="dimmed">
          {t('reports.lockedNote')}
        </Text>
      )}
      <Group justify="space-between" gap="xs">
        <RecipientActions report={data} />
        <ExportButtons
          fetchFile={(format) => fetchReportExport(data.id, format)}
          baseName={`bao-cao-${data.period.id}-${data.reporter.unit.code ?? data.reporter.id}`}
          testIdPrefix="report"
        />
      </Group>
      {isCompilation(data) ? (
        <CompilationEditor key={version} report={data} />
      ) : (
        <ActivityEditor key={version} report={data} />
      )}
      <ReportHistory history={data.history} />
    </Stack>
  );
}
