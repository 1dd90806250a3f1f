// A GraphQL client for the gateway as a browser would use it: one POST per operation, the bearer
// token of whoever acts. Shared by `npm run demo` and the journey e2e suite (test/e2e).

export interface GraphQLErrorBody {
  message: string;
  path?: unknown[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

/** An operation answered with errors: their codes (`extensions.code`) and the first message. */
export class GatewayError extends Error {
  constructor(
    readonly operation: string,
    readonly result: GraphQLResult<unknown>,
  ) {
    super(
      `${operation}: ${(result.errors ?? []).map((e) => `[${String(e.extensions?.code)}] ${e.message}`).join('; ') || `HTTP ${result.status}`}`,
    );
  }

  get codes(): string[] {
    return (this.result.errors ?? []).map((e) => String(e.extensions?.code));
  }

  /** `extensions.field` of the first error that names one. */
  get field(): string | undefined {
    const field = (this.result.errors ?? []).find((e) => typeof e.extensions?.field === 'string')?.extensions
      ?.field;
    return typeof field === 'string' ? field : undefined;
  }
}

function operationName(query: string): string {
  return /\b(query|mutation)\s*(\w+)?[^{]*\{\s*(\w+)/.exec(query)?.[3] ?? 'operation';
}

export class GatewayClient {
  constructor(readonly url: string) {}

  /** The raw answer: data and errors as the gateway sent them. */
  async send<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // Apollo's CSRF prevention wants a preflight-forcing header on simple requests.
        'apollo-require-preflight': 'true',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLResult<T>, 'status'>) };
    } catch {
      return { status: response.status, errors: [{ message: text.slice(0, 500) }] };
    }
  }

  /** The data, or a GatewayError naming the operation and each error's code. */
  async request<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const result = await this.send<T>(query, variables, token);
    if (result.errors?.length || !result.data) throw new GatewayError(operationName(query), result);
    return result.data;
  }

  /** `login` as a person does it; returns the access token. */
  async login(username: string, password: string): Promise<string> {
    const data = await this.request<{ login: { accessToken: string } }>(
      `mutation Login($username: String!, $password: String!) {
         login(username: $username, password: $password) { accessToken }
       }`,
      { username, password },
    );
    return data.login.accessToken;
  }
}

/**
 * Polls until `check` returns something other than undefined/false (an error counts as "not yet"),
 * or fails after `timeoutMs` naming what it waited for and the last error.
 */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  // Generous: on a busy 2-core machine (CI runs suites side by side) registry work can take a minute.
  timeoutMs = 90_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  const reason = last instanceof Error ? ` (last error: ${last.message})` : '';
  throw new Error(`Gave up after ${timeoutMs / 1000} s waiting for ${what}${reason}`);
}
