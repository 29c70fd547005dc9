import { describe, expect, it } from 'vitest'
import { ref } from 'vue'
import { useAttachmentPicker } from '@/composables/useAttachmentPicker'

const file = (name: string, bytes = 10, lastModified = 1) =>
  new File([new Uint8Array(bytes)], name, { lastModified })
const names = (files: readonly File[]) => files.map((kept) => kept.name)

describe('useAttachmentPicker', () => {
  it('refuses a type outside the allow-list, whatever the case of its extension', () => {
    const picker = useAttachmentPicker({ allowedTypes: ['pdf'] })
    const refused = picker.add([file('Report.PDF'), file('setup.exe'), file('README')])
    expect(names(picker.files.value)).toEqual(['Report.PDF'])
    expect(refused.map(({ name, reason }) => [name, reason])).toEqual([
      ['setup.exe', 'type'],
      ['README', 'type'],
    ])
  })

  it('refuses a file over the size limit and reports its size', () => {
    const picker = useAttachmentPicker({ maxSizeKb: 1 })
    const refused = picker.add([file('ok.txt', 1024), file('big.txt', 1025)])
    expect(names(picker.files.value)).toEqual(['ok.txt'])
    expect(refused).toEqual([{ name: 'big.txt', size: 1025, reason: 'too-large' }])
  })

  it('caps the count across several calls on a shared list', () => {
    const files = ref<File[]>([])
    const picker = useAttachmentPicker({ files, maxFiles: 2 })
    picker.add([file('a.txt')])
    const refused = picker.add([file('b.txt'), file('c.txt')])
    expect(names(files.value)).toEqual(['a.txt', 'b.txt'])
    expect(refused.map(({ reason }) => reason)).toEqual(['too-many'])
    expect(picker.remaining.value).toBe(0)
  })

  it('keeps the same file chosen twice once', () => {
    const picker = useAttachmentPicker()
    const same = file('a.txt')
    picker.add([same])
    expect(picker.add([same])).toEqual([])
    expect(picker.files.value).toHaveLength(1)
  })

  it('builds the accept filter only when types are limited', () => {
    const types = ref<string[]>([])
    const picker = useAttachmentPicker({ allowedTypes: types })
    expect(picker.accept.value).toBeUndefined()
    types.value = ['pdf', 'png']
    expect(picker.accept.value).toBe('.pdf,.png')
  })

  it('forgets the last refusals when a file is removed or the list cleared', () => {
    const picker = useAttachmentPicker({ allowedTypes: ['txt'] })
    picker.add([file('a.txt'), file('b.txt'), file('c.exe')])
    picker.remove(0)
    expect(names(picker.files.value)).toEqual(['b.txt'])
    expect(picker.rejections.value).toEqual([])
    picker.add([file('d.exe')])
    picker.clear()
    expect(picker.files.value).toEqual([])
    expect(picker.rejections.value).toEqual([])
  })
})
