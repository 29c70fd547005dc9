// `npm start`: build the host app if needed, open (and seed) the database, serve on 127.0.0.1:$PORT.
// Flags: `--reset` reseeds the database; `--no-build` serves whatever client is built.
import { ensureClientBuilt } from './build.mjs'
import { buildApp } from './server/app.mjs'

const started = performance.now()
const args = process.argv.slice(2)
const port = Number.parseInt(process.env.PORT ?? '5173', 10)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`)
  process.exit(1)
}

if (!args.includes('--no-build')) {
  const buildMs = await ensureClientBuilt()
  if (buildMs !== null)
    console.log(`Built the playground client in ${(buildMs / 1000).toFixed(1)} s.`)
}

const app = await buildApp({ reset: args.includes('--reset') })
const url = await app.listen({ host: '127.0.0.1', port })
const casing =
  process.env.PLAYGROUND_CASING === 'camel' ? 'camel (Adonis style)' : 'snake (Laravel style)'

console.log(`
Escalated playground ready in ${((performance.now() - started) / 1000).toFixed(1)} s: ${url}  [payloads: ${casing}]

  Sign in as   customer  ${url}/_playground/login/customer
               agent     ${url}/_playground/login/agent
               admin     ${url}/_playground/login/admin
               guest     ${url}/_playground/login/guest
  Widget demo            ${url}/widget-demo
  Reseed                 npm start -- --reset   (or POST ${url}/_playground/reset)
`)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0))
  })
}
