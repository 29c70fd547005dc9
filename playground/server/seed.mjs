// Deterministic seed: the same PRNG seed always yields the same helpdesk; dates are relative to `now`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DONE_STATUSES, PRIORITIES, TICKET_TYPES, referenceFor } from './domain/enums.mjs'
import {
  AGENT_LINES,
  CANNED_RESPONSES,
  CUSTOMER_LINES,
  DEPARTMENTS,
  GUESTS,
  KB_ARTICLES,
  KB_CATEGORIES,
  NOTE_LINES,
  SLA_POLICIES,
  TAGS,
  TOPICS,
  USERS,
} from './seed-data.mjs'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const TICKET_COUNT = 200
const SEED = 20261123

/** The seeded user ids the test hooks sign in as. */
export const SEEDED_USERS = { admin: 1, agent: 2, customer: 4 }

/**
 * A small seeded PRNG (mulberry32) with the helpers the seed needs.
 * @param {number} seed
 */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  return {
    next,
    /** @param {number} min @param {number} max inclusive */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** @param {number} p */
    chance: (p) => next() < p,
    /** @template T @param {readonly T[]} items @returns {T} */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** @template {string | number} T @param {Array<[T, number]>} table @returns {T} */
    weighted(table) {
      const total = table.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [value, weight] of table) {
        roll -= weight
        if (roll < 0) return value
      }
      return table[table.length - 1][0]
    },
    /** @param {number} length */
    token(length) {
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
      let out = ''
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]
      return out
    },
  }
}

/** @param {Date | number} date */
const iso = (date) => new Date(date).toISOString()

// A 1×1 transparent PNG, so seeded "screenshots" are real images.
const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const SAMPLE_FILES = [
  { name: 'screenshot.png', mime: 'image/png', content: () => TINY_PNG },
  {
    name: 'error-log.txt',
    mime: 'text/plain',
    content: () => Buffer.from('12:01:07 ERROR export failed: stream closed\n'),
  },
  {
    name: 'order-export.csv',
    mime: 'text/csv',
    content: () => Buffer.from('order,sku,qty\n48213,BP-22,1\n'),
  },
]

/**
 * Empties the database and fills it with the seeded helpdesk; also rewrites the uploads folder.
 * @param {import('./db.mjs').Db} db
 * @param {{ now?: Date, uploadsDir: string }} options
 */
