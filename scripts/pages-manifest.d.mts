import type { Plugin } from 'vite'
export interface PagesManifest {
  namespace: 'Escalated'
  pages: string[]
  aliases: Record<string, string>
}
export declare function collectPageNames(dir?: string): string[]
export declare function buildManifest(dir?: string): PagesManifest
export declare function pagesManifestPlugin(): Plugin
