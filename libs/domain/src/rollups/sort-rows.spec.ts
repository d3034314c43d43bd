import { emptyRollup } from './figures';
import { sortDashboardRows } from './sort-rows';
import { assignment, NOW } from './spec-fixtures';
import { teamFigures } from './team-figures';

const figures = (done: number, open: number) =>
  teamFigures({
    team: { kind: 'village', status: 'active' },
    members: [],
    assignments: [
      ...Array.from({ length: done }, () => assignment('completed')),
      ...Array.from({ length: open }, () => assignment('assigned')),
    ],
    now: NOW,
  });

const rows = [
  { name: 'Gio Linh', figures: figures(1, 1) },
  { name: 'Đông Hà', figures: emptyRollup() },
  { name: 'Cam Lộ', figures: figures(3, 1) },
  { name: 'Dakrông', figures: figures(1, 1) },
];
const names = (sorted: { name: string }[]) => sorted.map((r) => r.name);

describe('sortDashboardRows', () => {
  it('orders names the Vietnamese way (Đ after D)', () => {
    expect(names(sortDashboardRows(rows, 'name'))).toEqual(['Cam Lộ', 'Dakrông', 'Đông Hà', 'Gio Linh']);
    expect(names(sortDashboardRows(rows, 'name', 'desc'))).toEqual([
      'Gio Linh',
      'Đông Hà',
      'Dakrông',
      'Cam Lộ',
    ]);
  });

  it('orders by a metric, ties by name, rows without a value last in both directions', () => {
    expect(names(sortDashboardRows(rows, 'completionRate'))).toEqual([
      'Dakrông',
      'Gio Linh',
      'Cam Lộ',
      'Đông Hà',
    ]);
    expect(names(sortDashboardRows(rows, 'completionRate', 'desc'))).toEqual([
      'Cam Lộ',
      'Dakrông',
      'Gio Linh',
      'Đông Hà',
    ]);
    expect(names(sortDashboardRows(rows, 'assignments', 'desc'))).toEqual([
      'Cam Lộ',
      'Dakrông',
      'Gio Linh',
      'Đông Hà',
    ]);
  });

  it('leaves its input alone', () => {
    const copy = [...rows];
    sortDashboardRows(rows, 'name', 'desc');
    expect(rows).toEqual(copy);
  });
});
