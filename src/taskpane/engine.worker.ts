/**
 * Entry of the engine worker (dist/engine.*.js): the standalone page's FileHost + Session + core run
 * here, so a check over 100k rows does not freeze the page. Loaded from the add-in's own origin;
 * imports nothing of React or Office.
 */
import { realCore } from "../app/core-wiring";
import { FileHost } from "../app/file-host";
import { serveSessions } from "../app/remote/serve";
import type { Port } from "../app/remote/protocol";

serveSessions(self as unknown as Port, realCore, (bytes, name) => FileHost.open(bytes, name));
