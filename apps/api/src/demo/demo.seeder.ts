import { Inject, Injectable, Logger } from '@nestjs/common';
import { foldForSearch } from '@cdt/domain';
import { AccessRepository } from '../access/access.repository';
import { PasswordService } from '../access/password.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UnitsRepository } from '../hierarchy/units.repository';
import { DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';
import { demoVillageNames } from './demo-villages';

/** Loads the demo data (villages for every commune, one account per role). Never runs in production. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly units: UnitsRepository,
    private readonly access: AccessRepository,
    private readonly passwords: PasswordService,
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
      }
    });
    this.logger.log({ communes: communes.length, accounts: DEMO_ACCOUNTS.length }, 'demo data loaded');
    return DEMO_ACCOUNTS;
  }
}
