import type {
  ApiErrorBody,
  Batch,
  CheckReport,
  Disclosure,
  DocumentList,
  FixPreview,
  Me,
  ReviewList,
  ReviewProgress,
  ReviewState,
  TableSchemaInfo,
  TemplateInfo,
  VersionList,
} from './types';

/** An API error with the server's stable code and Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'juesuan.token';

export function getToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export function setToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
}

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const token = getToken();
  return token ? { ...extra, authorization: `Bearer ${token}` } : extra;
}

async function failure(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as ApiErrorBody;
    return new ApiError(res.status, body.code, body.message);
  } catch {
    return new ApiError(res.status, 'http_error', `服务返回错误（HTTP ${res.status}）`);
  }
}

async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: headers(init.headers as Record<string, string> | undefined) });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务，请检查网络或稍后再试');
  }
  if (!res.ok) throw await failure(res);
  return res;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await (await request(path)).json()) as T;
}

async function sendJson<T>(method: string, path: string, body: unknown): Promise<T> {
  const res = await request(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

const q = (version: number | undefined) => (version === undefined ? '' : `?version=${version}`);

export const api = {
  documents: (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') search.set(k, String(v));
    return getJson<DocumentList>(`/api/documents?${search.toString()}`);
  },
  document: (id: number, version?: number) => getJson<Disclosure>(`/api/documents/${id}${q(version)}`),
  findings: (id: number, version?: number) => getJson<CheckReport>(`/api/documents/${id}/findings${q(version)}`),
  reviews: (id: number, version?: number) => getJson<ReviewList>(`/api/documents/${id}/reviews${q(version)}`),
  versions: (id: number) => getJson<VersionList>(`/api/documents/${id}/versions`),
  source: async (id: number, version?: number) =>
    (await request(`/api/documents/${id}/source${q(version)}`)).arrayBuffer(),
  sourceUrl: (id: number, version?: number) => `/api/documents/${id}/source${q(version)}`,
  renderUrl: (id: number, to: string, version?: number) =>
    `/api/documents/${id}/render?to=${to}${version === undefined ? '' : `&version=${version}`}`,
  tableSchemas: () => getJson<TableSchemaInfo[]>('/api/table-schemas'),
  reviewProgress: (ids: readonly number[]) =>
    ids.length === 0
      ? Promise.resolve([])
      : getJson<ReviewProgress[]>(`/api/review-progress?documents=${ids.join(',')}`),
  me: () => getJson<Me>('/api/me'),
  signIn: (name: string, password: string) =>
    sendJson<{ token: string; name: string; role: string }>('POST', '/api/tokens', { name, password }),
  review: (fingerprint: string, body: { document: number; version?: number; state: ReviewState; note?: string }) =>
    sendJson<{ state: ReviewState; note: string | null }>(
      'PATCH',
      `/api/findings/${encodeURIComponent(fingerprint)}`,
      body,
    ),
  batch: (id: number) => getJson<Batch>(`/api/batches/${id}`),
  fix: (id: number, version?: number) => getJson<FixPreview>(`/api/documents/${id}/fix${q(version)}`),
  templates: () => getJson<TemplateInfo[]>('/api/templates'),
  templateUrl: (layout: string, year: number) => `/api/template?layout=${encodeURIComponent(layout)}&year=${year}`,
  fixDocxUrl: (id: number, version?: number) => `/api/documents/${id}/fix/docx${q(version)}`,
};

/** Downloads a file from the API (with the token) and saves it under the server's name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await request(path);
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/.exec(cd);
  const name = m ? decodeURIComponent(m[1]!) : fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Multipart upload with progress of the bytes sent (fetch cannot report upload progress; XMLHttpRequest can). */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    const token = getToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', '无法连接服务，请检查网络或稍后再试'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const b = body as Partial<ApiErrorBody> | undefined;
        reject(new ApiError(xhr.status, b?.code ?? 'http_error', b?.message ?? `服务返回错误（HTTP ${xhr.status}）`));
      }
    };
    xhr.send(form);
  });
}
