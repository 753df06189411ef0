/**
 * `npm run schedule -- <instance.json> [--time-limit <seconds>] [--trace]`: prints the schedule as JSON on stdout
 * and a summary on stderr. Exit status 2 for an instance that contradicts itself (each contradiction
 * named on stderr, nothing on stdout), 1 for a file that cannot be read or is not an instance.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { schedule } from './scheduler.js';
import { instanceSchema, SchedulingConflictError } from './scheduling.types.js';

const USAGE = 'usage: npm run schedule -- <instance.json> [--time-limit <seconds>] [--trace]';

class UsageError extends Error {}

function parseArguments(argv: string[]): { file: string; timeLimitSeconds: number; trace: boolean } {
  let file: string | undefined;
  let trace = false;
  let timeLimitSeconds = 60;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--time-limit' || arg.startsWith('--time-limit=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      timeLimitSeconds = Number(value);
      if (!value || !Number.isFinite(timeLimitSeconds) || timeLimitSeconds <= 0) {
        throw new UsageError(`--time-limit needs a positive number of seconds, not "${value ?? ''}"`);
      }
    } else if (arg === '--trace') {
      trace = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else if (file === undefined) file = arg;
    else throw new UsageError(`one instance file only (got "${file}" and "${arg}")`);
  }
  if (file === undefined) throw new UsageError('no instance file given');
  return { file, timeLimitSeconds, trace };
}

async function readInstance(file: string) {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = instanceSchema.safeParse(json);
  if (!parsed.success) throw new UsageError(`${file} is not a scheduling instance:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  try {
    const { file, timeLimitSeconds, trace } = parseArguments(process.argv.slice(2));
    const instance = await readInstance(file);
    const result = await schedule(instance, {
      timeLimitSeconds,
      ...(trace ? { trace: (line: string) => process.stderr.write(`${line}\n`) } : {}),
    });
    const { stats } = result;
    const output = {
      meetings: result.meetings,
      unscheduled: result.unscheduled,
      stats: {
        scheduled: stats.scheduled,
        priority: stats.priority,
        upperBound: stats.upperBound,
        gap: stats.gap,
        seconds: stats.seconds,
      },
    };
    await new Promise<void>((done) => process.stdout.write(`${JSON.stringify(output)}\n`, () => done()));
    const percent = (100 * stats.gap).toFixed(2);
    process.stderr.write(
      `scheduled ${stats.scheduled} of ${instance.requests.length} meetings, total priority ${stats.priority}; ` +
        `upper bound ${stats.upperBound} (${stats.bound}); gap ${percent}%${stats.optimal ? ' (optimal)' : ''}; ` +
        `found by ${stats.method}; ${stats.seconds.toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof SchedulingConflictError) {
      process.stderr.write(
        `the instance contradicts itself:\n${error.conflicts.map((c) => `  ${c.message}`).join('\n')}\n`,
      );
      return 2;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
