import type { Component } from 'vue'
import {
  Archive,
  Bell,
  Calendar,
  Check,
  Clipboard,
  Clock,
  CloudUpload,
  Copy,
  CreditCard,
  Database,
  Download,
  ExternalLink,
  FileText,
  Flag,
  Gavel,
  Globe,
  Link,
  Lock,
  Mail,
  MessageSquare,
  Package,
  Phone,
  Printer,
  Receipt,
  RefreshCw,
  RotateCw,
  Scale,
  Send,
  Share2,
  ShieldAlert,
  Star,
  Tag,
  Trash2,
  TriangleAlert,
  Truck,
  Unlock,
  Upload,
  UserPlus,
  Zap,
} from 'lucide-vue-next'

// A curated map, imported icon by icon so the bundle carries these ~40 and not all of lucide.
// Keys are lucide's kebab-case names, the form hosts put in `metadata.icon`.
const ICONS: Readonly<Record<string, Component>> = {
  archive: Archive,
  bell: Bell,
  calendar: Calendar,
  check: Check,
  clipboard: Clipboard,
  clock: Clock,
  'cloud-upload': CloudUpload,
  copy: Copy,
  'credit-card': CreditCard,
  database: Database,
  download: Download,
  'external-link': ExternalLink,
  'file-text': FileText,
  flag: Flag,
  gavel: Gavel,
  globe: Globe,
  link: Link,
  lock: Lock,
  mail: Mail,
  'message-square': MessageSquare,
  package: Package,
  phone: Phone,
  printer: Printer,
  receipt: Receipt,
  'refresh-cw': RefreshCw,
  'rotate-cw': RotateCw,
  scale: Scale,
  send: Send,
  'share-2': Share2,
  'shield-alert': ShieldAlert,
  star: Star,
  tag: Tag,
  'trash-2': Trash2,
  'triangle-alert': TriangleAlert,
  // lucide's former name for the same icon.
  'alert-triangle': TriangleAlert,
  truck: Truck,
  unlock: Unlock,
  upload: Upload,
  'user-plus': UserPlus,
  zap: Zap,
}

/** The lucide names `customActionIcon` knows, sorted. */
export const CUSTOM_ACTION_ICON_NAMES: readonly string[] = Object.keys(ICONS).sort()

/** `RefreshCw` or `refresh_cw` → `refresh-cw`. */
function kebab(name: string): string {
  return name
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
}

/**
 * The icon component for a `metadata.icon` value, or null when it names no icon in the map: an
 * unknown name renders nothing rather than a wrong icon.
 */
export function customActionIcon(name: unknown): Component | null {
  if (typeof name !== 'string' || name.trim() === '') return null
  const key = kebab(name)
  return Object.hasOwn(ICONS, key) ? (ICONS[key] ?? null) : null
}
