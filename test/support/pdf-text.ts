import { inflateSync } from 'node:zlib';

/**
 * The text layer of a PDF as pdfmake/pdfkit writes it (Type0 fonts, Identity-H, a ToUnicode CMap per font):
 * enough to prove what a reader's copy-and-paste or search would find, without a PDF library. One line per
 * line (or table cell) of text, in drawing order.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string | null }>();
  const header = /(\d+) 0 obj/g;
  for (let match = header.exec(raw); match; match = header.exec(raw)) {
    const from = match.index + match[0].length;
    const end = raw.indexOf('endobj', from);
    const streamAt = raw.indexOf('stream', from);
    if (streamAt < 0 || streamAt > end) {
      objects.set(Number(match[1]), { dict: raw.slice(from, end), stream: null });
      continue;
    }
    // Binary data may hold "endobj" by chance: the dictionary's /Length says where the stream ends.
    const dict = raw.slice(from, streamAt);
    const dataAt = streamAt + (raw[streamAt + 6] === '\r' ? 8 : 7);
    const length = Number(/\/Length (\d+)(?! \d+ R)/.exec(dict)?.[1] ?? -1);
    const bytes = Buffer.from(
      raw.slice(dataAt, length >= 0 ? dataAt + length : raw.indexOf('endstream', dataAt)),
      'latin1',
    );
    const decoded = /\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes;
    objects.set(Number(match[1]), { dict, stream: decoded.toString('latin1') });
    header.lastIndex = raw.indexOf('endobj', dataAt + Math.max(length, 0));
  }
  const fontByName = new Map<string, Map<string, string>>();
  for (const { dict } of objects.values()) {
    for (const block of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const entry of block[1]!.matchAll(/\/(\S+)\s+(\d+) 0 R/g)) {
        const font = objects.get(Number(entry[2]));
        const cmapRef = /\/ToUnicode\s+(\d+) 0 R/.exec(font?.dict ?? '');
        const cmap = cmapRef ? objects.get(Number(cmapRef[1]))?.stream : null;
        if (cmap) fontByName.set(entry[1]!, parseCmap(cmap));
      }
    }
  }
  const lines: string[] = [];
  for (const { stream } of objects.values()) {
    if (!stream || !/\bBT\b/.test(stream)) continue;
    let font = new Map<string, string>();
    for (const op of stream.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      if (op[1] !== undefined) font = fontByName.get(op[1]) ?? new Map();
      else {
        const hex =
          op[2] !== undefined ? [...op[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[3]!];
        lines.push(hex.map((h) => decode(h, font)).join(''));
      }
    }
  }
  // pdfkit draws word by word, each word with its trailing space: a word without one ends a line or a cell.
  return lines
    .map((line) => (line.endsWith(' ') ? line : `${line}\n`))
    .join('')
    .normalize('NFC');
}

function decode(hex: string, font: Map<string, string>): string {
  let text = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) text += font.get(hex.slice(i, i + 4).toLowerCase()) ?? '';
  return text;
}

/** bfchar and bfrange (both the offset and the array forms) of a ToUnicode CMap, by 4-hex-digit code. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const code = (n: number) => n.toString(16).padStart(4, '0');
  const utf16 = (hex: string) =>
    String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(pair[1]!.toLowerCase().padStart(4, '0'), utf16(pair[2]!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of block[1]!.matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g,
    )) {
      const from = parseInt(range[1]!, 16);
      const to = parseInt(range[2]!, 16);
      const target = range[3]!;
      if (target.startsWith('[')) {
        [...target.matchAll(/<([0-9a-fA-F]+)>/g)].forEach((dst, i) =>
          map.set(code(from + i), utf16(dst[1]!)),
        );
      } else {
        const base = target.slice(1, -1);
        const last = parseInt(base.slice(-4), 16);
        for (let c = from; c <= to; c += 1) {
          map.set(code(c), utf16(base.slice(0, -4) + code(last + c - from)));
        }
      }
    }
  }
  return map;
}
