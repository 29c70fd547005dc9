#!/usr/bin/env node
// Queue render benchmark: builds bench/queue-render (the real Agent/TicketIndex page, production
// build), serves it on 127.0.0.1 and renders it in Debian's Chromium with 100 and with 10,000
// tickets, each in a fresh page. Prints the median first-render time per size, the ratio between
// them (a virtualized table keeps it near 1), the rows in the DOM and the select-all time.
// Usage: node bench/queue-render.mjs [--runs 7] [--json]
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { chromium } from 'playwright-core'
import { CHROMIUM_LAUNCH } from '../scripts/chromium.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const runsAt = args.indexOf('--runs')
const RUNS = runsAt === -1 ? 7 : Math.max(1, Number(args[runsAt + 1]) || 7)
const AS_JSON = args.includes('--json')
const SIZES = [100, 10_000]

const outDir = mkdtempSync(join(tmpdir(), 'escalated-queue-bench-'))

async function bundle() {
  await build({
    root: join(root, 'bench/queue-render'),
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [vue(), tailwindcss()],
    resolve: { alias: { '@': join(root, 'src') } },
    build: { outDir, emptyOutDir: true, sourcemap: false },
  })
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

function serve() {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname))
    const file = join(outDir, path === '/' ? 'index.html' : path)
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end()
      return
    }
    try {
      const body = readFileSync(file)
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      })
      response.end(body)
    } catch {
      response.writeHead(404).end()
    }
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server))
  })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

async function main() {
  const buildStart = Date.now()
  await bundle()
  const server = await serve()
  const { port } = server.address()
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true })
  const results = Object.fromEntries(SIZES.map((size) => [size, []]))
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    // Warm the browser's code cache once, so the first measured run is not a cold start.
    const warm = await context.newPage()
    await warm.goto(`http://127.0.0.1:${port}/`)
    await warm.evaluate(() => window.queueBench.render(100))
    await warm.close()
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order so drift on a shared machine hits both sizes alike.
      for (const size of run % 2 ? [...SIZES].reverse() : SIZES) {
        const page = await context.newPage()
        const errors = []
        page.on('pageerror', (error) => errors.push(error.message))
        await page.goto(`http://127.0.0.1:${port}/`)
        const result = await page.evaluate((count) => window.queueBench.render(count), size)
        if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`)
        results[size].push(result)
        await page.close()
      }
    }
  } finally {
    await browser.close()
    server.close()
    rmSync(outDir, { recursive: true, force: true })
  }

  const summary = SIZES.map((size) => {
    const runs = results[size]
    return {
      tickets: size,
      firstRenderMs: median(runs.map((run) => run.firstRenderMs)),
      paintedMs: median(runs.map((run) => run.paintedMs)),
      selectAllMs: median(runs.map((run) => run.selectAllMs)),
      warmRenderMs: median(runs.map((run) => run.warmRenderMs)),
      domRows: Math.max(...runs.map((run) => run.domRows)),
      domTableRows: Math.max(...runs.map((run) => run.domTableRows)),
    }
  })
  const [small, large] = summary
  const report = {
    runs: RUNS,
    buildSeconds: (Date.now() - buildStart) / 1000,
    sizes: summary,
    firstRenderRatio: large.firstRenderMs / small.firstRenderMs,
    paintedRatio: large.paintedMs / small.paintedMs,
    warmRenderRatio: large.warmRenderMs / small.warmRenderMs,
  }
  if (AS_JSON) {
    console.log(JSON.stringify(report, null, 2))
    return
  }
  const ms = (value) => `${value.toFixed(1)} ms`
  console.log(`Queue render benchmark — Chromium, median of ${RUNS} fresh pages per size`)
  console.log(
    'tickets | first render | painted  | warm render | select all | ticket rows in DOM | <tr> in DOM',
  )
  for (const row of summary) {
    const cells = [
      String(row.tickets).padStart(7),
      ms(row.firstRenderMs).padStart(12),
      ms(row.paintedMs).padStart(8),
      ms(row.warmRenderMs).padStart(11),
      ms(row.selectAllMs).padStart(10),
      String(row.domRows).padStart(18),
      String(row.domTableRows).padStart(11),
    ]
    console.log(cells.join(' | '))
  }
  console.log(
    `ratio 10,000 / 100: first render ${report.firstRenderRatio.toFixed(2)}×, painted ${report.paintedRatio.toFixed(2)}×, warm render ${report.warmRenderRatio.toFixed(2)}×`,
  )
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
