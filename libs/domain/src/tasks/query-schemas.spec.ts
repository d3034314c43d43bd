import { listAssignmentsQuerySchema, listTasksQuerySchema, taskMatrixQuerySchema } from './query-schemas';

const uuid = '7d3c1e4a-5b6f-4a1b-9c2d-1e2f3a4b5c6d';

describe('listTasksQuerySchema', () => {
  it('reads query-string values, repeated or not', () => {
    expect(listTasksQuerySchema.parse({ statuses: 'published', limit: '20', q: ' vneid ' })).toEqual({
      statuses: ['published'],
      limit: 20,
      q: 'vneid',
    });
    expect(listTasksQuerySchema.parse({ statuses: ['draft', 'published', 'draft'] }).statuses).toEqual([
      'draft',
      'published',
    ]);
    expect(listTasksQuerySchema.parse({})).toEqual({ limit: 50 });
  });

  it('refuses unknown values and oversized pages', () => {
    expect(listTasksQuerySchema.safeParse({ statuses: 'open' }).success).toBe(false);
    expect(listTasksQuerySchema.safeParse({ limit: '1000' }).success).toBe(false);
    expect(listTasksQuerySchema.safeParse({ dueFrom: '2022-06-01' }).success).toBe(false);
    expect(listTasksQuerySchema.safeParse({ issuerUnitId: 'd1' }).success).toBe(false);
  });
});

describe('listAssignmentsQuerySchema', () => {
  it('shows open assignments by default (the inbox)', () => {
    expect(listAssignmentsQuerySchema.parse({})).toEqual({
      states: ['assigned', 'acknowledged', 'in_progress'],
      limit: 50,
    });
    expect(
      listAssignmentsQuerySchema.parse({ teamId: uuid, states: 'completed', buckets: 'done_late' }),
    ).toEqual({
      teamId: uuid,
      states: ['completed'],
      buckets: ['done_late'],
      limit: 50,
    });
  });
});

describe('taskMatrixQuerySchema', () => {
  it('filters by unit subtree, bucket and team kind, paged', () => {
    expect(
      taskMatrixQuerySchema.parse({ unitId: uuid, buckets: ['open_overdue', 'done_late'], offset: '500' }),
    ).toEqual({
      unitId: uuid,
      buckets: ['open_overdue', 'done_late'],
      limit: 500,
      offset: 500,
    });
    expect(taskMatrixQuerySchema.safeParse({ buckets: 'late' }).success).toBe(false);
    expect(taskMatrixQuerySchema.safeParse({ teamKind: 'district' }).success).toBe(false);
  });
});
