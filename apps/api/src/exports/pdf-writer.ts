import { dirname, join } from 'node:path';
import type { TableModel } from '@cdt/domain';
import { formatCell, type ExportLanguage } from './cell-format';
import { pdfmake, pdfmakeDir } from './pdfmake-api';

// pdfmake ships Roboto with its Vietnamese glyphs; Medium stands in for bold. No other file is ever read.
const FONT_DIR = join(dirname(pdfmakeDir()), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: join(FONT_DIR, 'Roboto-Regular.ttf'),
    bold: join(FONT_DIR, 'Roboto-Medium.ttf'),
    italics: join(FONT_DIR, 'Roboto-Italic.ttf'),
    bolditalics: join(FONT_DIR, 'Roboto-MediumItalic.ttf'),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));

/** Landscape A4 less 30 pt margins. */
const PAGE_WIDTH = 842 - 60;

/** Every table as a section (title, subtitle, a table with its header repeated on each page), landscape A4. */
export function writePdf(
  tables: readonly TableModel[],
  language: ExportLanguage,
  documentTitle: string,
): Promise<Buffer> {
  const content = tables.flatMap((table, index) => section(table, language, index > 0));
  return pdfmake
    .createPdf({
      info: { title: documentTitle, creator: 'CDT Hub', producer: 'CDT Hub' },
      pageSize: 'A4',
      pageOrientation: 'landscape',
      pageMargins: [30, 30, 30, 36],
      defaultStyle: { font: 'Roboto', fontSize: 9 },
      footer: (page: number, pages: number) => ({
        text: `${page}/${pages}`,
        alignment: 'right',
        margin: [0, 10, 30, 0],
        fontSize: 8,
      }),
      content,
    })
    .getBuffer();
}

function section(table: TableModel, language: ExportLanguage, pageBreak: boolean): unknown[] {
  const columns = table.columns;
  // Wide tables (the compilation has 20 columns) shrink so that a row still fits the page.
  const fontSize = columns.length > 14 ? 6 : columns.length > 8 ? 7.5 : 9;
  const weights = columns.map((c) => (c.kind === 'text' ? 3 : 1));
  const unit = (PAGE_WIDTH - columns.length * 8) / weights.reduce((a, b) => a + b, 0);
  const cell = (
    key: string,
    kind: TableModel['columns'][number]['kind'],
    row: TableModel['rows'][number],
  ) => ({
    text: formatCell(kind, row[key] ?? null, language),
    alignment: kind === 'text' ? 'left' : 'right',
  });
  const body = [
    columns.map((c) => ({ text: c.label[language], bold: true, fillColor: '#eeeeee' })),
    ...table.rows.map((row) => columns.map((c) => cell(c.key, c.kind, row))),
    ...(table.totals ? [columns.map((c) => ({ ...cell(c.key, c.kind, table.totals!), bold: true }))] : []),
  ];
  return [
    { text: table.title[language], bold: true, fontSize: 13, ...(pageBreak ? { pageBreak: 'before' } : {}) },
    ...(table.subtitle ? [{ text: table.subtitle[language], italics: true, margin: [0, 2, 0, 8] }] : []),
    {
      table: { headerRows: 1, widths: weights.map((w) => w * unit), body },
      fontSize,
      layout: 'lightHorizontalLines',
    },
  ];
}
