import type { Meta, StoryObj } from '@storybook/vue3-vite'
import Create from '../../../src/pages/Customer/Create.vue'
import { CUSTOM_FIELDS, createProps } from './portalData'

const meta = {
  title: 'Pages/Customer/Create',
  component: Create,
  args: createProps(),
  parameters: { layout: 'fullscreen', pageProps: createProps() },
} satisfies Meta<typeof Create>

export default meta
type Story = StoryObj<typeof meta>

/** Departments and priorities as L sends them. */
export const SnakeCase: Story = {}

/** Custom fields under Adonis-style camelCase keys. */
export const CamelCase: Story = {
  args: createProps({ customFields: CUSTOM_FIELDS }),
  parameters: { pageProps: createProps({ customFields: CUSTOM_FIELDS }) },
}

/** No departments and no priority choice: the bare form. */
export const Empty: Story = {
  args: createProps({ departments: [], priorities: [] }),
  parameters: { pageProps: createProps({ departments: [], priorities: [] }) },
}

/** The errors bag after a refused submit. */
export const Error: Story = {
  args: createProps({ custom_fields: CUSTOM_FIELDS }),
  parameters: {
    pageProps: {
      ...createProps({ custom_fields: CUSTOM_FIELDS }),
      errors: {
        subject: 'The subject field is required.',
        description: 'The description field is required.',
        'custom_fields.order_number': 'The order number field is required.',
      },
    },
  },
}

/** Many custom fields. */
export const LongContent: Story = {
  args: createProps({
    custom_fields: [
      ...CUSTOM_FIELDS,
      ...CUSTOM_FIELDS.map((f) => ({ ...f, name: `${f.name}_2`, id: f.id + 10 })),
    ],
  }),
  parameters: {
    pageProps: createProps({
      custom_fields: [
        ...CUSTOM_FIELDS,
        ...CUSTOM_FIELDS.map((f) => ({ ...f, name: `${f.name}_2`, id: f.id + 10 })),
      ],
    }),
  },
}

export const Rtl: Story = { parameters: { locale: 'ar', pageProps: createProps() } }

export const Dark: Story = { globals: { mode: 'dark' } }
