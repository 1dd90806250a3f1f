export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL operation the way a browser or another service would. */
export async function graphqlRequest<T = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // Apollo's CSRF prevention wants a preflight-forcing header on simple requests.
      'apollo-require-preflight': 'true',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables ?? {} }),
  });
  const text = await response.text();
  let body: Omit<GraphQLResponse<T>, 'status'>;
  try {
    body = JSON.parse(text) as Omit<GraphQLResponse<T>, 'status'>;
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, ...body };
}

/** The `extensions.code` of each error, for assertions a reader can follow. */
export function errorCodes(response: GraphQLResponse): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}
