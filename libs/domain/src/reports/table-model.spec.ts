import { tableModel, type TableModel } from './table-model';

const base = (overrides: Partial<TableModel> = {}): TableModel => ({
  sheetName: 'Tổng hợp',
  title: { vi: 'Ke\u0302\u0301t qua\u0309', en: 'Results' },
  subtitle: null,
  columns: [
    { key: 'name', kind: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
    { key: 'count', kind: 'number', label: { vi: 'Số', en: 'Count' } },
    { key: 'rate', kind: 'percent', label: { vi: 'Tỷ lệ', en: 'Rate' } },
    { key: 'day', kind: 'date', label: { vi: 'Ngày', en: 'Date' } },
  ],
  rows: [{ name: 'Xa\u0303 Vi\u0303nh Tha\u0301i', count: 3, rate: 0.5, day: '2026-11-14' }],
  totals: null,
  ...overrides,
});

describe('tableModel', () => {
  it('normalises every string to NFC: title, labels, cells', () => {
    const table = tableModel(base({ subtitle: { vi: 'Thi\u0301 du\u0323', en: 'Example' } }));
    expect(table.title.vi).toBe('Kết quả'.normalize('NFC'));
    expect(table.title.vi).toHaveLength(7);
    expect(table.subtitle!.vi).toBe('Thí dụ');
    expect(table.rows[0]!.name).toBe('Xã Vĩnh Thái');
    expect(table.rows[0]!.name).toBe('Xã Vĩnh Thái'.normalize('NFC'));
  });

  it('accepts nulls in any column, dates or ISO instants in date columns, and a totals row', () => {
    const table = tableModel(
      base({
        rows: [{ name: null, count: null, rate: null, day: '2026-11-14T16:59:59.999Z' }],
        totals: { name: 'Tổng cộng', count: 3 },
      }),
    );
    expect(table.rows[0]).toEqual({ name: null, count: null, rate: null, day: '2026-11-14T16:59:59.999Z' });
    expect(table.totals).toEqual({ name: 'Tổng cộng', count: 3 });
  });

  it.each([
    ['a cell without a column', { name: 'x', extra: 1 }],
    ['text in a number column', { count: '3' }],
    ['a non-finite number', { rate: Number.NaN }],
    ['a number in a text column', { name: 5 }],
    ['a date that is not a date', { day: '14/11/2026' }],
  ])('throws on %s', (_case, row) => {
    expect(() => tableModel(base({ rows: [row] }))).toThrow(RangeError);
  });

  it('throws on sheet names Excel refuses and on duplicate columns', () => {
    expect(() => tableModel(base({ sheetName: 'Kỳ 2026/11' }))).toThrow(RangeError);
    expect(() => tableModel(base({ sheetName: 'x'.repeat(32) }))).toThrow(RangeError);
    expect(() => tableModel(base({ sheetName: '' }))).toThrow(RangeError);
    const columns = base().columns;
    expect(() => tableModel(base({ columns: [...columns, columns[0]!] }))).toThrow(RangeError);
  });
});
