/**
 * Loads `.env*` files the way Next.js does, so the operator CLI, migrations and the start script
 * see the same configuration as the server. Import it first.
 */
import { loadEnvConfig } from '@next/env';

loadEnvConfig(process.cwd(), process.argv.includes('--dev'));
