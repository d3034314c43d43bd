import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { pageCount } from '../lib/matrix-params';

interface MatrixPagerProps {
  total: number;
  page: number;
  pageSize: number;
  shown: number;
  onPage: (page: number) => void;
}

/** Which teams of how many are on screen, and the pages of the rest. */
export function MatrixPager({ total, page, pageSize, shown, onPage }: MatrixPagerProps) {
  const { t } = useTranslation();
  const pages = pageCount(total, pageSize);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return (
    <Group justify="space-between" gap="xs" wrap="wrap">
      <Text size="sm" c="dimmed" data-testid="matrix-total" data-total={total}>
        {t('tasks.page.showing', { from, to: from === 0 ? 0 : from + shown - 1, total })}
      </Text>
      {pages > 1 && (
        <Pagination
          size="md"
          siblings={1}
          boundaries={1}
          total={pages}
          value={Math.min(page, pages)}
          onChange={onPage}
          getItemProps={(item) => ({ 'data-testid': `matrix-page-${item}` })}
          getControlProps={(control) => ({ 'data-testid': `matrix-page-${control}` })}
          data-testid="matrix-pager"
        />
      )}
    </Group>
  );
}
