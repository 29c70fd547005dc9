import { describe, expect, it } from 'vitest'
import { themeStyle } from '@/theme/themeStyle'

describe('themeStyle', () => {
  it('returns no properties without a theme', () => {
    expect(themeStyle()).toEqual({})
    expect(themeStyle({})).toEqual({})
  })

  it('maps brand, shape and type options to their public custom properties', () => {
    expect(
      themeStyle({
        primary: 'oklch(55% 0.2 270)',
        primaryHover: '#3730a3',
        primaryContrast: 'white',
        radius: '4px',
        radiusLg: '0.75rem',
        fontFamily: "'Inter', sans-serif",
      }),
    ).toEqual({
      '--esc-primary': 'oklch(55% 0.2 270)',
      '--esc-primary-hover': '#3730a3',
      '--esc-primary-contrast': 'white',
      '--esc-radius': '4px',
      '--esc-radius-lg': '0.75rem',
      '--esc-font-family': "'Inter', sans-serif",
    })
  })

  it('sets only the options given, so CSS derives the rest', () => {
    expect(themeStyle({ primary: 'teal' })).toEqual({ '--esc-primary': 'teal' })
  })

  it('maps panel colours to --esc-panel-* and leaves mode and branding out', () => {
    expect(
      themeStyle({
        panel: {
          mode: 'dark',
          appName: 'Help',
          logo: '/logo.svg',
          surface: 'black',
          surfaceAlt: '#111',
          textMuted: 'gray',
          sidebarActiveText: 'white',
        },
      }),
    ).toEqual({
      '--esc-panel-surface': 'black',
      '--esc-panel-surface-alt': '#111',
      '--esc-panel-text-muted': 'gray',
      '--esc-panel-sidebar-active-text': 'white',
    })
  })

  it('trims values and drops empty ones', () => {
    expect(themeStyle({ primary: '  red ', radius: '   ' })).toEqual({ '--esc-primary': 'red' })
  })

  it('drops values that could end the declaration and set other properties', () => {
    expect(
      themeStyle({
        primary: 'red; position: fixed',
        radius: '1px} body {display:none',
        fontFamily: 'x /* comment',
        panel: { surface: '</style><script>' },
      }),
    ).toEqual({})
  })
})
