import { mount, type ComponentMountingOptions } from '@vue/test-utils'
import { ref, type Component } from 'vue'
import { EscalatedPlugin } from '@/plugin/plugin'
import type { EscalatedOptions } from '@/plugin/options'
import { createRecordingTransport, type RecordingTransport } from './recordingTransport'

/** Options of `mountEscalated`. */
export interface MountEscalatedOptions<C extends Component> {
  props?: ComponentMountingOptions<C>['props']
  slots?: ComponentMountingOptions<C>['slots']
  /** Plugin options (transport and page props are filled in for you). */
  options?: Omit<EscalatedOptions, 'transport' | 'pageProps' | 'pageUrl'>
  /** Page props as a backend sends them (shared props included). */
  pageProps?: Record<string, unknown>
  /** Current page URL. @default '/support' */
  pageUrl?: string
  /** Attach to document.body (focus tests). */
  attach?: boolean
}

/** Mount a component inside EscalatedPlugin with a recording transport in place of Inertia. */
export function mountEscalated<C extends Component>(
  component: C,
  input: MountEscalatedOptions<C> = {},
) {
  const transport: RecordingTransport = createRecordingTransport()
  const pageProps = ref<Record<string, unknown>>(input.pageProps ?? {})
  const pageUrl = ref(input.pageUrl ?? '/support')
  const wrapper = mount(component, {
    props: input.props,
    slots: input.slots,
    attachTo: input.attach ? document.body : undefined,
    global: {
      plugins: [
        [
          EscalatedPlugin,
          {
            ...input.options,
            transport,
            pageProps: () => pageProps.value,
            pageUrl: () => pageUrl.value,
          } satisfies EscalatedOptions,
        ],
      ],
    },
  } as ComponentMountingOptions<C>)
  return {
    wrapper,
    transport,
    requests: transport.requests,
    /** Replace the page props, as a new Inertia response would. */
    setPageProps: (next: Record<string, unknown>) => {
      pageProps.value = next
    },
    setPageUrl: (next: string) => {
      pageUrl.value = next
    },
  }
}
