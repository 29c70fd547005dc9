export { createHttpClient } from './client'
export type {
  BodylessOptions,
  HttpClient,
  HttpClientOptions,
  RequestMethod,
  RequestOptions,
} from './client'
export { cookieCsrf, defaultCsrf, headerCsrf, metaTagCsrf, resolveCsrfToken } from './csrf'
export type {
  CsrfContext,
  CsrfDocument,
  CsrfDocumentOptions,
  CsrfElement,
  CsrfStrategy,
  CsrfToken,
} from './csrf'
export { ApiError, isApiError } from './errors'
export type { ApiErrorInit, ApiErrorKind } from './errors'
export type { QueryParams as ApiQuery, QueryValue as ApiQueryValue } from '@/routes'
export type {
  FetchLike,
  ResponseLike,
  UploadProgress,
  UploadProgressEventLike,
  XhrConstructor,
  XhrLike,
} from './transport'
