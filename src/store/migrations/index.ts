import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { publication } from './0002-publication.js';
import { versionParts } from './0003-version-parts.js';
import { rechecks } from './0004-rechecks.js';

/** Every migration, in code (no folder scanning); names sort in the order they run. */
const MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001-initial': initial,
  '0002-publication': publication,
  '0003-version-parts': versionParts,
  '0004-rechecks': rechecks,
});

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => ({ ...MIGRATIONS }),
};
