import { createRequire } from 'node:module';

// pdfmake 0.3 ships no type declarations (and @types/pdfmake describes 0.2): the part of its server API used here.
interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

interface PdfMake {
  setFonts(fonts: Record<string, FontFiles>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

/** The server build of pdfmake (a singleton holding the fonts). */
export const pdfmake = createRequire(__filename)('pdfmake') as PdfMake;

/** Where pdfmake's bundled fonts live. */
export const pdfmakeDir = (): string => createRequire(__filename).resolve('pdfmake/package.json');
