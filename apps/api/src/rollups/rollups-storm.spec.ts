import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  DEFAULT_REMINDER_POLICY,
  figureDiff,
  foldAssignmentGroups,
  rollupDiff,
  type AssignmentPart,
  type AssignmentState,
  type UnitRollup,
} from '@cdt/domain';
import type { AssignmentFilter } from './rollups.repository';
import { QUEUES } from '../jobs/job-registry';
import { WorkerModule } from '../worker.module';
import { RollupComputer } from './rollup-computer';
import { RollupTrigger } from './rollup-trigger';
import { RollupsRepository } from './rollups.repository';

/** Huyện Đa Krông: no other test uses it, so its subtree holds only what this file makes. */
const DISTRICT_CODE = '467';
const EVENTS = 400;
/** Next states a storm may move an assignment to, from each state (the domain's transitions, roughly). */
const NEXT: Record<AssignmentState, AssignmentState[]> = {
  assigned: ['acknowledged', 'declined'],
  acknowledged: ['in_progress', 'completed'],
  in_progress: ['completed', 'in_progress'],
  completed: ['in_progress'],
  declined: ['assigned'],
  cancelled: ['cancelled'],
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the rollups queue has had no unit job waiting, delayed or running for a while (the nightly
 * schedulers' next runs stay delayed). */
async function drained(queue: Queue, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (quiet < 4) {
    const pending = await queue.getJobs(['wait', 'delayed', 'active', 'prioritized'], 0, 1000);
    const units = pending.filter((job) => job.name === 'rollup.unit');
    if (Date.now() > deadline)
      throw new Error(`the rollups queue did not drain: ${units.length} unit jobs left`);
    quiet = units.length === 0 ? quiet + 1 : 0;
    await sleep(150);
  }
}

describe('rollups: incremental jobs against a from-scratch computation', () => {
  let worker: INestApplicationContext;
  let db: DataSource;
  let queue: Queue;
  let trigger: RollupTrigger;
  let repo: RollupsRepository;
  let computer: RollupComputer;
  let district: { id: string; path: string };
  let subtreeIds: string[];

  /** Stored figures of the district's subtree against a computation from its rows, unit by unit and team by team. */
  async function compare() {
    const now = new Date().toISOString();
    const scratch = await computer.fromScratch(district.path, now);
    const stored = await repo.unitRollups(subtreeIds);
    const teamDrift = [];
    for (const { team, figures } of scratch.teams) {
      const kept = (await repo.teamRollupsAt(team.unitId)).find((t) => t.teamId === team.id);
      const fields = kept ? figureDiff(kept.figures, figures) : [{ field: 'missing' }];
      if (fields.length > 0) teamDrift.push({ teamId: team.id, fields });
    }
    return { units: rollupDiff(stored, scratch.units), teams: teamDrift, scratch, stored };
  }

  /** Filtered figures as the dashboard counts them against a from-scratch computation over the same filter. */
  async function compareFiltered(unitIds: string[], filters: AssignmentFilter[]): Promise<number> {
    const part = (figures: UnitRollup | undefined): AssignmentPart =>
      figures
        ? { assignments: figures.assignments, ackLatency: figures.ackLatency }
        : foldAssignmentGroups([]);
    const none = foldAssignmentGroups([]);
    let compared = 0;
    for (const unitId of unitIds) {
      const unit = (await repo.unit(unitId))!;
      const children = await repo.children(unitId);
      for (const filter of filters) {
        const now = new Date().toISOString();
        const scratch = await computer.fromScratch(unit.path, now, filter);
        const counted = await computer.filteredParts(unit, filter, now);
        expect(counted.headline).toEqual(part(scratch.units.get(unitId)));
        for (const child of children) {
          expect(counted.children.get(child.id) ?? none).toEqual(part(scratch.units.get(child.id)));
        }
        for (const { team, figures } of scratch.teams.filter((t) => t.team.unitId === unitId)) {
          expect(counted.teams.get(team.id) ?? none).toEqual(part(figures));
        }
        compared += counted.headline.assignments.total;
      }
    }
    return compared;
  }

  beforeAll(async () => {
    worker = await NestFactory.createApplicationContext(WorkerModule, {
      logger: ['error'],
      abortOnError: false,
    });
    await worker.init();
    db = worker.get(DataSource);
    queue = worker.get<Queue>(getQueueToken(QUEUES.rollups));
    trigger = worker.get(RollupTrigger);
    repo = worker.get(RollupsRepository);
    computer = worker.get(RollupComputer);
    [district] = await db.query(`SELECT id, path FROM units WHERE code = $1`, [DISTRICT_CODE]);
    subtreeIds = (await repo.subtreeUnits(district.path)).map((u) => u.id);
    // Active teams in every village and commune of the district that has none yet.
    await db.query(
      `INSERT INTO teams (unit_id, kind, name, status, activated_on)
       SELECT u.id, u.kind, 'Tổ storm ' || u.name, 'active', '2024-01-15' FROM units u
       WHERE u.path LIKE $1 AND u.kind IN ('commune', 'village')
         AND NOT EXISTS (SELECT 1 FROM teams t WHERE t.unit_id = u.id AND t.kind = u.kind AND t.status <> 'dissolved')`,
      [`${district.path}%`],
    );
  }, 60_000);
  afterAll(async () => {
    await worker.close();
  });

  it('ends a storm of concurrent assignment changes with the figures a full computation gives', async () => {
    const [{ id: adminId }] = await db.query(`SELECT id FROM users WHERE username = 'admin'`);
    const teams: { id: string; unitId: string; unitPath: string }[] = await db.query(
      `SELECT t.id, t.unit_id AS "unitId", u.path AS "unitPath" FROM teams t JOIN units u ON u.id = t.unit_id
       WHERE u.path LIKE $1 AND t.status = 'active'`,
      [`${district.path}%`],
    );
    expect(teams.length).toBeGreaterThan(10);
    const publish = async (title: string) => {
      const [{ id: taskId }] = await db.query(
        `INSERT INTO tasks (issuer_unit_id, created_by, title, title_search, description, category, priority, status,
                            due_at, target, links, reminder_policy, published_at)
         VALUES ($1, $2, $3, $3, 'storm', 'digital_skills_training', 'normal', 'published',
                 now() + interval '10 days', $4, '[]', $5, now()) RETURNING id`,
        [
          district.id,
          adminId,
          title,
          JSON.stringify({ type: 'subtree', unitId: district.id }),
          JSON.stringify(DEFAULT_REMINDER_POLICY),
        ],
      );
      await db.query(
        `INSERT INTO assignments (task_id, team_id, unit_id, unit_path, state, assigned_at, updated_at, target_value)
         SELECT $1, t.id, t.unit_id, u.path, 'assigned', now(), now(), 10
         FROM teams t JOIN units u ON u.id = t.unit_id WHERE t.id = ANY($2::uuid[])`,
        [taskId, teams.map((t) => t.id)],
      );
      trigger.teams(teams.map((t) => t.id));
      return taskId as string;
    };
    const first = await publish('Storm 1');
    const second = await publish('Storm 2');
    const assignments: { id: string; state: AssignmentState; unitPath: string; taskId: string }[] =
      await db.query(
        `SELECT id, state, unit_path AS "unitPath", task_id AS "taskId" FROM assignments WHERE task_id = ANY($1::uuid[])`,
        [[first, second]],
      );
    const stormStart = Date.now();
    // Bursts of concurrent transitions on random assignments, spread over several coalescing windows.
    for (let burst = 0; burst < EVENTS / 40; burst += 1) {
      await Promise.all(
        Array.from({ length: 40 }, async () => {
          const assignment = assignments[Math.floor(Math.random() * assignments.length)]!;
          const options = NEXT[assignment.state];
          const next = options[Math.floor(Math.random() * options.length)]!;
          assignment.state = next;
          await db.query(
            `UPDATE assignments SET state = $2::varchar, updated_at = now(),
               acknowledged_at = CASE WHEN $2::varchar IN ('acknowledged', 'in_progress', 'completed')
                                      THEN coalesce(acknowledged_at, now()) ELSE acknowledged_at END,
               completed_at = CASE WHEN $2::varchar = 'completed' THEN now() ELSE NULL END,
               progress = CASE WHEN $2::varchar = 'completed' THEN floor(random() * 15)::int ELSE progress END
             WHERE id = $1`,
            [assignment.id, next],
          );
          trigger.unitPaths([assignment.unitPath]);
        }),
      );
      if (burst === 5) {
        // The second task is cancelled mid-storm: its open assignments all change at once.
        await db.query(
          `UPDATE assignments SET state = 'cancelled', updated_at = now()
           WHERE task_id = $1 AND state NOT IN ('completed', 'declined')`,
          [second],
        );
        for (const a of assignments)
          if (a.taskId === second && !['completed', 'declined'].includes(a.state)) a.state = 'cancelled';
        trigger.teams(teams.map((t) => t.id));
      }
      await sleep(Math.random() * 150);
    }
    await sleep(100);
    await drained(queue);

    const { units, teams: teamDrift, scratch, stored } = await compare();
    expect(teamDrift).toEqual([]);
    expect(units).toEqual([]);
    // The district saw every assignment of both tasks (so the comparison compared something).
    expect(stored.get(district.id)!.assignments.total).toBe(assignments.length);
    expect(scratch.units.get(district.id)!.assignments.byState.cancelled).toBeGreaterThan(0);
    // The communes' per-task parts the jobs kept give a filtered district what a full computation gives.
    await expect(compareFiltered([district.id], [{}, { taskId: first }, { taskId: second }])).resolves.toBe(
      2 * assignments.length,
    );
    // De-duplication: the district was recomputed far fewer times than events reached its subtree.
    const done = await queue.getJobs(['completed'], 0, 2000);
    const districtRuns = done.filter(
      (job) =>
        job.name === 'rollup.unit' &&
        (job.data as { unitId: string }).unitId === district.id &&
        job.timestamp >= stormStart,
    );
    expect(districtRuns.length).toBeGreaterThan(0);
    expect(districtRuns.length).toBeLessThan(EVENTS / 5);
  }, 90_000);

  it('repairs drift in the nightly full recomputation and reports the drifted units', async () => {
    const [village] = await db.query(
      `SELECT r.unit_id AS id FROM unit_rollups r JOIN units u ON u.id = r.unit_id
       WHERE u.path LIKE $1 AND u.kind = 'village' AND (r.figures #>> '{assignments,total}')::int > 0 LIMIT 1`,
      [`${district.path}%`],
    );
    await db.query(
      `UPDATE unit_rollups SET figures = jsonb_set(figures, '{assignments,total}', '999') WHERE unit_id = $1`,
      [village.id],
    );
    expect((await compare()).units.map((d) => d.unitId)).toEqual([village.id]);
    const result = await computer.recomputeAll(new Date().toISOString());
    const repaired = result.drift.find((d) => d.unitId === village.id);
    expect(repaired?.fields).toContainEqual(
      expect.objectContaining({ field: 'assignments.total', incremental: 999 }),
    );
    expect((await compare()).units).toEqual([]);
  }, 60_000);

  it('counts a filtered view in the database with the figures a full computation over the filter gives', async () => {
    // Spread latencies (to the millisecond) and deadlines, so every bucket and many latency bins occur.
    await db.query(
      `UPDATE assignments SET assigned_at = assigned_at - floor(random() * 2000) * interval '1 hour'
                                          - floor(random() * 100000) * interval '1 millisecond'
       WHERE unit_path LIKE $1`,
      [`${district.path}%`],
    );
    const [storm1] = await db.query(
      `UPDATE tasks SET due_at = now() - interval '2 days' WHERE issuer_unit_id = $1 AND title = 'Storm 1' RETURNING id`,
      [district.id],
    );
    const day = 86_400_000;
    const at = (offset: number) => new Date(Date.now() + offset).toISOString();
    const filters: AssignmentFilter[] = [
      {},
      { taskId: storm1.id as string },
      { category: 'digital_skills_training' },
      { dueFrom: at(-3 * day), dueTo: at(-1 * day) },
      { dueFrom: at(30 * day) },
    ];
    const [commune] = await db.query(
      `SELECT id FROM units WHERE parent_id = $1 AND kind = 'commune' LIMIT 1`,
      [district.id],
    );
    // The nightly recomputation rewrites the communes' parts from the changed rows.
    await computer.recomputeAll(new Date().toISOString());
    const compared = await compareFiltered([district.id, commune.id as string], filters);
    // Something was compared, in several buckets and latency bins.
    const all = await computer.filteredParts((await repo.unit(district.id))!, {}, new Date().toISOString());
    expect(compared).toBeGreaterThan(0);
    expect(
      all.headline.assignments.byBucket.done_late + all.headline.assignments.byBucket.open_overdue,
    ).toBeGreaterThan(0);
    expect(all.headline.ackLatency.histogram.filter((n) => n > 0).length).toBeGreaterThan(3);
  }, 60_000);
});
