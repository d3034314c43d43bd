import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { TeamEventType } from '@cdt/domain';
import { TeamEventBus } from '../teams/team-events.publisher';
import { ChannelSyncService } from './channel-sync.service';

/** Team events that change who belongs in a derived channel (requests in progress change nothing yet). */
const ROSTER_EVENTS: ReadonlySet<TeamEventType> = new Set([
  'TeamActivated',
  'TeamDissolved',
  'MembershipStarted',
  'MembershipEnded',
]);

/** Events of one roster change (an approval, a dissolution) arrive together: one sync serves them all. */
const DEBOUNCE_MS = 50;
/** Grants and offices publish no events yet: a periodic pass picks their changes up. */
export const RESYNC_INTERVAL_MS = 60_000;

/**
 * When the API process syncs channels: once at start (catching changes made while it was down), after every
 * roster change it handles (coalesced: a full re-derive of the province takes ~100 ms), and periodically.
 */
@Injectable()
export class ChannelSyncScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChannelSyncScheduler.name);
  private unsubscribe?: () => void;
  private debounce?: NodeJS.Timeout;
  private periodic?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private pending = false;

  constructor(
    private readonly sync: ChannelSyncService,
    private readonly bus: TeamEventBus,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sync.syncAll().catch((error: unknown) => this.failed(error));
    this.unsubscribe = this.bus.subscribe((event) => {
      if (ROSTER_EVENTS.has(event.type)) this.request();
    });
    this.periodic = setInterval(() => {
      if (!this.running) void this.sync.syncIfIdle().catch((error: unknown) => this.failed(error));
    }, RESYNC_INTERVAL_MS);
    this.periodic.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.unsubscribe?.();
    clearTimeout(this.debounce);
    clearInterval(this.periodic);
    await this.running;
  }

  /** Asks for a sync soon; requests during a running sync make one more run after it. */
  request(): void {
    this.pending = true;
    if (this.debounce) return;
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      void this.drain();
    }, DEBOUNCE_MS);
  }

  private async drain(): Promise<void> {
    if (this.running) return; // the running loop sees `pending` when it finishes
    this.running = (async () => {
      while (this.pending) {
        this.pending = false;
        await this.sync.syncAll().catch((error: unknown) => this.failed(error));
      }
    })();
    await this.running;
    this.running = null;
  }

  private failed(error: unknown): void {
    this.logger.error({ err: error }, 'channel sync failed');
  }
}
