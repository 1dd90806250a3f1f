// Component tests render a page with the real providers (language, Ant Design locale, router,
// session, urql) and answer its GraphQL requests with a scripted gateway: `answers` maps an
// operation name to the JSON body the gateway would send.
import { render, type RenderResult } from '@testing-library/react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { SessionProvider } from '../app/session';
import { LanguageProvider } from '../i18n/language';

export type Answer = {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
};

export interface ScriptedGateway {
  /** Every request's operation name and variables, in order. */
  calls: Array<{ operationName: string; variables: Record<string, unknown> }>;
}

export function renderPage(
  page: ReactNode,
  answers: Record<string, Answer | ((variables: Record<string, unknown>) => Answer)>,
  route = '/',
): RenderResult & ScriptedGateway {
  const calls: ScriptedGateway['calls'] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init: RequestInit) => {
      const body = JSON.parse(init.body as string) as {
        operationName: string;
        variables: Record<string, unknown>;
      };
      calls.push({ operationName: body.operationName, variables: body.variables });
      const answer = answers[body.operationName];
      const json =
        typeof answer === 'function'
          ? answer(body.variables)
          : (answer ?? { errors: [{ message: 'Not logged in', extensions: { code: 'UNAUTHENTICATED' } }] });
      return Promise.resolve(
        new Response(JSON.stringify(json), { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    }),
  );
  const result = render(
    <LanguageProvider language="zh">
      <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
        <MemoryRouter initialEntries={[route]}>
          <SessionProvider>{page}</SessionProvider>
        </MemoryRouter>
      </ConfigProvider>
    </LanguageProvider>,
  );
  return Object.assign(result, { calls });
}
