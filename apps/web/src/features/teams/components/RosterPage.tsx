import { ROSTER_CSV_COLUMNS, type RosterProblem } from '@cdt/domain';
import { Alert, Button, FileButton, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../api/api-error';
import { useReportScope } from '../hooks/use-report-scope';
import { downloadText, useRosterExport, useRosterImport } from '../hooks/use-roster';
import { rosterProblemText } from '../lib/roster-problem-text';
import { ScopePicker } from './ScopePicker';
import { FileIcon } from './team-icons';

/** A template with the header and one example row per team kind, in the words communes already use. */
const TEMPLATE = [
  ROSTER_CSV_COLUMNS.join(','),
  '19363,,Nguyễn Văn A,0912345678,Tổ trưởng,',
  '19363,Khu phố 1,Trần Thị B,0987654321,Thành viên,Giáo viên',
].join('\r\n');

/** The problems an import refused with (the rosters changed between the check and the import). */
function refusedProblems(error: unknown): RosterProblem[] {
  return isApiError(error) && error.code === 'IMPORT_INVALID' && Array.isArray(error.details)
    ? (error.details as RosterProblem[])
    : [];
}

function ProblemList({ problems }: { problems: RosterProblem[] }) {
  const { t } = useTranslation();
  return (
    <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} data-testid="roster-problems">
      {problems.map((problem, index) => (
        <Paper
          component="li"
          key={`${problem.line}-${problem.column ?? ''}-${index}`}
          withBorder
          p="xs"
          radius="sm"
          data-testid={`roster-problem-${problem.line}`}
        >
          <Text size="sm" fw={600}>
            {t('roster.line', { line: problem.line })}
            {problem.column ? ` · ${t('roster.column', { column: problem.column })}` : ''}
          </Text>
          {/* Said from the stable reason and params; the API's English `message` is for API clients. */}
          <Text
            size="sm"
            style={{ overflowWrap: 'anywhere' }}
            data-testid="roster-problem-text"
            data-reason={problem.reason}
          >
            {rosterProblemText(problem, t)}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}

function ImportSection() {
  const { t } = useTranslation();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const check = useRosterImport();
  const run = useRosterImport();
  const result = check.data;
  // A change to the text makes the last check stale: import only what was checked.
  const [checkedCsv, setCheckedCsv] = useState<string | null>(null);
  const checkedOk = result?.ok === true && checkedCsv === csv;

  const loadFile = (file: File | null) => {
    if (!file) return;
    void file.text().then((text) => {
      setCsv(text);
      setFileName(file.name);
      check.reset();
      run.reset();
    });
  };

  const onCheck = () => {
    run.reset();
    setCheckedCsv(csv);
    check.mutate({ csv, dryRun: true });
  };

  const onImport = () =>
    run.mutate(
      { csv, dryRun: false },
      {
        onSuccess: (done) => {
          notifications.show({ color: 'green', message: t('roster.imported', done.summary) });
          check.reset();
        },
      },
    );

  return (
    <Stack gap="sm" data-testid="roster-import">
      <Title order={2} size="h4">
        {t('roster.importTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('roster.importIntro')}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
        {t('roster.columns', { columns: ROSTER_CSV_COLUMNS.join(', ') })}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <FileButton onChange={loadFile} accept=".csv,text/csv,text/plain">
          {(props) => (
            <Button
              {...props}
              size="md"
              variant="light"
              leftSection={<FileIcon size={18} />}
              data-testid="roster-upload"
            >
              {t('roster.upload')}
            </Button>
          )}
        </FileButton>
        <Button
          size="md"
          variant="default"
          onClick={() => downloadText(`\uFEFF${TEMPLATE}\r\n`, 'mau-danh-sach-to.csv')}
        >
          {t('roster.template')}
        </Button>
      </SimpleGrid>
      {fileName && (
        <Text size="sm" c="dimmed">
          {t('roster.fileLoaded', { name: fileName })}
        </Text>
      )}
      <Textarea
        size="md"
        label={t('roster.paste')}
        placeholder={t('roster.pastePlaceholder')}
        value={csv}
        onChange={(event) => setCsv(event.currentTarget.value)}
        autosize
        minRows={5}
        maxRows={14}
        data-testid="roster-csv"
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <Button
          size="md"
          onClick={onCheck}
          loading={check.isPending}
          disabled={!csv.trim()}
          data-testid="roster-check"
        >
          {t('roster.check')}
        </Button>
        <Button
          size="md"
          color="green"
          onClick={onImport}
          loading={run.isPending}
          disabled={!checkedOk}
          data-testid="roster-submit"
        >
          {t('roster.import')}
        </Button>
      </SimpleGrid>
      {check.error && <ErrorAlert error={check.error} />}
      {run.error && <ErrorAlert error={run.error} />}
      {refusedProblems(run.error).length > 0 && <ProblemList problems={refusedProblems(run.error)} />}
      {run.data && (
        <Alert color="green" variant="light" data-testid="roster-imported">
          {t('roster.imported', run.data.summary)}
        </Alert>
      )}
      {result && !run.data && (
        <Stack gap="xs" data-testid="roster-report" data-ok={result.ok}>
          {result.ok ? (
            <Alert color="green" variant="light">
              {t('roster.checkOk', { rows: result.rows.length, ...result.summary })}
            </Alert>
          ) : (
            <>
              <Alert color="red" variant="light">
                {t('roster.problems', { count: result.problems.length })}
              </Alert>
              <ProblemList problems={result.problems} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function ExportSection() {
  const { t } = useTranslation();
  const scope = useReportScope();
  const download = useRosterExport();
  const onDownload = () => {
    if (!scope.unit) return;
    const filename = `to-cnscd-${scope.unit.code ?? scope.unit.id}.csv`;
    download.mutate(
      { unitId: scope.unit.id, filename },
      {
        onSuccess: (name) =>
          notifications.show({ color: 'green', message: t('roster.downloaded', { name }) }),
      },
    );
  };
  return (
    <Stack gap="sm" data-testid="roster-export">
      <Title order={2} size="h4">
        {t('roster.exportTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('roster.exportIntro')}
      </Text>
      <ScopePicker unit={scope.unit} onChange={scope.setUnit} />
      {download.error && <ErrorAlert error={download.error} />}
      <Button
        size="md"
        onClick={onDownload}
        loading={download.isPending}
        disabled={!scope.unit}
        data-testid="roster-download"
      >
        {t('roster.download')}
      </Button>
    </Stack>
  );
}

/** Roster import (paste or upload, dry run by line, then import) and export, for commune chairs and steering. */
export function RosterPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={900} data-testid="roster-page">
      <Title order={1} size="h2">
        {t('roster.title')}
      </Title>
      <ImportSection />
      <ExportSection />
    </Stack>
  );
}
