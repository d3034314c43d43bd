import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import {
  ErrorCode,
  canBeChildOf,
  foldForSearch,
  normalizeName,
  villageCsvRowSchema,
  type UnitKind,
} from '@cdt/domain';
import { DomainException } from '../common/domain.exception';
import { UnitsRepository, type UnitRow } from './units.repository';

/** A coded unit with its children, as an import source describes it. */
export interface UnitTreeNode {
  code: string;
  name: string;
  kind: UnitKind;
  children?: UnitTreeNode[];
}

export interface ImportProblem {
  line: number;
  message: string;
}

export interface TreeImportResult {
  counts: Partial<Record<UnitKind, number>>;
}

export interface VillageImportResult {
  created: number;
  existing: number;
}

/** Loads units idempotently: coded units upsert on their official code, villages on (commune, folded name). */
@Injectable()
export class UnitsImporter {
  constructor(private readonly repo: UnitsRepository) {}

  /** Imports a tree of coded units in one transaction; the root must be a province. */
  async importTree(root: UnitTreeNode): Promise<TreeImportResult> {
    const counts: Partial<Record<UnitKind, number>> = {};
    await this.repo.transaction(async (manager) => {
      const visit = async (node: UnitTreeNode, parent: UnitRow | null) => {
        if (!canBeChildOf(node.kind, parent?.kind ?? null)) {
          throw new DomainException(
            ErrorCode.ImportInvalid,
            `A ${node.kind} (${node.code}) cannot sit under ${parent ? `a ${parent.kind}` : 'nothing'}.`,
          );
        }
        const name = normalizeName(node.name);
        const row = await this.repo.upsertByCode(
          manager,
          { code: node.code, name, kind: node.kind, nameSearch: foldForSearch(name) },
          parent,
        );
        counts[node.kind] = (counts[node.kind] ?? 0) + 1;
        for (const child of node.children ?? []) await visit(child, row);
      };
      await visit(root, null);
    });
    return { counts };
  }

  /**
   * Imports villages from CSV text with a header row `commune_code,name`. Every bad row is reported with its
   * line number, and then nothing of the file is written.
   */
  async importVillagesCsv(csv: string): Promise<VillageImportResult> {
    const rows = this.parseCsv(csv);
    const problems: ImportProblem[] = [];
    const communes = new Map<string, UnitRow | null>();
    const valid: { line: number; communeCode: string; name: string }[] = [];
    for (const { line, record } of rows) {
      const parsed = villageCsvRowSchema.safeParse(record);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push({ line, message: `${issue.path.join('.') || 'row'}: ${issue.message}` });
        }
        continue;
      }
      const code = parsed.data.commune_code;
      if (!communes.has(code)) communes.set(code, await this.repo.findByCode(code));
      const commune = communes.get(code);
      if (!commune) problems.push({ line, message: `commune_code: no unit has the code ${code}` });
      else if (commune.kind !== 'commune') {
        problems.push({ line, message: `commune_code: ${code} is a ${commune.kind}, not a commune` });
      } else valid.push({ line, communeCode: code, name: normalizeName(parsed.data.name) });
    }
    if (rows.length === 0) problems.push({ line: 1, message: 'the file has no data rows' });
    if (problems.length > 0) {
      throw new DomainException(
        ErrorCode.ImportInvalid,
        `${problems.length} problem(s); nothing was imported.`,
        problems,
      );
    }
    let created = 0;
    await this.repo.transaction(async (manager) => {
      for (const row of valid) {
        const result = await this.repo.upsertVillage(
          manager,
          { code: null, name: row.name, kind: 'village', nameSearch: foldForSearch(row.name) },
          communes.get(row.communeCode)!,
        );
        if (result.created) created += 1;
      }
    });
    return { created, existing: valid.length - created };
  }

  private parseCsv(csv: string): { line: number; record: Record<string, string> }[] {
    try {
      const records: { record: Record<string, string>; info: { lines: number } }[] = parse(csv, {
        columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
        bom: true,
        skip_empty_lines: true,
        trim: true,
        info: true,
      });
      return records.map(({ record, info }) => ({ line: info.lines, record }));
    } catch (error) {
      const line = (error as { lines?: number }).lines ?? 1;
      throw new DomainException(ErrorCode.ImportInvalid, 'The file is not valid CSV; nothing was imported.', [
        { line, message: (error as Error).message },
      ]);
    }
  }
}
