import { Injectable, Logger } from '@nestjs/common';
import { boundaryFileSchema, ErrorCode, matchBoundaries, type BoundaryImportResultDto } from '@cdt/domain';
import { zodIssues } from '../common/error-mapping';
import { DomainException } from '../common/domain.exception';
import { BoundariesRepository } from './boundaries.repository';

/**
 * Imports unit boundaries from a GeoJSON file (operator data, never committed), matched to units by official
 * code. All or nothing: a file that does not parse, or whose features match no unit, writes nothing;
 * features of unknown codes are reported. Idempotent: importing the same file again rewrites the same rows.
 */
@Injectable()
export class BoundariesImporter {
  private readonly logger = new Logger(BoundariesImporter.name);

  constructor(private readonly repo: BoundariesRepository) {}

  async importGeoJson(text: string): Promise<BoundaryImportResultDto> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new DomainException(
        ErrorCode.ImportInvalid,
        'The file is not valid JSON; nothing was imported.',
        [{ path: '(root)', message: (error as Error).message }],
      );
    }
    const parsed = boundaryFileSchema.safeParse(json);
    if (!parsed.success) {
      throw new DomainException(
        ErrorCode.ImportInvalid,
        'The file is not a GeoJSON FeatureCollection of polygons with properties.code; nothing was imported.',
        zodIssues(parsed.error).slice(0, 20),
      );
    }
    const codes = parsed.data.features.map((feature) => feature.properties.code);
    const match = matchBoundaries(parsed.data, await this.repo.unitIdsByCode(codes));
    if (match.matched.length === 0) {
      throw new DomainException(
        ErrorCode.ImportInvalid,
        'No feature matches a unit by its official code; nothing was imported.',
        match.unmatched.slice(0, 20).map((u) => ({ path: `code ${u.code}`, message: u.name ?? 'no unit' })),
      );
    }
    await this.repo.upsert(match.matched);
    this.logger.log(
      { imported: match.matched.length, unmatched: match.unmatched.length },
      'boundaries imported',
    );
    return { imported: match.matched.length, unmatched: match.unmatched };
  }
}
