import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { pathIds, vietnamDateOf } from '@cdt/domain';
import { QUEUES, type JobName, type JobPayload } from '../jobs/job-registry';
import { RealtimePublisher } from '../realtime/realtime.publisher';
import { RollupComputer } from './rollup-computer';
import { RollupTrigger } from './rollup-trigger';
import { RollupsRepository } from './rollups.repository';

/** Units recomputed at once: different units only (de-duplication keeps one unit to one job at a time). */
const ROLLUP_CONCURRENCY = 4;

export type RollupOutcome =
  | { unitId: string; recomputed: boolean }
  | { units: number; teams: number; drifted: number }
  | { snapshots: number; day: string };

/** The rollups queue's consumer (worker process only). */
@Processor(QUEUES.rollups, { concurrency: ROLLUP_CONCURRENCY })
export class RollupsProcessor extends WorkerHost {
  private readonly logger = new Logger(RollupsProcessor.name);

  constructor(
    private readonly computer: RollupComputer,
    private readonly trigger: RollupTrigger,
    private readonly repo: RollupsRepository,
    private readonly realtime: RealtimePublisher,
  ) {
    super();
  }

  async process(job: Job<unknown, unknown, JobName>): Promise<RollupOutcome> {
    const now = new Date().toISOString();
    switch (job.name) {
      case 'rollup.unit':
        return this.unit((job.data as JobPayload<'rollup.unit'>).unitId, now);
      case 'rollup.full': {
        const result = await this.computer.recomputeAll(now);
        const drifted = result.drift.map((d) => d.unitId);
        if (drifted.length > 0)
          this.realtime.toUnits(drifted, 'rollup:changed', { unitIds: drifted, at: now });
        return { units: result.units, teams: result.teams, drifted: drifted.length };
      }
      case 'rollup.snapshot': {
        const day = vietnamDateOf(now);
        const snapshots = await this.repo.snapshotAll(day, now);
        this.logger.log({ day, snapshots }, 'daily rollup snapshots taken');
        return { snapshots, day };
      }
      default:
        throw new Error(`Unknown rollups job ${String(job.name)}`);
    }
  }

  /**
   * One unit, then its parent's job: the parent reads this unit's new figures. Dashboards of the unit and of
   * every unit above it hear 'rollup:changed' (officials sit in the rooms of their grants' units).
   */
  private async unit(unitId: string, now: string): Promise<RollupOutcome> {
    const unit = await this.computer.recomputeUnit(unitId, now);
    if (!unit) return { unitId, recomputed: false };
    if (unit.parentId) await this.trigger.enqueue([unit.parentId]);
    this.realtime.toUnits(pathIds(unit.path), 'rollup:changed', { unitIds: [unit.id], at: now });
    return { unitId, recomputed: true };
  }
}
