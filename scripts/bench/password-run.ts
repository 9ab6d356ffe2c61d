/**
 * In-process figures of the birth-date check (decision 0023): CPU per verification of the keyed
 * hash and of the former scrypt, each over `runs` checks. Run by `npm run bench -- password`.
 */
import { hashBirthDate, legacyScryptHash, verifyBirthDate } from '@/lib/security/secrets';

async function cpuPerCheck(stored: string, runs: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) await verifyBirthDate(i % 2 ? '1980-04-01' : '1980-04-02', stored);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

async function main() {
  const runs = Number(process.argv[2]) || 200;
  const keyed = await hashBirthDate('1980-04-01');
  const legacy = await legacyScryptHash('1980-04-01');
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  const keyedMs = await cpuPerCheck(keyed, runs * 50);
  const scryptMs = await cpuPerCheck(legacy, Math.max(5, Math.round(runs / 10)));
  process.stdout.write(
    JSON.stringify({
      keyedCpuMsPerCheck: round(keyedMs),
      scryptCpuMsPerCheck: round(scryptMs),
      speedup: Math.round(scryptMs / keyedMs),
    }),
  );
}

void main();
