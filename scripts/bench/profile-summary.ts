/**
 * `npx tsx scripts/bench/profile-summary.ts DIR|FILE.cpuprofile [--top 25] [--phase NAME]`: where the CPU went in
 * the `node --cpu-prof` profiles that `npm run bench -- flow --profile DIR` writes. Prints JSON: self
 * time by package (the node_modules package, `app` for our own code, `node` for Node.js internals,
 * `(gc)`, `(program)` for native work such as SQLite and fsync) and the top functions by self time,
 * each as a share of the sampled time. `(idle)` is left out of the shares. `--phase webauthn` keeps
 * only the samples taken while the bench ran that phase (from the `phases.json` it writes beside the
 * profiles).
 */
import fs from 'node:fs';
import path from 'node:path';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; startTime: number; samples: number[]; timeDeltas: number[] };
/** When the bench ran each phase (CLOCK_MONOTONIC µs, the clock of the profiles' timestamps). */
type Window = { phase: string; startUs: number; endUs: number };

/** The package a frame belongs to, from its script URL. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node';
  const i = url.lastIndexOf('node_modules/');
  if (i >= 0) {
    const rest = url.slice(i + 'node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? '?');
    // Next.js bundles its server runtime and the app's chunks; name the part.
    if (name === 'next')
      return `next/${rest.includes('compiled') ? (rest[rest.indexOf('compiled') + 1] ?? '') : 'server'}`;
    return name;
  }
  if (url.includes('/.next/')) return 'app (.next bundle)';
  return 'app';
}

function summarise(files: string[], top: number, windows: Window[] | undefined) {
  const inWindow = (t: number) => !windows || windows.some((w) => t >= w.startUs && t <= w.endUs);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    let t = profile.startTime;
    profile.samples.forEach((id, k) => {
      const node = nodes.get(id);
      const dt = profile.timeDeltas[k] ?? 0;
      t += dt;
      if (!node || node.callFrame.functionName === '(idle)' || !inWindow(t)) return;
      const { functionName, url, lineNumber } = node.callFrame;
      const pkg = packageOf(url, functionName);
      total += dt;
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
      const where = url ? `${path.basename(url)}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'} ${where} [${pkg}]`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + dt);
    });
  }
  const share = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({ name, ms: Math.round(us / 1000), percent: Math.round((1000 * us) / total) / 10 }));
  return {
    profiles: files.length,
    phase: windows ? (windows[0]?.phase ?? 'none') : 'all',
    sampledMs: Math.round(total / 1000),
    byPackage: share(byPackage, 30),
    topFunctions: share(byFunction, top),
  };
}

function main() {
  const target = process.argv[2];
  if (!target) {
    process.stderr.write('usage: profile-summary.ts DIR|FILE.cpuprofile [--top 25] [--phase NAME]\n');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const top = i > 0 ? Number(process.argv[i + 1]) || 25 : 25;
  const p = process.argv.indexOf('--phase');
  const dir = fs.statSync(target).isDirectory() ? target : path.dirname(target);
  const windows =
    p > 0
      ? (JSON.parse(fs.readFileSync(path.join(dir, 'phases.json'), 'utf8')) as Window[]).filter(
          (w) => w.phase === process.argv[p + 1],
        )
      : undefined;
  const files = fs.statSync(target).isDirectory()
    ? fs
        .readdirSync(target)
        .filter((f) => f.endsWith('.cpuprofile'))
        .map((f) => path.join(target, f))
    : [target];
  process.stdout.write(`${JSON.stringify(summarise(files, top, windows), null, 2)}\n`);
}

main();
