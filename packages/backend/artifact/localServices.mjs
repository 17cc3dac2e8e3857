// The machine's local services, for the test command (scripts/test-all.mjs) and this test.
import { createConnection, createServer } from 'node:net';

/** Whether something accepts TCP connections at host:port (within a second). */
export function reachable(host, port) {
  return new Promise(resolve => {
    const socket = createConnection({ host, port });
    socket.setTimeout(1000);
    socket.on('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.on('error', () => resolve(false));
  });
}

/** A port nothing listens on now, for a server a test starts. */
export function freePort() {
  return new Promise(resolve => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(String(port)));
    });
  });
}
