import { mount } from '@vue/test-utils'
import { defineComponent, h, ref } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  useQueueRealtime,
  type EchoLike,
  type UseQueueRealtimeOptions,
  type UseQueueRealtimeReturn,
} from '@/composables/useQueueRealtime'
import type { VisitResult } from '@/plugin/transport'

/** A window whose tab visibility the test controls. */
function fakeWindow(extra: Record<string, unknown> = {}) {
  const document = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  })
  const setVisible = (visible: boolean) => {
    document.visibilityState = visible ? 'visible' : 'hidden'
    document.dispatchEvent(new Event('visibilitychange'))
  }
  return { win: { document, ...extra } as unknown as Window, setVisible }
}

/** An Echo double recording subscriptions; `emit` fires an event on a channel. */
function fakeEcho() {
  const listeners = new Map<string, Array<(payload: unknown) => void>>()
  const echo: EchoLike = {
    private: (channel) => ({
      listen(event, callback) {
        const key = `${channel} ${event}`
        listeners.set(key, [...(listeners.get(key) ?? []), callback])
        return this
      },
      stopListening(event, callback) {
        const key = `${channel} ${event}`
        listeners.set(
          key,
          (listeners.get(key) ?? []).filter((item) => item !== callback),
        )
        return this
      },
    }),
  }
  const emit = (channel: string, event: string) => {
    for (const callback of listeners.get(`${channel} ${event}`) ?? []) callback({})
  }
  const count = () => [...listeners.values()].reduce((sum, list) => sum + list.length, 0)
  return { echo, emit, count, listeners }
}

function setup(options: Partial<UseQueueRealtimeOptions> & { result?: () => VisitResult } = {}) {
  const refresh = vi.fn(async (): Promise<VisitResult> => options.result?.() ?? { status: 'ok' })
  let realtime: UseQueueRealtimeReturn | undefined
  const Host = defineComponent({
    setup() {
      realtime = useQueueRealtime({ echo: null, ...options, refresh })
      return () => h('div')
    },
  })
  const wrapper = mount(Host)
  if (!realtime) throw new Error('composable did not run')
  return { wrapper, refresh, realtime }
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-01-15T09:30:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useQueueRealtime polling', () => {
  it('refreshes once per interval while the tab is visible', async () => {
    const { win } = fakeWindow()
    const { refresh, realtime } = setup({ window: win, intervalMs: 60_000 })
    expect(realtime.mode.value).toBe('polling')
    await vi.advanceTimersByTimeAsync(59_000)
    expect(refresh).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    await vi.advanceTimersByTimeAsync(60_000)
    expect(refresh).toHaveBeenCalledTimes(2)
  })

  it('stops while the tab is hidden and catches up as soon as it is visible again', async () => {
    const { win, setVisible } = fakeWindow()
    const { refresh, realtime } = setup({ window: win, intervalMs: 60_000 })
    setVisible(false)
    expect(realtime.mode.value).toBe('paused')
    await vi.advanceTimersByTimeAsync(10 * 60_000)
    expect(refresh).not.toHaveBeenCalled()
    setVisible(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
    expect(realtime.mode.value).toBe('polling')
  })

  it('doubles the wait after each failure, up to the cap, and resets after a success', async () => {
    const { win } = fakeWindow()
    let failing = true
    const { refresh, realtime } = setup({
      window: win,
      intervalMs: 1_000,
      maxIntervalMs: 4_000,
      result: () => (failing ? { status: 'network-error', message: 'offline' } : { status: 'ok' }),
    })
    const callsAt = async (ms: number) => {
      await vi.advanceTimersByTimeAsync(ms)
      return refresh.mock.calls.length
    }
    expect(await callsAt(1_000)).toBe(1)
    expect(await callsAt(1_999)).toBe(1)
    expect(await callsAt(1)).toBe(2)
    expect(await callsAt(4_000)).toBe(3)
    expect(await callsAt(4_000)).toBe(4)
    expect(realtime.failures.value).toBe(4)
    failing = false
    expect(await callsAt(4_000)).toBe(5)
    expect(realtime.failures.value).toBe(0)
    expect(await callsAt(1_000)).toBe(6)
  })

  it('waits while switched off and refreshes once switched back on', async () => {
    const { win } = fakeWindow()
    const enabled = ref(false)
    const { refresh, realtime } = setup({ window: win, intervalMs: 1_000, enabled })
    expect(realtime.mode.value).toBe('off')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(refresh).not.toHaveBeenCalled()
    enabled.value = true
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('stops polling when its component goes away', async () => {
    const { win } = fakeWindow()
    const { refresh, wrapper } = setup({ window: win, intervalMs: 1_000 })
    wrapper.unmount()
    await vi.advanceTimersByTimeAsync(10_000)
    expect(refresh).not.toHaveBeenCalled()
  })
})

describe('useQueueRealtime with Laravel Echo', () => {
  it('uses window.Echo instead of polling when the host provides it', async () => {
    const { echo, emit } = fakeEcho()
    const { win } = fakeWindow({ Echo: echo })
    const { refresh, realtime } = setup({ window: win, echo: undefined, intervalMs: 1_000 })
    expect(realtime.mode.value).toBe('echo')
    await vi.advanceTimersByTimeAsync(10_000)
    expect(refresh).not.toHaveBeenCalled()
    emit('escalated.tickets', '.ticket.created')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('refreshes once for a burst of updates to tickets on screen', async () => {
    const { echo, emit } = fakeEcho()
    const { win } = fakeWindow()
    const { refresh } = setup({ window: win, echo, ticketIds: [4, 5] })
    emit('escalated.tickets.4', '.ticket.updated')
    emit('escalated.tickets.5', '.ticket.status_changed')
    emit('escalated.tickets.5', '.ticket.assigned')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
  })

  it('follows the tickets on screen and leaves every channel on unmount', async () => {
    const { echo, emit, count } = fakeEcho()
    const { win } = fakeWindow()
    const ids = ref([1])
    const { refresh, wrapper } = setup({ window: win, echo, ticketIds: ids })
    ids.value = [2]
    await vi.advanceTimersByTimeAsync(0)
    emit('escalated.tickets.1', '.ticket.updated')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).not.toHaveBeenCalled()
    emit('escalated.tickets.2', '.ticket.updated')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(refresh).toHaveBeenCalledTimes(1)
    wrapper.unmount()
    expect(count()).toBe(0)
  })

  it('catches up on events that arrived while the tab was hidden', async () => {
    const { echo, emit } = fakeEcho()
    const { win, setVisible } = fakeWindow()
    const { refresh } = setup({ window: win, echo })
    setVisible(false)
    emit('escalated.tickets', '.ticket.created')
    await vi.advanceTimersByTimeAsync(5_000)
    expect(refresh).not.toHaveBeenCalled()
    setVisible(true)
    await vi.advanceTimersByTimeAsync(0)
    expect(refresh).toHaveBeenCalledTimes(1)
  })
})
