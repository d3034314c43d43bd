import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestContext } from '../../../../test/support/context';
import { DomainException } from '../common/domain.exception';
import { provinceTree } from './quang-tri.source';
import { UnitsImporter } from './units.importer';
import { UnitsRepository } from './units.repository';

describe('UnitsImporter (real PostgreSQL)', () => {
  let ctx: INestApplicationContext;
  let importer: UnitsImporter;
  let repo: UnitsRepository;
  let db: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext();
    importer = ctx.get(UnitsImporter);
    repo = ctx.get(UnitsRepository);
    db = ctx.get(DataSource);
  });
  afterAll(() => ctx.close());

  const countUnder = async (code: string, kind: string) => {
    const root = await repo.findByCode(code);
    return (await repo.subtree(root!.path, kind as never)).length;
  };

  it('holds Quảng Trị as the plan knew it: 10 district-level units and 125 communes, with cleaned names', async () => {
    expect(await countUnder('45', 'district')).toBe(10);
    expect(await countUnder('45', 'commune')).toBe(125);
    expect((await repo.findByCode('19624'))!.name).toBe('Thị trấn Ái Tử');
    expect((await repo.findByCode('467'))!.name).toBe('Huyện Đakrông');
    const [{ doubled }] = await db.query<[{ doubled: number }]>(
      `SELECT count(*)::int AS doubled FROM units WHERE name LIKE '%  %'`,
    );
    expect(doubled).toBe(0);
  });

  it('imports the same province again without creating anything (idempotent)', async () => {
    const before = await repo.countByKind();
    await importer.importTree(provinceTree('45'));
    expect(await repo.countByKind()).toEqual(before);
  });

  it('refuses a tree whose shape the hierarchy cannot have, and writes none of it', async () => {
    const before = await repo.countByKind();
    await expect(
      importer.importTree({
        code: '98',
        name: 'Tỉnh Sai',
        kind: 'province',
        children: [{ code: '98001', name: 'Thôn Lạc', kind: 'village' }],
      }),
    ).rejects.toMatchObject({ code: 'IMPORT_INVALID' });
    expect(await repo.countByKind()).toEqual(before);
    expect(await repo.findByCode('98')).toBeNull();
  });

  describe('village CSV', () => {
    it('imports villages per commune and is idempotent on (commune, name)', async () => {
      const csv = 'commune_code,name\n19363,Khu phố Mới A\n19363,  Khu phố  Mới B \n19366,Thôn Đồi Mới\n';
      expect(await importer.importVillagesCsv(csv)).toEqual({ created: 3, existing: 0 });
      expect(await importer.importVillagesCsv(csv)).toEqual({ created: 0, existing: 3 });
      const hoXa = await repo.findByCode('19363');
      const names = (await repo.findChildren(hoXa!.id)).map((u) => u.name);
      expect(names).toEqual(expect.arrayContaining(['Khu phố Mới A', 'Khu phố Mới B']));
      const village = (await repo.findChildren(hoXa!.id)).find((u) => u.name === 'Khu phố Mới A')!;
      expect(village).toMatchObject({ kind: 'village', code: null, parentId: hoXa!.id });
    });

    it('reports every bad row with its line number and writes nothing of the file', async () => {
      const before = await repo.countByKind();
      const csv = [
        'commune_code,name',
        '19363,Thôn Hợp Lệ',
        '464,Thôn Sai Cấp',
        '99999,Thôn Không Có',
        '19363,',
        'abc,Thôn Mã Sai',
      ].join('\n');
      const error = (await importer.importVillagesCsv(csv).catch((e: unknown) => e)) as DomainException;
      expect(error).toBeInstanceOf(DomainException);
      expect(error.code).toBe('IMPORT_INVALID');
      const lines = (error.details as { line: number; message: string }[]).map((p) => p.line);
      expect(lines).toEqual([3, 4, 5, 6]);
      expect(JSON.stringify(error.details)).toContain('464 is a district');
      expect(await repo.countByKind()).toEqual(before);
    });

    it('refuses a file with no data rows', async () => {
      await expect(importer.importVillagesCsv('commune_code,name\n')).rejects.toMatchObject({
        code: 'IMPORT_INVALID',
      });
    });
  });
});
