import { createHmac, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.js';
import { DAY } from '../../lib/clock.js';
import { type ObjectStorage, s3FileStorage } from '../../lib/storage.js';

/**
 * An anchor: the chain's head at a moment, signed with the audit key and kept where the database's
 * users cannot rewrite it. An entry that an anchor vouches for can no longer be removed or changed
 * unnoticed, even by someone who recomputes every hash after it.
 */
export type Anchor = { seq: number; hash: string; at: string; mac: string };

const anchorMac = (key: Buffer, a: Omit<Anchor, 'mac'>) =>
  createHmac('sha256', key).update(`innobridge-audit-anchor\n${a.seq}\n${a.hash}\n${a.at}`).digest('hex');

export function signAnchor(key: Buffer, head: { seq: number; hash: string }, at: Date): Anchor {
  const anchor = { seq: head.seq, hash: head.hash, at: at.toISOString() };
  return { ...anchor, mac: anchorMac(key, anchor) };
}

/** Whether the anchor was signed with this key and not changed since. */
export function anchorIsGenuine(key: Buffer, anchor: Anchor): boolean {
  const expected = Buffer.from(anchorMac(key, anchor), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const isAnchor = (value: unknown): value is Anchor => {
  const a = value as Anchor;
  return (
    !!a &&
    Number.isSafeInteger(a.seq) &&
    a.seq > 0 &&
    typeof a.hash === 'string' &&
    typeof a.at === 'string' &&
    typeof a.mac === 'string'
  );
};

/** What a store holds: the anchors it could read, and how many records it could not. */
export type StoredAnchors = { anchors: Anchor[]; unreadable: number };

export type AnchorStore = {
  append(anchor: Anchor): Promise<void>;
  readAll(): Promise<StoredAnchors>;
};

/** One JSON line per anchor, only ever appended to; readable with any text tool. */
export function fileAnchorStore(file: string): AnchorStore {
  return {
    async append(anchor) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.appendFile(file, `${JSON.stringify(anchor)}\n`, { mode: 0o644 });
    },
    async readAll() {
      let text: string;
      try {
        text = await fs.readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { anchors: [], unreadable: 0 };
        throw error;
      }
      const result: StoredAnchors = { anchors: [], unreadable: 0 };
      for (const line of text.split('\n')) {
        if (!line.trim()) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          parsed = undefined;
        }
        if (isAnchor(parsed)) result.anchors.push(parsed);
        else result.unreadable += 1;
      }
      return result;
    },
  };
}

const PREFIX = 'audit-anchors/';

/**
 * One object per anchor, its whole content in the key too, so that a listing is enough to read them
 * all. With a retention period, each is written under S3 Object Lock in compliance mode: until it
 * expires, nobody can delete or overwrite it, the platform's own credentials included.
 */
export function objectAnchorStore(storage: ObjectStorage, retainDays: number | undefined): AnchorStore {
  return {
    async append(anchor) {
      const key = `${PREFIX}${String(anchor.seq).padStart(15, '0')}.${anchor.hash}.${Date.parse(anchor.at)}.${anchor.mac}`;
      const body = Buffer.from(`${JSON.stringify(anchor)}\n`);
      if (retainDays) await storage.putRetained(key, body, new Date(Date.parse(anchor.at) + retainDays * DAY));
      else await storage.put(key, body);
    },
    async readAll() {
      const result: StoredAnchors = { anchors: [], unreadable: 0 };
      for (const key of await storage.list(PREFIX)) {
        const [seq, hash, at, mac] = key.slice(PREFIX.length).split('.');
        const anchor = { seq: Number(seq), hash, at: at ? new Date(Number(at)).toISOString() : '', mac };
        if (isAnchor(anchor) && Number.isFinite(Number(at))) result.anchors.push(anchor);
        else result.unreadable += 1;
      }
      return result;
    },
  };
}

/** Where a configuration's anchors go: the anchor file, and the object storage when there is one. */
export function anchorStores(config: Config): AnchorStore[] {
  return [
    fileAnchorStore(config.audit.anchorFile),
    ...(config.s3 ? [objectAnchorStore(s3FileStorage(config.s3), config.audit.anchorRetainDays)] : []),
  ];
}

/** Every anchor of every store, each once. */
export async function readAnchors(stores: AnchorStore[]): Promise<StoredAnchors> {
  const seen = new Map<string, Anchor>();
  let unreadable = 0;
  for (const store of stores) {
    const read = await store.readAll();
    unreadable += read.unreadable;
    for (const a of read.anchors) seen.set(`${a.seq}.${a.hash}.${a.at}.${a.mac}`, a);
  }
  return { anchors: [...seen.values()].sort((a, b) => a.seq - b.seq || a.at.localeCompare(b.at)), unreadable };
}
