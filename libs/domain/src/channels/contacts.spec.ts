import { covers } from '../access/jurisdiction';
import { foldForSearch } from '../common/text';
import { contactReach, contactsQuerySchema, diacriticsFoldMap } from './contacts';
import { canMessageDirectly, type MessagingScope } from './messaging-scope';

const scope = (unitPath: string, communePath: string | null = null): MessagingScope => ({
  unitPath,
  communePath,
});

/** A small tree: province P, districts D and E, communes C1, C2 (in D) and C3 (in E), villages below them. */
const UNITS: MessagingScope[] = [
  scope('/P/'),
  scope('/P/D/'),
  scope('/P/E/'),
  scope('/P/D/C1/', '/P/D/C1/'),
  scope('/P/D/C1/V1/', '/P/D/C1/'),
  scope('/P/D/C1/V2/', '/P/D/C1/'),
  scope('/P/D/C2/', '/P/D/C2/'),
  scope('/P/D/C2/V3/', '/P/D/C2/'),
  scope('/P/E/C3/', '/P/E/C3/'),
  scope('/P/E/C3/V4/', '/P/E/C3/'),
];

function inReach(reach: ReturnType<typeof contactReach>, unitPath: string): boolean {
  return reach.subtreePaths.some((p) => covers(p, unitPath)) || reach.linePaths.includes(unitPath);
}

describe('contactReach', () => {
  it('selects exactly the units canMessageDirectly allows, from every single scope and a mixed pair', () => {
    const callers = [...UNITS.map((u) => [u]), [UNITS[4]!, UNITS[8]!]];
    for (const caller of callers) {
      const reach = contactReach(caller);
      for (const other of UNITS) {
        expect([caller.map((c) => c.unitPath), other.unitPath, inReach(reach, other.unitPath)]).toEqual([
          caller.map((c) => c.unitPath),
          other.unitPath,
          canMessageDirectly(caller, [other]),
        ]);
      }
    }
  });

  it('gives a village member their commune subtree and the line above, nothing of a neighbour commune', () => {
    expect(contactReach([scope('/P/D/C1/V1/', '/P/D/C1/')])).toEqual({
      subtreePaths: ['/P/D/C1/'],
      linePaths: ['/P/', '/P/D/', '/P/D/C1/', '/P/D/C1/V1/'],
    });
    expect(contactReach([])).toEqual({ subtreePaths: [], linePaths: [] });
  });
});

describe('diacriticsFoldMap', () => {
  it('folds Vietnamese letters of either case like foldForSearch, one character for one', () => {
    const { from, to } = diacriticsFoldMap();
    expect([...from]).toHaveLength([...to].length);
    const translate = (text: string) =>
      [...text].map((c) => (from.includes(c) ? to[[...from].indexOf(c)]! : c)).join('');
    const name = 'Nguyễn Thị Hồng Đào ƯỚC';
    expect(translate(name).toLowerCase()).toBe(foldForSearch(name));
  });
});

describe('contactsQuerySchema', () => {
  it('trims the query, coerces the limit and caps it', () => {
    expect(contactsQuerySchema.parse({ q: '  thanh ', limit: '5' })).toEqual({ q: 'thanh', limit: 5 });
    expect(contactsQuerySchema.parse({})).toEqual({ q: '', limit: 20 });
    expect(contactsQuerySchema.safeParse({ limit: '500' }).success).toBe(false);
  });
});
