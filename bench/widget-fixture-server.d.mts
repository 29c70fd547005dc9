/** A running fixture server for the built widget. */
export interface WidgetFixtureServer {
  /** `http://127.0.0.1:<port>` */
  origin: string
  /** Tickets filed through its fake API, by reference. */
  tickets: Map<string, Record<string, unknown>>
  /** Stops the server. */
  close(): Promise<void>
}

/** Starts the static host-page server with the fake Laravel widget API. */
export declare function startWidgetFixtureServer(options?: {
  port?: number
}): Promise<WidgetFixtureServer>
