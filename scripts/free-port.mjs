import { createServer } from 'node:net'

/** A TCP port nothing listens on now, so parallel runs (CI, a dev server) never collide. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}
