import { language } from './i18n';

/** A refusal of the API, as its error body says: code, message and the fields at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly violations: Violation[] = [],
  ) {
    super(message);
  }
}

export interface Violation {
  record?: string | null;
  field?: string | null;
  value?: string | null;
  rule?: string | null;
}

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<(error: ApiError) => void>();

/** The session's CSRF token, sent with every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when the API says the session has ended or the password must be changed first. */
export function onSessionLost(listener: (error: ApiError) => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** A path with its query: empty values are left out. */
export function withQuery(path: string, query?: Query): string {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** A body sent as it is (a file), with its media type and headers of its own, instead of JSON. */
export interface RawBody {
  body: Blob | ArrayBuffer;
  type: string;
  headers?: Record<string, string>;
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal, raw?: RawBody): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language(), ...(raw?.headers ?? {}) };
  if (raw) {
    headers['Content-Type'] = raw.type;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  const response = await fetch(path, {
    method,
    headers,
    body: raw ? raw.body : body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    signal,
  });
  const text = await response.text();
  let json: any = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!response.ok) {
    const error = new ApiError(response.status, json?.code ?? `http.${response.status}`, json?.message ?? response.statusText,
      Array.isArray(json?.violations) ? json.violations : []);
    const sessionLost = response.status === 401 && !path.startsWith('/api/v1/session');
    const mustChange = response.status === 403 && error.code === 'security.password-change-required';
    if (sessionLost || mustChange) {
      unauthorizedListeners.forEach((listener) => listener(error));
    }
    throw error;
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, query?: Query, signal?: AbortSignal) => request<T>('GET', withQuery(path, query), undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string) => request<T>('DELETE', path),
  /** A POST of a file as it is (an upload), with the session's CSRF token like every write. */
  send: <T>(path: string, raw: RawBody) => request<T>('POST', path, undefined, undefined, raw),
};
