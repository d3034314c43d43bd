import type { INestApplicationContext } from '@nestjs/common';
import { canSeeUnit, foldForSearch } from '@cdt/domain';
import { createTestContext } from '../../../../test/support/context';
import { UnitsImporter } from './units.importer';
import { UnitsRepository } from './units.repository';

/** The 2025 shape: province → commune → village, no district level. Nothing may assume four levels. */
describe('two-tier hierarchy (no districts)', () => {
  let ctx: INestApplicationContext;
  let repo: UnitsRepository;

  beforeAll(async () => {
    ctx = await createTestContext();
    repo = ctx.get(UnitsRepository);
    await ctx.get(UnitsImporter).importTree({
      code: '97',
      name: 'Tỉnh Hai Cấp',
      kind: 'province',
      children: [
        { code: '97001', name: 'Xã Đồng Lộc', kind: 'commune' },
        { code: '97002', name: 'Phường Hải Đăng', kind: 'commune' },
      ],
    });
    await ctx
      .get(UnitsImporter)
      .importVillagesCsv('commune_code,name\n97001,Thôn Đông\n97001,Thôn Tây\n97002,Tổ dân phố 1\n');
  });
  afterAll(() => ctx.close());

  it('hangs communes directly under the province', async () => {
    const province = await repo.findByCode('97');
    const children = await repo.findChildren(province!.id);
    expect(children.map((c) => c.kind)).toEqual(['commune', 'commune']);
    expect(children.every((c) => c.parentId === province!.id)).toBe(true);
  });

  it('answers subtree queries the same way: the province holds its communes and villages', async () => {
    const province = await repo.findByCode('97');
    const subtree = await repo.subtree(province!.path);
    expect(subtree.filter((u) => u.kind === 'commune')).toHaveLength(2);
    expect(subtree.filter((u) => u.kind === 'village')).toHaveLength(3);
    const commune = await repo.findByCode('97001');
    expect((await repo.subtree(commune!.path, 'village')).map((v) => v.name).sort()).toEqual([
      'Thôn Tây',
      'Thôn Đông',
    ]);
  });

  it('searches without diacritics inside the province only', async () => {
    const province = await repo.findByCode('97');
    const hits = await repo.search(foldForSearch('dong loc'), [province!.path], undefined, 10);
    expect(hits.map((h) => h.code)).toEqual(['97001']);
    const elsewhere = await repo.search(
      foldForSearch('dong loc'),
      [(await repo.findByCode('45'))!.path],
      undefined,
      10,
    );
    expect(elsewhere).toHaveLength(0);
  });

  it('scopes access the same way: a province grant covers its villages, a commune grant not its sibling', async () => {
    const province = (await repo.findByCode('97'))!;
    const dongLoc = (await repo.findByCode('97001'))!;
    const haiDang = (await repo.findByCode('97002'))!;
    const village = (await repo.findChildren(dongLoc.id))[0]!;
    expect(canSeeUnit([{ role: 'province_steering', unitPath: province.path }], village.path)).toBe(true);
    expect(canSeeUnit([{ role: 'commune_chair', unitPath: dongLoc.path }], village.path)).toBe(true);
    expect(canSeeUnit([{ role: 'commune_chair', unitPath: dongLoc.path }], haiDang.path)).toBe(false);
  });
});
