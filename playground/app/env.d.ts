// Type-level twin of the Vite alias in playground/vite.config.ts: the package name resolves to its public
// entry, the same module a host gets from the published build.
declare module '@escalated-dev/escalated' {
  export * from '@/index'
}
