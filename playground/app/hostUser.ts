/** The signed-in user as the host reads it from the shared `auth.user` prop. */
export interface HostUser {
  id: number
  name: string
  email: string
}

/** Reads `auth.user` from raw page props without trusting their shape. */
export function hostUser(props: Record<string, unknown>): HostUser | null {
  const auth = props.auth
  if (typeof auth !== 'object' || auth === null || !('user' in auth)) return null
  const user: unknown = auth.user
  if (typeof user !== 'object' || user === null) return null
  const id = 'id' in user ? user.id : undefined
  const name = 'name' in user ? user.name : undefined
  const email = 'email' in user ? user.email : undefined
  if (typeof id !== 'number' || typeof name !== 'string') return null
  return { id, name, email: typeof email === 'string' ? email : '' }
}
