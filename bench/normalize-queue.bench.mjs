#!/usr/bin/env node
// How long the contract layer takes to normalise a queue page of 10,000 tickets (the most
// "select all matching" loads), in both field conventions. Runs against the built package:
// `npm run build`, then `node bench/normalize-queue.bench.mjs [runs]`.
import { normalizePaginator, normalizeTicket } from '../dist/index.js'

const runs = Number(process.argv[2] ?? 7)
const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase())
const recase = (value) =>
  Array.isArray(value)
    ? value.map(recase)
    : value && typeof value === 'object'
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), recase(v)]))
      : value

function ticket(id) {
  return {
    id,
    reference: `ESC-${String(id).padStart(5, '0')}`,
    subject: `Printer ${id} is on fire`,
    status: ['open', 'in_progress', 'waiting_on_customer', 'resolved'][id % 4],
    priority: ['low', 'medium', 'high', 'urgent'][id % 4],
    ticket_type: 'question',
    channel: 'web',
    requester_type: 'User',
    requester_id: 4,
    requester: { id: 4, name: 'Frank Customer', email: 'frank@example.test' },
    assigned_to: id % 3 ? 2 : null,
    assignee: id % 3 ? { id: 2, name: 'Bob Agent', email: 'bob@example.test' } : null,
    department_id: 1,
    department: { id: 1, name: 'Support' },
    tags: [{ id: 1, name: 'Bug', color: '#ef4444' }],
    sla_first_response_breached: id % 7 === 0,
    sla_resolution_breached: false,
    first_response_due_at: '2026-11-23T12:00:00.000Z',
    resolution_due_at: '2026-11-24T12:00:00.000Z',
    first_response_at: null,
    resolved_at: null,
    closed_at: null,
    last_reply_at: '2026-11-22T09:00:00.000Z',
    last_reply_author: 'Frank Customer',
    is_snoozed: false,
    created_at: '2026-11-20T09:00:00.000Z',
    updated_at: '2026-11-22T09:00:00.000Z',
  }
}

const items = Array.from({ length: 10_000 }, (_, n) => ticket(n + 1))
const payloads = {
  'snake_case, length-aware': {
    data: items,
    current_page: 1,
    last_page: 1,
    per_page: 10_000,
    total: 10_000,
  },
  'camelCase, meta': recase({
    data: items,
    meta: { current_page: 1, last_page: 1, per_page: 10_000, total: 10_000 },
  }),
}

for (const [name, payload] of Object.entries(payloads)) {
  const times = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const page = normalizePaginator(payload, (raw) => normalizeTicket(raw))
    times.push(performance.now() - start)
    if (page.items.length !== 10_000) throw new Error(`${name}: ${page.items.length} items`)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  console.log(
    `${name}: median ${median.toFixed(0)} ms (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}, n=${runs})`,
  )
}
