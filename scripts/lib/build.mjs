import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, LauncherError } from './log.mjs';

/** Each built package: its output folder and what it is built from. */
const PACKAGES = [
  {
    dir: 'libs/domain',
    dist: 'dist',
    sources: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'],
  },
  { dir: 'apps/api', dist: 'dist', sources: ['src', 'package.json', 'tsconfig.json', 'tsconfig.build.json'] },
  {
    dir: 'apps/web',
    dist: 'dist',
    sources: [
      ...['src', 'public', 'index.html', 'package.json', 'vite.config.ts', 'postcss.config.cjs'],
      ...['tsconfig.json', 'tsconfig.app.json', 'tsconfig.node.json'],
    ],
  },
];

// Written after a build: tsc leaves unchanged outputs untouched, so dist files alone can look stale.
const STAMP = '.cdt-build-stamp';

/** Newest modification time (ms) under `path`, or 0 when it does not exist. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Packages whose dist is missing or older than one of their sources. */
export function stalePackages(root) {
  return PACKAGES.filter((pkg) => {
    const dist = join(root, pkg.dir, pkg.dist);
    if (!existsSync(dist)) return true;
    const sourceTime = Math.max(...pkg.sources.map((s) => newestMtime(join(root, pkg.dir, s))));
    return sourceTime > newestMtime(dist);
  }).map((pkg) => pkg.dir);
}

/** Runs `npm run build` when a package needs it; throws when the build fails. */
export function ensureBuilt(root) {
  const stale = stalePackages(root);
  if (stale.length === 0) return;
  log(`Building (${stale.join(', ')} out of date): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new LauncherError('The build failed (see above); fix it and run again.');
  for (const pkg of PACKAGES) {
    const dist = join(root, pkg.dir, pkg.dist);
    if (existsSync(dist)) writeFileSync(join(dist, STAMP), `${new Date().toISOString()}\n`);
  }
}
