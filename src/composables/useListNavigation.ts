import { ref, type Ref } from 'vue'
import { injectEscalatedContext } from '@/plugin/context'

/** What `useListNavigation` returns. */
export interface UseListNavigationReturn {
  /** True while a filter, search or page visit is under way. */
  loading: Readonly<Ref<boolean>>
  /** Visit another state of the same list, keeping component state and scroll. */
  go: (url: string) => Promise<void>
}

/** Navigation between states of one list page (filters, search, pages) with a busy flag. */
export function useListNavigation(): UseListNavigationReturn {
  const context = injectEscalatedContext()
  const loading = ref(false)
  async function go(url: string): Promise<void> {
    loading.value = true
    try {
      await context.transport.visit(url, { preserveState: true, preserveScroll: true })
    } finally {
      loading.value = false
    }
  }
  return { loading, go }
}
