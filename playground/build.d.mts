// Types for the TypeScript callers of build.mjs (the e2e harness).

/** Whether playground/dist is missing or older than its sources. */
export declare function isClientStale(): boolean

/** Whether dist/widget is missing or older than its sources. */
export declare function isWidgetStale(): boolean

/** Builds the client and the widget when stale (or always with `force`); resolves to the build time in ms, or null. */
export declare function ensureClientBuilt(options?: { force?: boolean }): Promise<number | null>
