#!/usr/bin/env node
// Opens the agent ticket screen with a 2,000-reply ticket in Chromium and prints time to first
// paint, time until the thread is painted, DOM node count and scroll frame times, windowed and
// (for comparison) with every reply rendered.
//   node bench/ticket-thread.bench.mjs [--replies 2000] [--runs 3]
import { createServer } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import { chromium } from 'playwright-core'
import { CHROMIUM_LAUNCH } from '../scripts/chromium.mjs'

const { values } = parseArgs({
  options: { replies: { type: 'string', default: '2000' }, runs: { type: 'string', default: '3' } },
})
const replies = Number(values.replies)
const runs = Number(values.runs)
const root = fileURLToPath(new URL('./', import.meta.url))
const outDir = mkdtempSync(join(tmpdir(), 'escalated-bench-'))

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [vue(), tailwindcss()],
  resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir,
    emptyOutDir: true,
    rollupOptions: { input: join(root, 'ticket-thread.html') },
  },
})

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname
  const file = normalize(join(outDir, path === '/' ? 'ticket-thread.html' : path))
  if (!file.startsWith(outDir)) return response.writeHead(403).end()
  try {
    const body = readFileSync(file)
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    response.end(body)
  } catch {
    response.writeHead(404).end()
  }
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
const address = server.address()
const port = typeof address === 'object' && address ? address.port : 0

const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true })

/** One cold page load; returns the figures of that run. */
async function measure(windowed) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const url = `http://127.0.0.1:${port}/?replies=${replies}${windowed ? '' : '&window=off'}`
  await page.goto(url)
  await page.waitForSelector('html[data-ready]', { timeout: 120_000 })
  const figures = await page.evaluate(async () => {
    const paint = Object.fromEntries(
      performance.getEntriesByType('paint').map((entry) => [entry.name, entry.startTime]),
    )
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN
    const nodes = document.getElementsByTagName('*').length
    const articles = document.querySelectorAll('[data-part="reply-feed"] article').length
    // Scroll 120 px a frame for 300 frames (a brisk wheel scroll over ~20 replies' height) and
    // record how long each frame took.
    const frames = []
    let last = performance.now()
    for (let step = 1; step <= 300; step += 1) {
      window.scrollBy(0, 120)
      await new Promise((resolve) => requestAnimationFrame(resolve))
      const now = performance.now()
      frames.push(now - last)
      last = now
    }
    frames.sort((a, b) => a - b)
    return {
      firstPaint: paint['first-paint'] ?? Number.NaN,
      firstContentfulPaint: paint['first-contentful-paint'] ?? Number.NaN,
      mount: mark('app-mounted') - mark('app-start'),
      threadPainted: mark('thread-painted'),
      nodes,
      articles,
      frameMedian: frames[Math.floor(frames.length / 2)] ?? Number.NaN,
      frameP95: frames[Math.floor(frames.length * 0.95)] ?? Number.NaN,
      nodesAfterScroll: document.getElementsByTagName('*').length,
    }
  })
  await context.close()
  return figures
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
const report = {}
try {
  for (const windowed of [true, false]) {
    const all = []
    for (let run = 0; run < runs; run += 1) all.push(await measure(windowed))
    const summary = {}
    for (const key of Object.keys(all[0]))
      summary[key] = Math.round(median(all.map((r) => r[key])) * 10) / 10
    report[windowed ? 'windowed' : 'all rows'] = summary
  }
} finally {
  await browser.close()
  server.close()
  rmSync(outDir, { recursive: true, force: true })
}

console.log(
  `Ticket with ${replies} replies, Chromium ${browser.version()}, median of ${runs} cold loads (ms, nodes):`,
)
console.table(report)
