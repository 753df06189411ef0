// Creates a new embedded database directory, then exits. The server runs it as a child process: PGlite
// creates a database with initdb, a WebAssembly instance of its own whose memory the server would
// otherwise keep resident for as long as it runs (about 75 MB).
import { PGlite } from '@electric-sql/pglite';

const database = new PGlite({ dataDir: process.argv[2] });
await database.waitReady;
await database.close();
