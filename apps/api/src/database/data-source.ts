import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { UnitEntity } from '../hierarchy/unit.entity';
import { UserEntity } from '../access/user.entity';
import { GrantEntity } from '../access/grant.entity';
import { RefreshTokenEntity, SessionEntity } from '../access/session.entity';
import { TeamEntity, TeamHistoryEntity } from '../teams/team.entity';
import { MembershipEntity } from '../teams/membership.entity';
import { MembershipRequestEntity, RequestHistoryEntity } from '../teams/membership-request.entity';
import { PositionEntity } from '../positions/position.entity';
import { ChannelEntity, ChannelMemberEntity } from '../channels/channel.entity';
import { MessageAuditEntity, MessageEntity, PollVoteEntity } from '../channels/message.entity';
import { AssignmentEntity, AssignmentTimelineEntity } from '../tasks/assignment.entity';
import { TaskEntity } from '../tasks/task.entity';
import { ReminderDeliveryEntity } from '../reminders/reminder-delivery.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { ReportDefinitionEntity, ReportEntity } from '../reports/report.entity';
import {
  CommuneTaskPartEntity,
  RollupSnapshotEntity,
  TeamRollupEntity,
  UnitBoundaryEntity,
  UnitRollupEntity,
} from '../rollups/rollup.entity';
import { Foundation1764390000000 } from './migrations/1764390000000-foundation';
import { TeamRegistry1764400000000 } from './migrations/1764400000000-team-registry';
import { Tasks1764420000000 } from './migrations/1764420000000-tasks';
import { Channels1764450000000 } from './migrations/1764450000000-channels';
import { Rollups1764470000000 } from './migrations/1764470000000-rollups';
import { Reports1764480000000 } from './migrations/1764480000000-reports';
import { AssignmentPathIndex1764485000000 } from './migrations/1764485000000-assignment-path-index';
import { TaskCloseNote1764490000000 } from './migrations/1764490000000-task-close-note';
import { CommuneTaskParts1764500000000 } from './migrations/1764500000000-commune-task-parts';

/** Every entity, listed (not globbed) so that the same list serves ts sources in tests and js in dist. */
export const ENTITIES = [
  UnitEntity,
  UserEntity,
  GrantEntity,
  SessionEntity,
  RefreshTokenEntity,
  TeamEntity,
  TeamHistoryEntity,
  MembershipEntity,
  MembershipRequestEntity,
  RequestHistoryEntity,
  PositionEntity,
  ChannelEntity,
  ChannelMemberEntity,
  MessageEntity,
  PollVoteEntity,
  MessageAuditEntity,
  TaskEntity,
  AssignmentEntity,
  AssignmentTimelineEntity,
  ReminderDeliveryEntity,
  NotificationEntity,
  UnitRollupEntity,
  TeamRollupEntity,
  RollupSnapshotEntity,
  UnitBoundaryEntity,
  CommuneTaskPartEntity,
  ReportDefinitionEntity,
  ReportEntity,
];

/** Every migration in order; schema changes happen here only, never through `synchronize`. */
export const MIGRATIONS = [
  Foundation1764390000000,
  TeamRegistry1764400000000,
  Tasks1764420000000,
  Channels1764450000000,
  Rollups1764470000000,
  Reports1764480000000,
  AssignmentPathIndex1764485000000,
  TaskCloseNote1764490000000,
  CommuneTaskParts1764500000000,
];

export function dataSourceOptions(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // gen_random_uuid() is core since PostgreSQL 13; installing no extension also suits embedded PGlite.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: { max: config.DATABASE_POOL_SIZE },
  };
}

/** Opens a connection, applies pending migrations, and closes it. */
export async function runMigrations(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ ...config, DATABASE_POOL_SIZE: 1 }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
