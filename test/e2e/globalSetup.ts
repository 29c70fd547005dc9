// E2E global setup: build the playground client once, then start two playground servers (Laravel-style
// snake_case and Adonis-style camelCase payloads) on free ports, each on a fresh database in a temp folder.
// Specs read the URLs with `inject('servers')`.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'

/** Base URLs of the running playground servers, per payload casing. */
export interface PlaygroundServers {
  snake: string
  camel: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    servers: PlaygroundServers
  }
}

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const START_TIMEOUT_MS = 60_000

/** Runs a node script to completion, failing with its output when it exits non-zero. */
function runNode(script: string, args: string[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`node ${script} exited with ${code}:\n${output}`)),
    )
  })
}

/** Starts `npm start`'s script on port 0 and resolves with the URL it prints. */
function startServer(
  casing: 'snake' | 'camel',
  dataDir: string,
): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['playground/start.mjs', '--no-build'], {
      cwd: REPO,
      env: {
        ...process.env,
        PORT: '0',
        PLAYGROUND_CASING: casing,
        PLAYGROUND_DATA_DIR: dataDir,
        PLAYGROUND_SECRET: `e2e-${casing}-secret-0123456789abcdef`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(
        new Error(
          `The ${casing} playground did not start within ${START_TIMEOUT_MS / 1000} s:\n${output}`,
        ),
      )
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /ready in [\d.]+ s: (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1]
      if (url) {
        clearTimeout(timer)
        resolve({ url, child })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(
        new Error(`The ${casing} playground exited with ${code} before it was ready:\n${output}`),
      )
    })
  })
}

/** Stops a server we started, waiting for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

/** Vitest global setup: returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await runNode('playground/build.mjs')
  const dataRoot = mkdtempSync(join(tmpdir(), 'escalated-e2e-'))
  const started = await Promise.allSettled([
    startServer('snake', join(dataRoot, 'snake')),
    startServer('camel', join(dataRoot, 'camel')),
  ])
  const children = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value.child] : [],
  )
  const teardown = async () => {
    await Promise.all(children.map(stop))
    rmSync(dataRoot, { recursive: true, force: true })
  }
  const [snake, camel] = started
  if (snake?.status !== 'fulfilled' || camel?.status !== 'fulfilled') {
    await teardown()
    const failure = started.find((result) => result.status === 'rejected')
    throw failure?.status === 'rejected'
      ? failure.reason
      : new Error('A playground server failed to start.')
  }
  project.provide('servers', { snake: snake.value.url, camel: camel.value.url })
  return teardown
}
