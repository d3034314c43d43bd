import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { ExportFile } from './table-exporter';

/** Sends a rendered export as a download (controllers use it with `@Res({ passthrough: true })`). */
export function sendExport(response: Response, file: ExportFile): StreamableFile {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader(
    'Content-Disposition',
    `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.displayName)}`,
  );
  response.setHeader('Cache-Control', 'no-store');
  return new StreamableFile(file.buffer);
}
