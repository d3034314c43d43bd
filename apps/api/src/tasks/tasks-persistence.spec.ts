import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import {
  draftTask,
  publishTask,
  resolveTargetTeams,
  summarizeBuckets,
  transitionAssignment,
  type Task,
  type TaskPublication,
} from '@cdt/domain';
import { DataSource } from 'typeorm';
import { ConfigModule } from '../config/config.module';
import { DatabaseModule } from '../database/database.module';
import { ReminderDeliveriesRepository } from '../reminders/reminder-deliveries.repository';
import { AssignmentsRepository } from './assignments.repository';
import { toTask } from './task.mapper';
import { TasksDataModule } from './tasks-data.module';
import { TasksRepository } from './tasks.repository';

/**
 * The guarantees the database holds for tasks, against the real PostgreSQL: the set-based fan-out, the
 * once-only client actions and reminder deliveries, and SQL buckets that agree with the domain's bucketOf.
 * Tasks target the demo teams of Thị xã Quảng Trị (462), which no other test sends tasks to.
 */
describe('tasks persistence (real PostgreSQL)', () => {
  let moduleRef: TestingModule;
  let db: DataSource;
  let tasks: TasksRepository;
  let assignments: AssignmentsRepository;
  let deliveries: ReminderDeliveriesRepository;
  let area: { id: string; path: string };
  let authorId: string;

  const AT = '2030-01-10T02:00:00.000Z';
  const DUE = '2030-01-31T16:59:59.999Z';

  /** Drafts and publishes a task to every active team of the area, through the domain and the repositories. */
  async function publishToArea(): Promise<{ task: Task; publication: TaskPublication }> {
    const actor = { userId: authorId, isIssuer: true };
    const drafted = draftTask(
      {
        issuerUnitId: area.id,
        title: 'Tuyên truyền thanh toán không dùng tiền mặt',
        description: '',
        category: 'cashless_payment',
        priority: 'normal',
        dueAt: DUE,
        target: { type: 'subtree', unitId: area.id, teamKinds: ['commune', 'village'] },
        targetPerTeam: { value: 10, unitLabel: 'hộ' },
        links: [],
      },
      { id: randomUUID(), actor, at: AT },
    );
    if (!drafted.ok) throw new Error(drafted.error.message);
    await tasks.transaction((m) => tasks.insert(m, drafted.value.task));
    const [units, teams] = await Promise.all([
      tasks.unitsOfSubtree(area.path),
      tasks.activeTeamsOfSubtree(area.path),
    ]);
    const resolution = resolveTargetTeams(drafted.value.task.target, teams, units, area.id);
    if (!resolution.ok) throw new Error(resolution.error.message);
    const published = publishTask(drafted.value.task, resolution.value, actor, AT);
    if (!published.ok) throw new Error(published.error.message);
    return { task: drafted.value.task, publication: published.value };
  }
  const count = async (sql: string, params: unknown[]) =>
    (await db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]!.n;

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, TasksDataModule],
      providers: [ReminderDeliveriesRepository],
    }).compile();
    db = moduleRef.get(DataSource);
    tasks = moduleRef.get(TasksRepository);
    assignments = moduleRef.get(AssignmentsRepository);
    deliveries = moduleRef.get(ReminderDeliveriesRepository);
    area = (
      await db.query<{ id: string; path: string }[]>(`SELECT id, path FROM units WHERE code = '462'`)
    )[0]!;
    authorId = (await db.query<{ id: string }[]>(`SELECT id FROM users WHERE username = 'admin'`))[0]!.id;
  });
  afterAll(() => moduleRef.close());

  it('fans out in one statement, and a second fan-out of the same task adds nothing', async () => {
    const { task, publication } = await publishToArea();
    expect(publication.assignments.length).toBeGreaterThanOrEqual(4);
    const first = await tasks.transaction((m) =>
      assignments.insertPublished(m, publication.assignments, publication.assignedEntry),
    );
    expect(first.map((a) => a.teamId).sort()).toEqual(publication.assignments.map((a) => a.teamId).sort());
    expect(first.every((a) => a.unitPath.startsWith(area.path))).toBe(true);
    const second = await tasks.transaction((m) =>
      assignments.insertPublished(m, publication.assignments, publication.assignedEntry),
    );
    expect(second).toEqual([]);
    expect(await count('assignments WHERE task_id = $1', [task.id])).toBe(first.length);
    expect(
      await count(`assignment_timeline e JOIN assignments a ON a.id = e.assignment_id WHERE a.task_id = $1`, [
        task.id,
      ]),
    ).toBe(first.length);
  });

  it('stores a step only on the version it was computed from, and a client action id only once', async () => {
    const { publication } = await publishToArea();
    const [inserted] = await tasks.transaction(async (m) => {
      await tasks.save(m, publication.task);
      return assignments.insertPublished(m, publication.assignments.slice(0, 1), publication.assignedEntry);
    });
    const [row] = await assignments.ofTask(publication.task.id);
    const actor = { userId: authorId, isTeamLeaderOrDeputy: true, isIssuer: false };
    const step = (command: Parameters<typeof transitionAssignment>[1], at: string) => {
      const result = transitionAssignment(row!, command, actor, at);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    const clientActionId = randomUUID();
    const first = step({ type: 'progress', value: 4 }, '2030-01-11T00:00:00.000Z');
    expect(await assignments.saveStep(first.assignment, first.entry, clientActionId, 0)).toBe(true);
    // The same offline action again, even on the new version, and a step computed from the old version.
    const replay = step({ type: 'complete' }, '2030-01-12T00:00:00.000Z');
    expect(await assignments.saveStep(replay.assignment, replay.entry, clientActionId, 1)).toBe(false);
    const stale = step({ type: 'decline', reason: 'Bận' }, '2030-01-12T00:00:00.000Z');
    expect(await assignments.saveStep(stale.assignment, stale.entry, null, 0)).toBe(false);

    const [stored] = await assignments.ofTask(publication.task.id);
    expect(stored).toMatchObject({ id: inserted!.id, state: 'in_progress', progress: 4, completedAt: null });
    expect(await count('assignment_timeline WHERE assignment_id = $1', [inserted!.id])).toBe(2);
    const found = await assignments.findForAction(inserted!.id, authorId, clientActionId);
    expect(found).toMatchObject({ lastSeq: 1, duplicate: true, myRole: null });
  });

  it('counts buckets in SQL exactly as the domain does, before and after the due instant', async () => {
    const { task, publication } = await publishToArea();
    await tasks.transaction(async (m) => {
      await assignments.insertPublished(m, publication.assignments, publication.assignedEntry);
      await tasks.save(m, publication.task);
    });
    const ids = (await assignments.ofTask(task.id)).map((a) => a.id);
    const set = (id: string, state: string, completedAt: string | null) =>
      db.query(`UPDATE assignments SET state = $2, completed_at = $3 WHERE id = $1`, [
        id,
        state,
        completedAt,
      ]);
    await set(ids[0]!, 'completed', '2030-01-20T00:00:00.000Z');
    await set(ids[1]!, 'completed', '2030-02-02T00:00:00.000Z');
    await set(ids[2]!, 'declined', null);
    await set(ids[3]!, 'in_progress', null);
    const visibility = { scopePaths: [area.path], teamIds: [] };
    const { dueAt } = toTask((await tasks.findById(task.id))!);
    const rows = await assignments.ofTask(task.id);
    for (const now of ['2030-01-25T00:00:00.000Z', DUE, '2030-02-05T00:00:00.000Z']) {
      const expected = summarizeBuckets(
        rows.map((a) => ({ ...a, dueAt })),
        now,
      ).counts;
      const counted = await assignments.counts(task.id, visibility, now);
      const actual = Object.fromEntries(Object.keys(expected).map((bucket) => [bucket, 0]));
      for (const c of counted) actual[c.bucket] = (actual[c.bucket] ?? 0) + c.n;
      expect(actual).toEqual(expected);
    }
  });

  it('records a reminder delivery once, even when two runs of the job race', async () => {
    const { publication } = await publishToArea();
    const inserted = await tasks.transaction((m) =>
      assignments.insertPublished(m, publication.assignments, publication.assignedEntry),
    );
    const key = `${publication.task.id}.overdue.d0.20300131T165959Z`;
    const ids = inserted.map((a) => a.id);
    const runs = await Promise.all([
      tasks.transaction((m) => deliveries.recordForAssignments(m, key, ids)),
      tasks.transaction((m) => deliveries.recordForAssignments(m, key, ids)),
    ]);
    expect(runs.map((fresh) => fresh.size).sort((a, b) => a - b)).toEqual([0, ids.length]);
    expect(await count('reminder_deliveries WHERE dedupe_key = $1', [key])).toBe(ids.length);
    const people = await tasks.transaction((m) =>
      deliveries.recordForRecipients(m, [
        { dedupeKey: 'monthly-report.x.2030-01.d-5', recipientId: authorId },
        { dedupeKey: 'monthly-report.x.2030-01.d-5', recipientId: authorId },
      ]),
    );
    expect([...people]).toEqual([`monthly-report.x.2030-01.d-5/${authorId}`]);
  });
});
