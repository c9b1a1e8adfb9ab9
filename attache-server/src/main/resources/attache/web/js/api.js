// Talks to the server's JSON API. Every failure becomes an ApiError carrying the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function url(path, params = {}) {
  const u = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') {
      u.searchParams.set(k, v);
    }
  }
  return u;
}

async function answer(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.message ? body.message : `${response.status} ${response.statusText}`;
    throw new ApiError(response.status, message);
  }
  return {body, response};
}

/** GET a JSON route; resolves to the parsed body. */
export async function getJson(path, params = {}) {
  const response = await fetch(url(path, params), {headers: {Accept: 'application/json'}});
  return (await answer(response)).body;
}

/** POST an article; resolves to {body, response}. */
export async function postArticle(body, contentType, token, params = {}) {
  const headers = {'Content-Type': contentType, Accept: 'application/json'};
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(url('/api/articles', params), {method: 'POST', headers, body});
  return answer(response);
}
