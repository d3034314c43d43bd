import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnitsController } from './units.controller';
import { UnitsDataModule } from './units-data.module';
import { UnitsImporter } from './units.importer';
import { UnitsService } from './units.service';

@Module({
  imports: [UnitsDataModule, AccessModule],
  controllers: [UnitsController],
  providers: [UnitsService, UnitsImporter],
  exports: [UnitsService, UnitsImporter],
})
export class HierarchyModule {}
