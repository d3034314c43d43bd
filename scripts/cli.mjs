// `npm run units:import` and friends: builds when needed, resolves the database and Redis the way
// `npm start` does (or reuses those of a running `npm start`), then runs the API's CLI with the arguments.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt } from './lib/build.mjs';
import { startNode } from './lib/children.mjs';
import { loadDotEnv } from './lib/env-file.mjs';
import { warn, LauncherError } from './lib/log.mjs';
import { resolveServicesForCommand } from './lib/services.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// npm runs scripts in the project root: a file named relative to where the user ran npm is made absolute.
const cwd = process.env.INIT_CWD || process.cwd();
const args = process.argv
  .slice(2)
  .map((arg) =>
    !arg.startsWith('-') && !isAbsolute(arg) && existsSync(resolve(cwd, arg)) ? resolve(cwd, arg) : arg,
  );

async function main() {
  if (args.length === 0) throw new LauncherError('Usage: node scripts/cli.mjs <command> [args...]');
  loadDotEnv(root);
  ensureBuilt(root);
  const services = await resolveServicesForCommand(root, process.env);
  let code = 1;
  try {
    const env = { ...process.env, ...services.env };
    const command = startNode('cli', root, ['apps/api/dist/cli.js', ...args], env, { prefix: false });
    const stop = () => void command.stop();
    process.on('SIGINT', stop).on('SIGTERM', stop);
    const result = await command.exited;
    code = result.code ?? 1;
  } finally {
    await services.stop();
  }
  process.exit(code);
}

main().catch((error) => {
  if (error instanceof LauncherError) warn(error.message);
  else console.error(error);
  process.exit(1);
});
