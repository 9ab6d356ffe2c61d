/**
 * Runs one of our scripts for real in its own process (tsx with the `react-server` condition, as
 * `npm run admin` does), against the SQLite database in `dataDir`.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { HolderInput } from '@/lib/operator/holder-input';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

export type Run = { status: number | null; stdout: string; stderr: string };

export function runScript(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...env };
  if (!('DATABASE_URL' in env)) delete childEnv.DATABASE_URL;
  return new Promise((resolve, reject) => {
    execFile(
      TSX,
      ['--conditions=react-server', script, ...args],
      { cwd: ROOT, env: childEnv, encoding: 'utf8', timeout: 100_000 },
      (err, stdout, stderr) => {
        const status = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        if (err && status === null) reject(err);
        else resolve({ status, stdout, stderr });
      },
    );
  });
}

/** `npm run admin -- holder:add …` flags for `h`. */
export const holderAddArgs = (h: HolderInput) => [
  'holder:add',
  '--person-id',
  h.personId,
  '--card-id',
  h.cardId,
  '--mrn',
  h.medicalRegistrationNumber,
  '--name',
  h.name,
  '--kana',
  h.kana,
  '--birth-date',
  h.birthDate,
];
