import { Inject, Injectable, Logger } from '@nestjs/common';
import { foldForSearch } from '@cdt/domain';
import { AccessRepository } from '../access/access.repository';
import { PasswordService } from '../access/password.service';
import { ChannelsDemo } from '../channels/channels-demo';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitsRepository } from '../hierarchy/units.repository';
import { DEMO_ACCOUNTS, DEMO_TEAM_ACCOUNTS, type DemoAccount } from './demo-accounts';
import { DemoReportsSeeder } from './demo-reports';
import { DemoTeamsSeeder } from './demo-teams';
import { demoVillageNames } from './demo-villages';

/** Loads the demo data (villages for every commune, one account per role). Never runs in production. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly units: UnitsRepository,
    private readonly access: AccessRepository,
    private readonly passwords: PasswordService,
    private readonly teams: DemoTeamsSeeder,
    private readonly channels: ChannelsDemo,
    private readonly reports: DemoReportsSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async seed(provinceCode: string): Promise<DemoAccount[]> {
    if (this.config.NODE_ENV === 'production') throw new Error('Demo data is never loaded in production.');
    const province = await this.units.findByCode(provinceCode);
    if (!province) throw new Error(`Import the units of province ${provinceCode} first.`);
    const communes = await this.units.subtree(province.path, 'commune');
    await this.units.transaction(async (manager) => {
      for (const commune of communes) {
        for (const name of demoVillageNames(commune)) {
          await this.units.upsertVillage(
            manager,
            { code: null, name, kind: 'village', nameSearch: foldForSearch(name) },
            commune,
          );
        }
      }
    });
    const passwordHash = await this.passwords.hash(this.config.DEMO_PASSWORD);
    const accountIds = new Map<string, string>();
    await this.access.transaction(async (manager) => {
      for (const account of DEMO_ACCOUNTS) {
        const unit = await this.units.findByCode(account.unitCode, manager);
        if (!unit) throw new Error(`Demo account ${account.username}: no unit ${account.unitCode}`);
        const userId = await this.access.insertUser(
          {
            username: account.username,
            phone: account.phone,
            fullName: account.fullName,
            passwordHash,
            createdBy: null,
          },
          manager,
        );
        await this.access.insertGrant(
          { userId, unitId: unit.id, role: account.role, createdBy: null },
          manager,
        );
        accountIds.set(account.username, userId);
      }
      // Team-role accounts hold no grant: their access comes from their demo team membership.
      for (const account of DEMO_TEAM_ACCOUNTS) {
        const { username, phone, fullName } = account;
        const userId = await this.access.insertUser(
          { username, phone, fullName, passwordHash, createdBy: null },
          manager,
        );
        accountIds.set(username, userId);
      }
    });
    const teams = await this.teams.seed(province, accountIds);
    const channels = await this.channels.seed(accountIds);
    const { reports } = await this.reports.seed(new Date().toISOString());
    const accounts = DEMO_ACCOUNTS.length + DEMO_TEAM_ACCOUNTS.length;
    this.logger.log({ communes: communes.length, accounts, ...teams, channels, reports }, 'demo data loaded');
    return [...DEMO_ACCOUNTS, ...DEMO_TEAM_ACCOUNTS];
  }
}