export function seedDatabase(db, { now = new Date(), uploadsDir }) {
  const rand = createRandom(SEED)
  const nowMs = now.getTime()
  rmSync(uploadsDir, { recursive: true, force: true })
  mkdirSync(uploadsDir, { recursive: true })
  db.reset()

  db.transaction(() => {
    const created = iso(nowMs - 120 * DAY)
    const insertStamped = (
      /** @type {string} */ table,
      /** @type {Record<string, unknown>} */ row,
    ) => {
      const data = { created_at: created, updated_at: created, ...row }
      const keys = Object.keys(data)
      const sql = `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`
      return db.run(sql, /** @type {import('./db.mjs').SqlValue[]} */ (Object.values(data)))
        .lastInsertRowid
    }
    const insert = (/** @type {string} */ table, /** @type {Record<string, unknown>} */ row) => {
      const keys = Object.keys(row)
      const sql = `INSERT INTO ${table} (${keys.map((k) => `"${k}"`).join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`
      return db.run(sql, /** @type {import('./db.mjs').SqlValue[]} */ (Object.values(row)))
        .lastInsertRowid
    }

    for (const user of USERS) insertStamped('users', user)
    for (const department of DEPARTMENTS)
      insertStamped('departments', { ...department, is_active: 1 })
    for (const tag of TAGS) insertStamped('tags', tag)
    for (const policy of SLA_POLICIES) {
      insertStamped('sla_policies', {
        ...policy,
        description: `SLA for ${policy.priority} tickets`,
        is_active: 1,
      })
    }
    CANNED_RESPONSES.forEach((response, index) => {
      insertStamped('canned_responses', {
        ...response,
        created_by: index % 2 === 0 ? 1 : 2,
        is_shared: 1,
      })
    })
    seedMacros(insertStamped)
    seedKnowledgeBase(insertStamped, rand, nowMs)
    seedSavedViews(insertStamped)

    const agents = [1, 2, 3]
    const customers = USERS.map((_, i) => i + 1).filter((id) => id > 3)
    /** @param {number} ticketId @param {string} attachableType @param {number} attachableId @param {number} at */
    const attach = (ticketId, attachableType, attachableId, at) => {
      const sample = rand.pick(SAMPLE_FILES)
      const stored = `${ticketId}-${attachableId}-${sample.name}`
      const content = sample.content()
      writeFileSync(join(uploadsDir, stored), content)
      insert('attachments', {
        attachable_type: attachableType,
        attachable_id: attachableId,
        filename: stored,
        original_filename: sample.name,
        mime_type: sample.mime,
        size: content.length,
        disk: 'local',
        path: stored,
        created_at: iso(at),
        updated_at: iso(at),
      })
    }

    // Make sure every status shows up at least once among the recent tickets.
    const forcedStatuses = [
      'open',
      'in_progress',
      'waiting_on_customer',
      'waiting_on_agent',
      'escalated',
      'resolved',
      'closed',
      'reopened',
      'live',
    ]

    for (let id = 1; id <= TICKET_COUNT; id++) {
      let createdAt = nowMs - (TICKET_COUNT - id + 1) * 10.5 * HOUR - rand.int(0, 180) * 60_000
      const ageDays = (nowMs - createdAt) / DAY
      let status =
        ageDays > 10
          ? rand.weighted([
              ['resolved', 40],
              ['closed', 50],
              ['waiting_on_customer', 3],
              ['in_progress', 3],
              ['open', 2],
              ['escalated', 2],
            ])
          : rand.weighted([
              ['open', 20],
              ['in_progress', 15],
              ['waiting_on_customer', 12],
              ['waiting_on_agent', 10],
              ['escalated', 6],
              ['resolved', 12],
              ['closed', 8],
              ['reopened', 7],
            ])
      const forcedIndex = id - (TICKET_COUNT - forcedStatuses.length + 1)
      if (forcedIndex >= 0) status = forcedStatuses[forcedIndex]
      let priority = rand.weighted([
        ['low', 20],
        ['medium', 40],
        ['high', 22],
        ['urgent', 12],
        ['critical', 6],
      ])
      const isGuest = rand.chance(0.22)
      let requesterId = isGuest ? null : rand.chance(0.2) ? 4 : rand.pick(customers)
      const guest = isGuest ? rand.pick(GUESTS) : null
      let channel = isGuest
        ? rand.weighted([
            ['widget', 50],
            ['email', 30],
            ['web', 20],
          ])
        : rand.weighted([
            ['web', 70],
            ['email', 20],
            ['chat', 10],
          ])
      if (status === 'live') channel = 'chat'
      let departmentId = rand.chance(0.92) ? rand.int(1, 3) : null
      const topicKey = departmentId === null ? 'none' : DEPARTMENTS[departmentId - 1].slug
      let [subject, description] = rand.pick(TOPICS[/** @type {keyof typeof TOPICS} */ (topicKey)])
      let assignedTo =
        status === 'open' || status === 'live'
          ? rand.chance(0.4)
            ? rand.weighted([
                [2, 45],
                [3, 35],
                [1, 20],
              ])
            : null
          : rand.weighted([
              [2, 45],
              [3, 35],
              [1, 20],
            ])
      let tagIds = pickTags(rand, topicKey)
      let followers = rand.chance(0.15) ? [rand.pick(agents)] : []

      // The two tickets the test hooks and the issue name.
      if (id === 1) {
        createdAt = nowMs - 3 * DAY
        status = 'in_progress'
        priority = 'high'
        requesterId = 4
        channel = 'web'
        departmentId = 2
        subject = 'App crashes on export'
        description =
          'Exporting my report to CSV crashes the app every time. It started after the last update.'
        assignedTo = 2
        tagIds = [1, 3]
        followers = [2]
      } else if (id === 2) {
        createdAt = nowMs - 1 * DAY
        status = 'open'
        priority = 'medium'
        requesterId = 4
        channel = 'web'
        departmentId = null
        ;[subject, description] = TOPICS.none[0]
        assignedTo = null
        tagIds = []
        followers = []
      }
      const requesterIsGuest = requesterId === null

      const policy = SLA_POLICIES[PRIORITIES.indexOf(priority)]
      const firstDue = createdAt + policy.first_response_hours * HOUR
      const resolutionDue = createdAt + policy.resolution_hours * HOUR

      insert('tickets', {
        id,
        reference: referenceFor(id),
        requester_type: requesterIsGuest ? null : 'User',
        requester_id: requesterId,
        guest_name: guest?.name ?? null,
        guest_email: guest?.email ?? null,
        guest_token: requesterIsGuest ? rand.token(64) : null,
        assigned_to: assignedTo,
        subject,
        description,
        status,
        priority,
        channel,
        department_id: departmentId,
        sla_policy_id: PRIORITIES.indexOf(priority) + 1,
        first_response_due_at: iso(firstDue),
        resolution_due_at: iso(resolutionDue),
        created_at: iso(createdAt),
        updated_at: iso(createdAt),
        ticket_type:
          id <= 2
            ? 'question'
            : rand.weighted(TICKET_TYPES.map((t, i) => [t, [50, 25, 15, 10][i]])),
      })
      const requesterCauser = requesterIsGuest
        ? { causer_type: 'Guest', causer_id: null }
        : { causer_type: 'User', causer_id: requesterId }
      const activity = (
        /** @type {string} */ type,
        /** @type {unknown} */ properties,
        /** @type {number} */ at,
        causer = requesterCauser,
      ) =>
        insert('activities', {
          ticket_id: id,
          ...causer,
          type,
          properties: properties === null ? null : JSON.stringify(properties),
          created_at: iso(at),
        })

      activity('status_changed', { new_status: status === 'live' ? 'live' : 'open' }, createdAt)
      if (createdAt + 0.5 * HOUR < nowMs && assignedTo !== null) {
        activity('assigned', { agent_id: assignedTo }, createdAt + 0.5 * HOUR, {
          causer_type: 'User',
          causer_id: 1,
        })
      }
      for (const tagId of tagIds) {
        insert('ticket_tag', { ticket_id: id, tag_id: tagId })
        activity('tag_added', { tag_id: tagId }, createdAt + 0.6 * HOUR, {
          causer_type: 'User',
          causer_id: assignedTo ?? 1,
        })
      }
      if (id > 2 && rand.chance(0.1) && priority !== 'medium') {
        activity(
          'priority_changed',
          { old_priority: 'medium', new_priority: priority },
          createdAt + 0.7 * HOUR,
          { causer_type: 'User', causer_id: assignedTo ?? 1 },
        )
      }
      if (id === 1 || (id > 2 && rand.chance(0.25))) attach(id, 'Ticket', id, createdAt)

      // The conversation: public replies alternate agent/customer, with internal notes in between.
      const isDone = DONE_STATUSES.includes(status)
      const replyCount =
        id === 2
          ? 0
          : id === 1
            ? 3
            : isDone
              ? rand.int(2, 5)
              : status === 'open'
                ? rand.int(0, 2)
                : rand.int(1, 4)
      let at = createdAt
      let agentTurn = true
      let firstResponseAt = null
      let lastAt = createdAt
      for (let n = 0; n < replyCount; n++) {
        at += rand.int(1, 20) * HOUR + rand.int(0, 59) * 60_000
        if (at > nowMs - 5 * 60_000) break
        const agentId = assignedTo ?? rand.pick(agents)
        const isNote = id === 1 ? n === 2 : agentTurn && rand.chance(0.2)
        /** @type {Record<string, unknown>} */
        let reply
        if (id === 1) {
          reply = [
            {
              author_type: 'User',
              author_id: 4,
              body: 'Here is a screenshot of the error.',
              is_internal_note: 0,
              is_pinned: 0,
            },
            {
              author_type: 'User',
              author_id: 2,
              body: 'Thanks, looking into it.',
              is_internal_note: 0,
              is_pinned: 0,
            },
            {
              author_type: 'User',
              author_id: 2,
              body: NOTE_LINES[0],
              is_internal_note: 1,
              is_pinned: 1,
            },
          ][n]
        } else if (isNote) {
          reply = {
            author_type: 'User',
            author_id: agentId,
            body: rand.pick(NOTE_LINES),
            is_internal_note: 1,
            is_pinned: rand.chance(0.3) ? 1 : 0,
          }
        } else if (agentTurn) {
          reply = {
            author_type: 'User',
            author_id: agentId,
            body: rand.pick(AGENT_LINES),
            is_internal_note: 0,
            is_pinned: 0,
          }
        } else {
          reply = {
            author_type: requesterIsGuest ? 'Guest' : 'User',
            author_id: requesterId,
            body: rand.pick(CUSTOMER_LINES),
            is_internal_note: 0,
            is_pinned: 0,
          }
        }
        const replyId = insert('replies', {
          ticket_id: id,
          ...reply,
          type: reply.is_internal_note ? 'note' : 'reply',
          created_at: iso(at),
          updated_at: iso(at),
        })
        const byAgent = reply.author_type === 'User' && agents.includes(Number(reply.author_id))
        const causer =
          reply.author_type === 'Guest'
            ? { causer_type: 'Guest', causer_id: null }
            : { causer_type: 'User', causer_id: Number(reply.author_id) }
        activity(reply.is_internal_note ? 'note_added' : 'replied', null, at, causer)
        if (byAgent && !reply.is_internal_note && firstResponseAt === null) firstResponseAt = at
        if (!byAgent && (id === 1 ? n === 0 : rand.chance(0.12))) attach(id, 'Reply', replyId, at)
        if (!reply.is_internal_note) agentTurn = !agentTurn
        lastAt = at
      }

      // Move the ticket to its final status the way an agent would have.
      const settledAt = Math.min(lastAt + rand.int(1, 12) * HOUR, nowMs - 60_000)
      const agentCauser = { causer_type: 'User', causer_id: assignedTo ?? 1 }
      let resolvedAt = null
      let closedAt = null
      if (status === 'resolved' || status === 'closed' || status === 'reopened') {
        resolvedAt = settledAt
        activity(
          'status_changed',
          { old_status: 'open', new_status: 'resolved' },
          resolvedAt,
          agentCauser,
        )
        if (status === 'closed') {
          closedAt = Math.min(resolvedAt + rand.int(1, 48) * HOUR, nowMs - 30_000)
          activity(
            'status_changed',
            { old_status: 'resolved', new_status: 'closed' },
            closedAt,
            agentCauser,
          )
        }
        if (status === 'reopened') {
          activity(
            'status_changed',
            { old_status: 'resolved', new_status: 'reopened' },
            Math.min(resolvedAt + HOUR, nowMs - 30_000),
            requesterCauser,
          )
          resolvedAt = null
        }
      } else if (status !== 'open' && status !== 'live') {
        activity(
          'status_changed',
          { old_status: 'open', new_status: status },
          Math.min(createdAt + HOUR, nowMs - 60_000),
          agentCauser,
        )
      }

      const firstBreached = (firstResponseAt ?? resolvedAt ?? closedAt ?? nowMs) > firstDue
      const resolutionBreached = (resolvedAt ?? closedAt ?? nowMs) > resolutionDue
      const snoozed = status === 'waiting_on_customer' && ageDays < 10 && rand.chance(0.4)
      db.run(
        `UPDATE tickets SET first_response_at = ?, resolved_at = ?, closed_at = ?, sla_first_response_breached = ?,
           sla_resolution_breached = ?, snoozed_until = ?, snoozed_by = ?, status_before_snooze = ?, updated_at = ?
         WHERE id = ?`,
        [
          firstResponseAt === null ? null : iso(firstResponseAt),
          resolvedAt === null ? null : iso(resolvedAt),
          closedAt === null ? null : iso(closedAt),
          firstBreached,
          resolutionBreached,
          snoozed ? iso(nowMs + rand.int(1, 5) * DAY) : null,
          snoozed ? assignedTo : null,
          snoozed ? status : null,
          iso(Math.max(lastAt, closedAt ?? resolvedAt ?? lastAt)),
          id,
        ],
      )

      if (isDone && rand.chance(requesterIsGuest ? 0.4 : 0.6)) {
        const rating = rand.weighted([
          [5, 40],
          [4, 30],
          [3, 15],
          [2, 10],
          [1, 5],
        ])
        insert('satisfaction_ratings', {
          ticket_id: id,
          rating,
          comment: rand.chance(0.4)
            ? rating >= 4
              ? 'Quick and friendly, thanks!'
              : 'Took too long to get an answer.'
            : null,
          rated_by_type: requesterIsGuest ? 'Guest' : 'User',
          rated_by_id: requesterId,
          created_at: iso(Math.min((closedAt ?? resolvedAt ?? lastAt) + HOUR, nowMs)),
        })
      }
      for (const userId of followers)
        insert('ticket_followers', { ticket_id: id, user_id: userId, created_at: iso(createdAt) })
    }
  })
}

