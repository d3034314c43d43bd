import ExcelJS from 'exceljs';
import { tableModel, type TableModel } from '@cdt/domain';
import { pdfText } from '../../../../test/support/pdf-text';
import { TableExporter } from './table-exporter';

const TEAM = 'Tổ công nghệ số cộng đồng – Quảng Trị';

const table = (sheetName: string): TableModel =>
  tableModel({
    sheetName,
    title: { vi: 'Kết quả hoạt động của các Tổ', en: 'Team results' },
    subtitle: { vi: 'Huyện Đakrông – Kỳ 2026-11', en: 'Đakrông district – Period 2026-11' },
    columns: [
      { key: 'name', kind: 'text', label: { vi: 'Đơn vị', en: 'Unit' } },
      { key: 'count', kind: 'number', label: { vi: 'Số lượt hướng dẫn', en: 'Residents guided' } },
      { key: 'rate', kind: 'percent', label: { vi: 'Tỷ lệ hoàn thành', en: 'Completion' } },
      { key: 'day', kind: 'date', label: { vi: 'Ngày gửi', en: 'Sent on' } },
    ],
    rows: [
      { name: TEAM, count: 12_345, rate: 0.5, day: '2026-11-20' },
      { name: 'Xã Hướng Hiệp', count: 7, rate: null, day: null },
    ],
    totals: { name: 'Tổng cộng', count: 12_352, rate: 0.25, day: null },
  });

/** The exporter alone: no database, only the two file formats read back. */
describe('TableExporter', () => {
  const exporter = new TableExporter();

  it('writes one sheet per table, with the title, bold header, typed cells and totals', async () => {
    const file = await exporter.render([table('Tổng hợp'), table('Tổng hợp')], 'xlsx', {
      name: 'Báo cáo tổng hợp – Kỳ 2026-11',
    });
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.filename).toBe('bao-cao-tong-hop-ky-2026-11.xlsx');
    expect(file.displayName).toBe('Báo cáo tổng hợp – Kỳ 2026-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.buffer as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Tổng hợp (2)']);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Kết quả hoạt động của các Tổ');
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'Đơn vị',
      'Số lượt hướng dẫn',
      'Tỷ lệ hoàn thành',
      'Ngày gửi',
    ]);
    expect(sheet.getRow(4).font?.bold).toBe(true);
    expect(sheet.getCell('A5').value).toBe(TEAM);
    expect(sheet.getCell('B5').value).toBe(12_345);
    expect(sheet.getCell('C5').value).toBe(0.5);
    expect(sheet.getCell('C5').numFmt).toBe('0.0%');
    expect(sheet.getCell('D5').value).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(sheet.getCell('C6').value).toBeNull();
    expect(sheet.getCell('A7').value).toBe('Tổng cộng');
    expect(sheet.getRow(7).font?.bold).toBe(true);
  });

  it('writes a PDF whose text layer holds the Vietnamese text, numbers and dates as printed', async () => {
    const file = await exporter.render([table('Tổng hợp')], 'pdf', { name: 'Tình hình báo cáo' });
    expect(file.contentType).toBe('application/pdf');
    expect(file.filename).toBe('tinh-hinh-bao-cao.pdf');
    expect(file.buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file.buffer).replace(/\s+/g, ' ');
    expect(text).toContain(TEAM);
    expect(text).toContain('Kết quả hoạt động của các Tổ');
    expect(text).toContain('Huyện Đakrông – Kỳ 2026-11');
    expect(text).toContain('12.345');
    expect(text).toContain('50%');
    expect(text).toContain('20/11/2026');
  });

  it('prints English labels when asked, and refuses an empty export', async () => {
    const file = await exporter.render([table('Sheet')], 'pdf', { name: 'Results', language: 'en' });
    expect(pdfText(file.buffer)).toContain('Residents guided');
    await expect(exporter.render([], 'pdf', { name: 'x' })).rejects.toThrow(RangeError);
  });
});
