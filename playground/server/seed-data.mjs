// The words of the seeded helpdesk. seed.mjs decides who says what, when; this file only holds text.

/** Seeded people; ids follow the order (1 Alice … 5 Grace match the shared Adonis fixtures). */
export const USERS = [
  { name: 'Alice Admin', email: 'alice@example.test', is_agent: 1, is_admin: 1 },
  { name: 'Bob Agent', email: 'bob@example.test', is_agent: 1, is_admin: 0 },
  { name: 'Carol Agent', email: 'carol@example.test', is_agent: 1, is_admin: 0 },
  { name: 'Frank Customer', email: 'frank@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Grace Customer', email: 'grace@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Henry Park', email: 'henry@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Inês Duarte', email: 'ines@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Jamal Wright', email: 'jamal@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Keiko Tanaka', email: 'keiko@example.test', is_agent: 0, is_admin: 0 },
  { name: "Liam O'Connor", email: 'liam@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Maya Singh', email: 'maya@example.test', is_agent: 0, is_admin: 0 },
  { name: 'Noah Fischer', email: 'noah@example.test', is_agent: 0, is_admin: 0 },
]

/** Guests who wrote in without an account (guest form, widget, email). */
export const GUESTS = [
  { name: 'Olivia Brown', email: 'olivia@guest.example.test' },
  { name: 'Priya Nair', email: 'priya@guest.example.test' },
  { name: 'Quentin Roux', email: 'quentin@guest.example.test' },
  { name: 'Rosa Jiménez', email: 'rosa@guest.example.test' },
  { name: 'Sven Larsen', email: 'sven@guest.example.test' },
]

/** Departments: ids 1 Support, 2 Billing, 3 Shipping. */
export const DEPARTMENTS = [
  { name: 'Support', slug: 'support', description: 'Product questions and technical problems' },
  { name: 'Billing', slug: 'billing', description: 'Invoices, payments and refunds' },
  { name: 'Shipping', slug: 'shipping', description: 'Orders, deliveries and returns' },
]

/** Tags: ids 1 Bug, 2 Refund, 3 VIP like the fixtures, then more. */
export const TAGS = [
  { name: 'Bug', slug: 'bug', color: '#ef4444' },
  { name: 'Refund', slug: 'refund', color: '#10b981' },
  { name: 'VIP', slug: 'vip', color: '#f59e0b' },
  { name: 'Feature request', slug: 'feature-request', color: '#8b5cf6' },
  { name: 'Outage', slug: 'outage', color: '#dc2626' },
  { name: 'Onboarding', slug: 'onboarding', color: '#0ea5e9' },
  { name: 'Damaged item', slug: 'damaged-item', color: '#a16207' },
]

/** One SLA policy per priority: hours to first response and to resolution. */
export const SLA_POLICIES = [
  { name: 'Low priority', priority: 'low', first_response_hours: 48, resolution_hours: 168 },
  { name: 'Standard', priority: 'medium', first_response_hours: 24, resolution_hours: 72 },
  { name: 'High priority', priority: 'high', first_response_hours: 8, resolution_hours: 24 },
  { name: 'Urgent', priority: 'urgent', first_response_hours: 4, resolution_hours: 12 },
  { name: 'Critical', priority: 'critical', first_response_hours: 1, resolution_hours: 4 },
]

