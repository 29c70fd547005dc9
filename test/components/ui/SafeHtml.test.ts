// @vitest-environment jsdom
// DOMPurify is wrong under happy-dom (STACK.md gotcha 10), so this runs in jsdom.
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SafeHtml from '@/components/ui/SafeHtml.vue'

describe('SafeHtml', () => {
  it('renders sanitised HTML', () => {
    const wrapper = mount(SafeHtml, {
      props: {
        html: '<p>Hi <strong>Ada</strong></p><img src="x" onerror="alert(1)" alt="x"><script>alert(2)</script>',
      },
    })
    expect(wrapper.html()).not.toMatch(/onerror|script|alert/)
    expect(wrapper.get('strong').text()).toBe('Ada')
  })

  it('marks its element for the content styles', () => {
    expect(mount(SafeHtml, { props: { html: '<p>x</p>' } }).attributes('data-part')).toBe(
      'safe-html',
    )
  })

  it('renders the requested element', () => {
    expect(mount(SafeHtml, { props: { html: 'x', as: 'span' } }).element.tagName).toBe('SPAN')
  })

  it('drops images when asked', () => {
    const wrapper = mount(SafeHtml, {
      props: { html: '<img src="https://cdn.example/a.png" alt="a">', allowImages: false },
    })
    expect(wrapper.find('img').exists()).toBe(false)
  })

  it('renders nothing for a null body', () => {
    expect(mount(SafeHtml, { props: { html: null } }).element.innerHTML).toBe('')
  })
})
