import { mount } from '@vue/test-utils'
import { within } from '@testing-library/dom'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import Field from '@/components/ui/Field.vue'
import Input from '@/components/ui/Input.vue'
import Select from '@/components/ui/Select.vue'
import Textarea from '@/components/ui/Textarea.vue'

function mountField(props: Record<string, unknown>, control: () => ReturnType<typeof h>) {
  return mount(Field, {
    props: { label: 'Subject', ...props },
    slots: { default: control },
    attachTo: document.body,
  })
}

describe('Field', () => {
  it('labels the control inside it', () => {
    const wrapper = mountField({}, () => h(Input))
    const input = within(wrapper.element as HTMLElement).getByLabelText('Subject')
    expect(input.tagName).toBe('INPUT')
    wrapper.unmount()
  })

  it('uses the id it is given', () => {
    const wrapper = mountField({ id: 'ticket-subject' }, () => h(Input))
    expect(wrapper.get('input').attributes('id')).toBe('ticket-subject')
    expect(wrapper.get('label').attributes('for')).toBe('ticket-subject')
    wrapper.unmount()
  })

  it('describes the control with its hint', () => {
    const wrapper = mountField({ hint: 'A short summary' }, () => h(Input))
    const input = within(wrapper.element as HTMLElement).getByLabelText('Subject')
    expect(input.getAttribute('aria-invalid')).toBeNull()
    const describedBy = input.getAttribute('aria-describedby') ?? ''
    expect(document.getElementById(describedBy)?.textContent).toBe('A short summary')
    wrapper.unmount()
  })

  it('marks the control invalid and describes it with the error', () => {
    const wrapper = mountField({ hint: 'Hint', error: 'The subject is required.' }, () => h(Input))
    const input = within(wrapper.element as HTMLElement).getByLabelText('Subject')
    expect(input.getAttribute('aria-invalid')).toBe('true')
    const texts = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim())
    expect(texts).toEqual(['Hint', 'The subject is required.'])
    expect(wrapper.attributes('data-invalid')).toBe('')
    wrapper.unmount()
  })

  it('marks the control required and disabled', () => {
    const wrapper = mountField({ required: true, disabled: true }, () => h(Textarea))
    const textarea = wrapper.get('textarea')
    expect(textarea.attributes('aria-required')).toBe('true')
    expect(textarea.attributes('disabled')).toBeDefined()
    wrapper.unmount()
  })

  it('hands the ids to a control that is not ours through the slot', () => {
    const wrapper = mount(Field, {
      props: { label: 'Colour', error: 'Pick one' },
      slots: {
        default: (slot: { id: string; describedBy?: string; invalid: boolean }) =>
          h('input', {
            id: slot.id,
            'aria-describedby': slot.describedBy,
            'aria-invalid': slot.invalid,
          }),
      },
      attachTo: document.body,
    })
    const input = within(wrapper.element as HTMLElement).getByLabelText('Colour')
    expect(
      document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent?.trim(),
    ).toBe('Pick one')
    wrapper.unmount()
  })
})

describe('Input', () => {
  it('updates its model as the user types', async () => {
    const wrapper = mount(Input, { props: { modelValue: 'a', 'onUpdate:modelValue': () => {} } })
    await wrapper.get('input').setValue('Printer on fire')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['Printer on fire'])
  })

  it('passes other attributes to the input', () => {
    const wrapper = mount(Input, {
      attrs: { placeholder: 'Search', autocomplete: 'off' },
      props: { type: 'search' },
    })
    expect(wrapper.get('input').attributes()).toMatchObject({
      placeholder: 'Search',
      autocomplete: 'off',
      type: 'search',
    })
  })
})

describe('Textarea', () => {
  it('updates its model', async () => {
    const wrapper = mount(Textarea)
    await wrapper.get('textarea').setValue('Hello')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['Hello'])
  })
})

describe('Select', () => {
  const options = [
    { value: 1, label: 'Billing' },
    { value: 2, label: 'Technical' },
    { value: 3, label: 'Archived', disabled: true },
  ]

  it('renders the options and writes the chosen value with its type', async () => {
    const Host = defineComponent({
      setup() {
        const value = ref<string | number | null>(null)
        return () =>
          h('div', [
            h(Select, {
              options,
              placeholder: 'Any department',
              modelValue: value.value,
              'onUpdate:modelValue': (v: string | number | null) => (value.value = v),
            }),
            h('output', String(value.value)),
          ])
      },
    })
    const wrapper = mount(Host)
    const select = wrapper.get('select')
    expect(select.findAll('option').map((o) => o.text())).toEqual([
      'Any department',
      'Billing',
      'Technical',
      'Archived',
    ])
    await select.setValue('2')
    expect(wrapper.get('output').text()).toBe('2')
    expect(wrapper.findComponent(Select).emitted('update:modelValue')?.at(-1)).toEqual([2])
  })

  it('disables an option marked disabled', () => {
    const wrapper = mount(Select, { props: { options } })
    expect(wrapper.findAll('option')[2]?.attributes('disabled')).toBeDefined()
  })

  it('makes the placeholder unselectable when required', () => {
    const wrapper = mount(Select, { props: { options, placeholder: 'Choose', required: true } })
    expect(wrapper.get('option').attributes('disabled')).toBeDefined()
    expect(wrapper.get('select').attributes('aria-required')).toBe('true')
  })

  it('passes attributes to the select, not its wrapper', () => {
    const wrapper = mount(Select, {
      props: { options },
      attrs: { name: 'department', 'aria-label': 'Department' },
    })
    expect(wrapper.get('select').attributes()).toMatchObject({
      name: 'department',
      'aria-label': 'Department',
    })
    expect(wrapper.attributes('name')).toBeUndefined()
  })
})
