import type { DbOrTx } from '../../../db/client.js';
import { registrySettings } from '../registry.tables.js';

export async function findSettings(db: DbOrTx) {
  return db.select().from(registrySettings);
}

export async function upsertSettings(db: DbOrTx, row: typeof registrySettings.$inferInsert): Promise<void> {
  await db
    .insert(registrySettings)
    .values(row)
    .onConflictDoUpdate({
      target: registrySettings.jurisdiction,
      set: { settings: row.settings, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}