/** Ticket subjects and opening messages per department slug (null = no department). */
export const TOPICS = {
  support: [
    [
      'App crashes on export',
      'Exporting my report to CSV crashes the app every time. It started after the last update.',
    ],
    [
      'Cannot log in after password reset',
      'I reset my password this morning, but the sign-in page still says my credentials are wrong.',
    ],
    [
      'Two-factor codes not arriving',
      'The SMS with my two-factor code never arrives. I tried three times in the last hour.',
    ],
    [
      'Dashboard loads very slowly',
      'The dashboard takes about 40 seconds to load since Monday. Other pages are fine.',
    ],
    [
      'Calendar sync fails',
      'Calendar sync shows "failed" with no details. I reconnected the account twice.',
    ],
    [
      'API returns 500 on /orders',
      'Our integration gets HTTP 500 from GET /orders with page=3 and above.',
    ],
    ['How do I invite teammates?', 'I cannot find where to invite my colleagues to our workspace.'],
    [
      'Dark mode colours look wrong',
      'In dark mode the table headers are black on dark grey and impossible to read.',
    ],
    [
      'CSV import skips rows',
      'Importing a CSV with 500 contacts only created 412. No error was shown.',
    ],
    ['Notifications arrive twice', 'Every notification email arrives twice, a few seconds apart.'],
  ],
  billing: [
    [
      'Charged twice this month',
      'My card was charged twice for the May subscription. Please refund one of them.',
    ],
    [
      'Invoice shows the wrong VAT number',
      'The VAT number on invoice INV-2231 is our old one. Can you reissue it?',
    ],
    [
      'Refund for the cancelled plan',
      'I cancelled within the trial period but was still charged. I would like a refund.',
    ],
    [
      'Update payment card',
      'Our company card expires next week. How do I replace it without losing the plan?',
    ],
    [
      'Upgrade to the annual plan',
      'We want to switch to annual billing. Is the unused month credited?',
    ],
    [
      'Discount code not applied',
      'The code SPRING20 was accepted at checkout but the invoice shows the full price.',
    ],
    ['Receipt for March missing', 'I cannot find the March receipt in the billing history.'],
  ],
  shipping: [
    [
      'Package marked delivered but not received',
      'Tracking says delivered yesterday at 14:02, but nothing arrived.',
    ],
    ['Wrong item in my order', 'I ordered the blue backpack (SKU BP-22) and received a grey one.'],
    [
      'Change delivery address',
      'Can I still change the delivery address for order #48213? It has not shipped yet.',
    ],
    [
      'Parcel damaged on arrival',
      'The box was crushed and the lamp inside is broken. Photos attached.',
    ],
    ['Tracking number does not work', 'The carrier site says the tracking number does not exist.'],
    [
      'Customs fees question',
      'I was asked to pay customs fees on delivery. Were they not included?',
    ],
    [
      'Delivery delayed by a week',
      'My order was due last Friday and tracking has not moved since.',
    ],
  ],
  none: [
    ['Question about your privacy policy', 'Do you share analytics data with third parties?'],
    [
      'Partnership enquiry',
      'We run a design agency and would like to talk about a reseller partnership.',
    ],
    [
      'Feedback on the new editor',
      'The new editor is great, but I miss the keyboard shortcut for headings.',
    ],
  ],
}

/** What customers write back. */
export const CUSTOMER_LINES = [
  'Thanks for the quick answer!',
  'I tried that, but it still does not work.',
  'Here is a screenshot of the error.',
  'Any update on this? It is blocking our team.',
  'That fixed it, thank you so much.',
  'I am on the latest version, on Windows 11.',
  'Could you call me instead? My number is on the account.',
]

/** What agents write back. */
export const AGENT_LINES = [
  'Thanks for reaching out! I am looking into this now.',
  'Could you send us the exact time this happened and a screenshot?',
  'I have forwarded this to our engineers and will update you as soon as I hear back.',
  'We have issued the refund; it should appear on your statement in 5–10 business days.',
  'The fix is live. Could you try again and let us know?',
  'I have updated the address on the order. You will get a new confirmation email shortly.',
  '<p>Here are the steps:</p><ol><li>Open <strong>Settings</strong></li><li>Choose <em>Security</em></li><li>Click <code>Reset</code></li></ol>',
]

/** Internal notes between agents. */
export const NOTE_LINES = [
  'Reproduced on staging. Bug filed as ENG-4821.',
  'Customer is on the Enterprise plan: treat as VIP.',
  'Checked with the warehouse: the parcel left on time.',
  'Refund approved by finance.',
  'Possible duplicate of an older ticket; leaving open for now.',
]

/** Canned responses agents insert into replies. */
export const CANNED_RESPONSES = [
  {
    title: 'Thanks',
    category: 'General',
    body: 'Thanks for reaching out! We are looking into it and will get back to you shortly.',
  },
  {
    title: 'Need more details',
    category: 'General',
    body: 'Could you share a screenshot and the steps that lead to the problem?',
  },
  {
    title: 'Refund processed',
    category: 'Billing',
    body: 'Your refund has been processed. It should reach your account within 5–10 business days.',
  },
  {
    title: 'Shipping delay apology',
    category: 'Shipping',
    body: 'We are sorry your order is late. The carrier expects to deliver it within 3 business days.',
  },
  {
    title: 'Password reset steps',
    category: 'Account',
    body: 'Open the sign-in page, choose "Forgot password" and follow the link in the email.',
  },
  {
    title: 'Closing due to inactivity',
    category: 'General',
    body: 'We have not heard back, so we are closing this ticket. Reply any time to reopen it.',
  },
]

