import type { Transport, VisitOptions, VisitResult } from '@/plugin/transport'

/** One visit the component under test made. */
export interface RecordedVisit {
  url: string
  method: NonNullable<VisitOptions['method']>
  data: VisitOptions['data']
  options: VisitOptions
  kind: 'visit' | 'reload'
}

/** Decides how a recorded visit ends; may return a promise the test resolves later. */
export type Responder = (visit: RecordedVisit) => VisitResult | Promise<VisitResult>

/** A Transport that records every visit instead of talking to a server. */
export interface RecordingTransport extends Transport {
  requests: RecordedVisit[]
  /** Change how later visits end. */
  respondWith: (responder: Responder) => void
}

/** Create a recording transport; every visit succeeds unless told otherwise. */
export function createRecordingTransport(
  responder: Responder = () => ({ status: 'ok' }),
): RecordingTransport {
  let respond = responder
  const requests: RecordedVisit[] = []
  return {
    requests,
    respondWith(next) {
      respond = next
    },
    async visit(url, options = {}) {
      const visit: RecordedVisit = {
        url,
        method: options.method ?? 'get',
        data: options.data,
        options,
        kind: 'visit',
      }
      requests.push(visit)
      return respond(visit)
    },
    async reload(options = {}) {
      const visit: RecordedVisit = {
        url: '',
        method: 'get',
        data: undefined,
        options,
        kind: 'reload',
      }
      requests.push(visit)
      return respond(visit)
    },
  }
}

/** A promise with its resolve function, to hold a visit open while asserting busy states. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
