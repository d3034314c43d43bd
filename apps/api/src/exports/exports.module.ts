import { Module } from '@nestjs/common';
import { TableExporter } from './table-exporter';

/** XLSX and PDF rendering of domain table models, for any context that exports tables. */
@Module({ providers: [TableExporter], exports: [TableExporter] })
export class ExportsModule {}