/** Knowledge-base categories; `parent` is the index of the parent category. */
export const KB_CATEGORIES = [
  {
    name: 'Getting started',
    slug: 'getting-started',
    description: 'Set up your account and workspace',
  },
  {
    name: 'Account & security',
    slug: 'account-security',
    description: 'Passwords, two-factor and access',
  },
  {
    name: 'Billing & payments',
    slug: 'billing-payments',
    description: 'Plans, invoices and refunds',
  },
  {
    name: 'Shipping & delivery',
    slug: 'shipping-delivery',
    description: 'Tracking, delays and returns',
  },
  {
    name: 'Two-factor authentication',
    slug: 'two-factor',
    description: 'Codes and recovery',
    parent: 1,
  },
]

/** Knowledge-base articles: category index, HTML body, optional draft status. */
export const KB_ARTICLES = [
  {
    category: 0,
    title: 'Create your workspace',
    slug: 'create-your-workspace',
    body: '<h2>Before you start</h2><p>You need an email address you can reach.</p><ol><li>Open the sign-up page.</li><li>Choose a workspace name.</li><li>Invite your team.</li></ol>',
  },
  {
    category: 0,
    title: 'Invite teammates',
    slug: 'invite-teammates',
    body: '<p>Go to <strong>Settings → Team</strong> and click <em>Invite</em>. Invitations expire after 7 days.</p>',
  },
  {
    category: 0,
    title: 'Import contacts from a CSV file',
    slug: 'import-contacts-csv',
    body: '<p>Your file needs a header row. Supported columns:</p><table><thead><tr><th>Column</th><th>Required</th></tr></thead><tbody><tr><td>email</td><td>yes</td></tr><tr><td>name</td><td>no</td></tr></tbody></table>',
  },
  {
    category: 1,
    title: 'Reset your password',
    slug: 'reset-your-password',
    body: '<p>Choose <a href="https://example.test/forgot">Forgot password</a> on the sign-in page and follow the link we email you.</p>',
  },
  {
    category: 1,
    title: 'Formatting guide for support replies',
    slug: 'formatting-guide',
    // The script and the onerror handler are deliberate: the package must strip them when it renders.
    body: '<p>Replies support <strong>bold</strong>, <em>italic</em>, <code>code</code> and lists.</p><script>window.__kbXss = true; alert("xss")</script><p><img src="x-missing.png" alt="Broken image" onerror="window.__kbXss = true"></p><p><a href="javascript:alert(1)">Unsafe link</a> and <a href="https://example.test/docs">safe link</a>.</p>',
  },
  {
    category: 4,
    title: 'Set up two-factor authentication',
    slug: 'set-up-two-factor',
    body: '<p>Scan the QR code with an authenticator app, then enter the six-digit code.</p>',
  },
  {
    category: 4,
    title: 'Lost your two-factor device?',
    slug: 'lost-two-factor-device',
    body: '<p>Use one of your recovery codes. If you have none, contact support from your account email.</p>',
  },
  {
    category: 2,
    title: 'Download invoices and receipts',
    slug: 'download-invoices',
    body: '<p>Every invoice is under <strong>Billing → History</strong>. Click an invoice to download its PDF.</p>',
  },
  {
    category: 2,
    title: 'Request a refund',
    slug: 'request-a-refund',
    body: '<p>Refunds are available within 14 days of a charge. Open a ticket in the <em>Billing</em> department.</p>',
  },
  {
    category: 2,
    title: 'Switch to annual billing',
    slug: 'switch-to-annual-billing',
    body: '<p>Annual plans save 20%. Unused days of the current month are credited.</p>',
  },
  {
    category: 3,
    title: 'Track your order',
    slug: 'track-your-order',
    body: '<p>Your tracking link is in the shipping confirmation email. Tracking can take 24 hours to appear.</p>',
  },
  {
    category: 3,
    title: 'Report a damaged parcel',
    slug: 'report-damaged-parcel',
    body: '<p>Take photos of the box and the item, then open a ticket within 7 days of delivery.</p>',
  },
  {
    category: 3,
    title: 'Customs and import fees',
    slug: 'customs-and-import-fees',
    body: '<p>Orders shipped outside the EU may be charged import fees by the carrier on delivery.</p>',
  },
  {
    category: 3,
    title: 'Returns policy (draft)',
    slug: 'returns-policy-draft',
    status: 'draft',
    body: '<p>This article is not published yet.</p>',
  },
]
