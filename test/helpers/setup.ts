// Shared setup for unit/component tests (happy-dom).
export {}
