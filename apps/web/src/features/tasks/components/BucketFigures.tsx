import { GOVERNMENT_BUCKETS, type AssignmentBucket } from '@cdt/domain';
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatCard } from '../../teams/components/StatCard';
import { BUCKET_COLORS } from './TaskBadges';

/** The four figures government reports ask for (declined ones counted apart, when there are any). */
export function BucketFigures({ counts }: { counts: Record<AssignmentBucket, number> }) {
  const { t } = useTranslation();
  const shown: AssignmentBucket[] =
    counts.declined > 0 ? [...GOVERNMENT_BUCKETS, 'declined'] : [...GOVERNMENT_BUCKETS];
  return (
    <SimpleGrid cols={{ base: 2, sm: shown.length }} spacing="xs" data-testid="task-buckets">
      {shown.map((bucket) => (
        <StatCard
          key={bucket}
          label={t(`tasks.bucket.${bucket}`)}
          value={String(counts[bucket])}
          color={BUCKET_COLORS[bucket]}
          testId={`task-bucket-${bucket}`}
        />
      ))}
    </SimpleGrid>
  );
}
