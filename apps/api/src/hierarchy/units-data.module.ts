import { Module } from '@nestjs/common';
import { UnitsRepository } from './units.repository';

/** The units repository alone, so that access (which checks jurisdiction on units) can use it without a cycle. */
@Module({ providers: [UnitsRepository], exports: [UnitsRepository] })
export class UnitsDataModule {}
