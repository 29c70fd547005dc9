// Shared setup for unit/component tests (happy-dom): unmount every wrapper after each test, so teleported
// content (toasts, dialogs) never leaks into the next test's document.
import { afterEach } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'

enableAutoUnmount(afterEach)
