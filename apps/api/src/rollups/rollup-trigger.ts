import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { pathIds, ROLLUP_COALESCE_MS, rollupDedupeKey } from '@cdt/domain';
import { QUEUES, type JobPayload } from '../jobs/job-registry';
import { RollupsRepository } from './rollups.repository';

/**
 * The options of a unit's rollup job. It waits ROLLUP_COALESCE_MS, and while it waits every other change at
 * the unit is absorbed by it (BullMQ de-duplication by unit). A change arriving while it runs is kept
 * (keepLastIfActive) as one more job after it: nothing is lost, and one unit never runs twice at once.
 * No jobId: the de-duplication id is the unit's identity, and a fixed id would collide with finished jobs.
 */
export function rollupJobOptions(unitId: string): JobsOptions {
  return {
    delay: ROLLUP_COALESCE_MS,
    deduplication: { id: rollupDedupeKey(unitId), keepLastIfActive: true },
  };
}

/**
 * Turns committed changes into unit rollup jobs. Callers tell it after their transaction and never wait for
 * it: a failure to enqueue is logged (the nightly full recomputation repairs what it missed).
 */
@Injectable()
export class RollupTrigger {
  private readonly logger = new Logger(RollupTrigger.name);

  constructor(
    @InjectQueue(QUEUES.rollups) private readonly queue: Queue<JobPayload<'rollup.unit'>>,
    private readonly repo: RollupsRepository,
  ) {}

  /** Teams at these units changed (their parents follow, one level per job). */
  units(unitIds: Iterable<string>): void {
    this.settle(this.enqueue(unitIds), 'units');
  }

  /** The deepest unit of each path changed (a team's unit path, as assignments copy it). */
  unitPaths(paths: Iterable<string>): void {
    this.units([...paths].map((path) => pathIds(path).at(-1)).filter((id): id is string => id !== undefined));
  }

  /** These teams' figures changed (a task published to them or cancelled). */
  teams(teamIds: readonly string[]): void {
    if (teamIds.length === 0) return;
    this.settle(
      this.repo.unitsOfTeams(teamIds).then((unitIds) => this.enqueue(unitIds)),
      'teams',
    );
  }

  /** Adds the jobs and resolves when Redis has them (the processor awaits this for parent jobs). */
  async enqueue(unitIds: Iterable<string>): Promise<void> {
    const unique = [...new Set(unitIds)];
    if (unique.length === 0) return;
    await this.queue.addBulk(
      unique.map((unitId) => ({ name: 'rollup.unit', data: { unitId }, opts: rollupJobOptions(unitId) })),
    );
  }

  private settle(pending: Promise<void>, what: string): void {
    pending.catch((error: unknown) => this.logger.error({ err: error, what }, 'rollup jobs not enqueued'));
  }
}
