import { currentSession } from '../session/session';
import { ApiError, problemOf } from '../shared/problem';

function authorization(): Record<string, string> {
  const session = currentSession();
  return session ? { Authorization: `Bearer ${session.token}` } : {};
}

/**
 * Saves a file the API makes (XLSX, the printable notice). A plain link cannot carry the token,
 * so the file is fetched and handed to the browser under the name the API gives it.
 */
export async function download(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: authorization() });
  } catch (cause) {
    throw new ApiError(problemOf(0, null), cause);
  }
  if (!response.ok) throw new ApiError(problemOf(response.status, await response.json().catch(() => null)));
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
  const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Posts a file as multipart form data, reporting the share sent (0 to 100): fetch cannot tell
 * how much of a body has left, XMLHttpRequest can. `fields` go beside the file (an archive
 * document's kind and title). Resolves with the JSON answer.
 */
export function upload<T>(
  path: string,
  file: File,
  onProgress: (percent: number) => void,
  fields: Record<string, string> = {},
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', path);
    for (const [k, v] of Object.entries(authorization())) request.setRequestHeader(k, v);
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    request.onerror = () => reject(new ApiError(problemOf(0, null)));
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        // no JSON: the status alone says what happened
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else reject(new ApiError(problemOf(request.status, body)));
    };
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', file);
    request.send(form);
  });
}
