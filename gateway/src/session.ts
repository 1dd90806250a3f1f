import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';

/** The console's session cookie: the access token, HttpOnly so no script of the page can read it. */
export const SESSION_COOKIE = 'points_session';
/** Sent by the console: "keep my login in the cookie". Non-simple, so a request with it is preflighted. */
export const SESSION_HEADER = 'points-session';
export const LOGOUT_PATH = '/session/logout';

export function cookieOf(req: { headers: { cookie?: string } }, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface SessionCookieOptions {
  /** Secure outside development (https in production; Chromium treats localhost as secure too). */
  secure: boolean;
}

function cookieAttributes(options: SessionCookieOptions): string {
  return `Path=/; HttpOnly; SameSite=Strict${options.secure ? '; Secure' : ''}`;
}

export function sessionCookie(token: string, expiresAt: Date, options: SessionCookieOptions): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000));
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Max-Age=${maxAge}; ${cookieAttributes(options)}`;
}

export function clearedSessionCookie(options: SessionCookieOptions): string {
  return `${SESSION_COOKIE}=; Max-Age=0; ${cookieAttributes(options)}`;
}

/**
 * CSRF for cookie-authenticated calls: SameSite=Strict keeps other sites' requests from carrying the
 * cookie, and a request must also be one a form or an <img> cannot make (JSON body, or the
 * console's header), so a browser would have preflighted it.
 */
export function isPreflightedRequest(req: express.Request): boolean {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return (
    type === 'application/json' ||
    req.headers[SESSION_HEADER] !== undefined ||
    req.headers['apollo-require-preflight'] !== undefined
  );
}

interface SessionContext {
  /** The request asked for a cookie session (the console's header). */
  cookieSession?: boolean;
}

/**
 * Turns a successful `login` of a cookie-session request into the session cookie and blanks the
 * token in the answer, so the page never holds it. API clients (no header) get the token as before.
 */
export function loginCookiePlugin(
  options: SessionCookieOptions,
): ApolloServerPlugin<SessionContext & object> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ contextValue, operation, response }) {
          if (!contextValue.cookieSession || operation?.operation !== OperationTypeNode.MUTATION)
            return Promise.resolve();
          if (response.body.kind !== 'single') return Promise.resolve();
          const data = response.body.singleResult.data;
          for (const key of loginResponseKeys(operation)) {
            const login = data?.[key] as { accessToken?: unknown; expiresAt?: unknown } | null | undefined;
            if (typeof login?.accessToken !== 'string' || typeof login.expiresAt !== 'string') continue;
            response.http.headers.set(
              'set-cookie',
              sessionCookie(login.accessToken, new Date(login.expiresAt), options),
            );
            login.accessToken = '';
          }
          return Promise.resolve();
        },
      });
    },
  };
}

function loginResponseKeys(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((s) =>
    s.kind === Kind.FIELD && s.name.value === 'login' ? [s.alias?.value ?? s.name.value] : [],
  );
}
