import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { log } from './log.mjs';

/** Loads `.env` from the project root when there is one; variables already set keep their value. */
export function loadDotEnv(root) {
  const file = join(root, '.env');
  if (!existsSync(file)) return;
  process.loadEnvFile(file);
  log('Loaded settings from .env');
}
