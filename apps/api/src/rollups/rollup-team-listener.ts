import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { TeamDomainEvent, TeamEventType } from '@cdt/domain';
import { TeamEventBus } from '../teams/team-events.publisher';
import { RollupTrigger } from './rollup-trigger';

/** Team events that change figures (a team's life and its roster); requests change nothing until approved. */
const FIGURE_EVENTS: ReadonlySet<TeamEventType> = new Set([
  'TeamProposed',
  'TeamEstablished',
  'TeamActivated',
  'TeamDissolved',
  'MembershipStarted',
  'MembershipEnded',
]);

/** Recomputes the unit of a team whose registry changed (the bus delivers after the commit). */
@Injectable()
export class RollupTeamListener implements OnModuleInit, OnModuleDestroy {
  private unsubscribe?: () => void;

  constructor(
    private readonly bus: TeamEventBus,
    private readonly trigger: RollupTrigger,
  ) {}

  onModuleInit(): void {
    this.unsubscribe = this.bus.subscribe((event: TeamDomainEvent) => {
      if (FIGURE_EVENTS.has(event.type)) this.trigger.units([event.unitId]);
    });
  }

  onModuleDestroy(): void {
    this.unsubscribe?.();
  }
}
