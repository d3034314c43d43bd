import { REPORT_STATE_LABELS, type ReportState } from '@cdt/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../dashboard/lib/format';

const COLORS: Record<ReportState, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  resubmitted: 'blue',
  accepted: 'green',
};

export function ReportStateBadge({ state }: { state: ReportState }) {
  const { i18n } = useTranslation();
  return (
    <Badge color={COLORS[state]} variant="light" tt="none" data-testid="report-state" data-state={state}>
      {localized(REPORT_STATE_LABELS[state], i18n.language)}
    </Badge>
  );
}