/** @param {ReturnType<typeof createRandom>} rand @param {string} topicKey */
function pickTags(rand, topicKey) {
  /** @type {Set<number>} */
  const tags = new Set()
  if (topicKey === 'support' && rand.chance(0.3)) tags.add(1)
  if (topicKey === 'billing' && rand.chance(0.4)) tags.add(2)
  if (topicKey === 'shipping' && rand.chance(0.25)) tags.add(7)
  if (rand.chance(0.1)) tags.add(3)
  if (rand.chance(0.08)) tags.add(rand.int(4, 6))
  return [...tags].sort((a, b) => a - b)
}

/** @param {(table: string, row: Record<string, unknown>) => number} insertStamped */
function seedMacros(insertStamped) {
  const macros = [
    {
      name: 'Escalate to high',
      description: 'Raise the priority and escalate',
      actions: [
        { type: 'priority', value: 'high' },
        { type: 'status', value: 'escalated' },
        { type: 'note', value: 'Escalated with the "Escalate to high" macro.' },
      ],
    },
    {
      name: 'Resolve with thanks',
      description: 'Thank the customer and resolve',
      actions: [
        { type: 'reply', value: 'Glad we could help! I am marking this ticket as resolved.' },
        { type: 'status', value: 'resolved' },
      ],
    },
    {
      name: 'Route to Billing',
      description: 'Tag as refund and hand over to Billing',
      actions: [
        { type: 'tags', value: [2] },
        { type: 'department', value: 2 },
        { type: 'assign', value: 3 },
      ],
    },
    {
      name: 'Ask for details',
      description: 'Ask for a screenshot and wait for the customer',
      actions: [
        {
          type: 'reply',
          value: 'Could you share a screenshot and the steps that lead to the problem?',
        },
        { type: 'status', value: 'waiting_on_customer' },
      ],
    },
  ]
  macros.forEach((macro, index) => {
    insertStamped('macros', {
      ...macro,
      actions: JSON.stringify(macro.actions),
      created_by: 1,
      is_shared: 1,
      order: index,
    })
  })
}

