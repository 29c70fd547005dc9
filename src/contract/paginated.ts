/** One page of a list, whichever paginator shape the backend sent (contract §3.3). */
export interface Paginated<T> {
  /** The records on this page. */
  items: T[]
  /** Current page, from 1. */
  page: number
  /** Last page, at least 1. */
  lastPage: number
  /** Page size. */
  perPage: number
  /** Records across all pages. */
  total: number
}

/** The page size L and A use when none is given. */
export const DEFAULT_PER_PAGE = 15
