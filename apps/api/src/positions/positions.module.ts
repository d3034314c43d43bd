import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { UnitsDataModule } from '../hierarchy/units-data.module';
import { PersonsRepository } from '../teams/persons.repository';
import { PositionsController } from './positions.controller';
import { PositionsRepository } from './positions.repository';
import { PositionsService } from './positions.service';

@Module({
  imports: [AccessModule, UnitsDataModule],
  controllers: [PositionsController],
  providers: [PositionsRepository, PositionsService, PersonsRepository],
  exports: [PositionsRepository],
})
export class PositionsModule {}