/** @param {(table: string, row: Record<string, unknown>) => number} insertStamped @param {ReturnType<typeof createRandom>} rand @param {number} nowMs */
function seedKnowledgeBase(insertStamped, rand, nowMs) {
  KB_CATEGORIES.forEach((category, index) => {
    const { parent, ...fields } = category
    insertStamped('kb_categories', {
      ...fields,
      parent_id: parent === undefined ? null : parent + 1,
      position: index,
    })
  })
  KB_ARTICLES.forEach((article, index) => {
    const { category, status = 'published', ...fields } = article
    const published = iso(nowMs - (40 - index * 2) * DAY)
    insertStamped('kb_articles', {
      ...fields,
      category_id: category + 1,
      excerpt: fields.body
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 140),
      status,
      view_count: rand.int(5, 900),
      helpful_count: rand.int(0, 40),
      not_helpful_count: rand.int(0, 8),
      published_at: status === 'published' ? published : null,
      created_at: published,
      updated_at: published,
    })
  })
}

/** @param {(table: string, row: Record<string, unknown>) => number} insertStamped */
function seedSavedViews(insertStamped) {
  const views = [
    {
      user_id: 2,
      name: 'My urgent tickets',
      filters: { assigned_to: '2', priority: 'urgent' },
      is_shared: 0,
    },
    { user_id: 2, name: 'Unassigned', filters: { unassigned: '1' }, is_shared: 1 },
    { user_id: 1, name: 'SLA breached', filters: { sla_breached: '1' }, is_shared: 0 },
    { user_id: 1, name: 'VIP customers', filters: { tag_ids: ['3'] }, is_shared: 1 },
  ]
  views.forEach((view, index) => {
    insertStamped('saved_views', {
      ...view,
      filters: JSON.stringify(view.filters),
      position: index,
    })
  })
}
