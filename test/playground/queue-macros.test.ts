// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPlayground, type TestPlayground } from './harness'

interface IndexProps {
  macros: Array<{ id: number; name: string; actions: Array<{ type: string }> }>
}
interface ShowProps {
  macros: IndexProps['macros']
}

describe('macros on the playground ticket lists', () => {
  let playground: TestPlayground
  beforeAll(async () => {
    playground = await startPlayground()
  })
  afterAll(() => playground.close())

  it('sends the agent list the same macros as the ticket page', async () => {
    const agent = playground.visitor()
    await agent.signIn('agent')
    const list = await agent.page<IndexProps>('/support/agent/tickets')
    const show = await agent.page<ShowProps>('/support/agent/tickets/ESC-00002')
    expect(list.props.macros.length).toBeGreaterThan(0)
    expect(list.props.macros).toEqual(show.props.macros)
  })

  it('sends them on the admin list too, and leaves them out of a tickets-only reload', async () => {
    const admin = playground.visitor()
    await admin.signIn('admin')
    const list = await admin.page<IndexProps>('/support/admin/tickets')
    expect(list.props.macros[0]).toMatchObject({ id: expect.any(Number), name: expect.any(String) })
    const partial = await admin.page<Partial<IndexProps>>('/support/admin/tickets', {
      'x-inertia-partial-component': 'Escalated/Admin/Tickets/Index',
      'x-inertia-partial-data': 'tickets',
    })
    expect(partial.props.macros).toBeUndefined()
  })
})
