// The browser session: the gateway holds the token in an HttpOnly cookie; the page knows only who
// is logged in (`me`) and when the session ends (the login's expiresAt). When the token expires,
// or the gateway answers UNAUTHENTICATED, the page says so and goes back to the login page.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { Kind } from 'graphql';
import { Provider as UrqlProvider, type Client } from 'urql';
import { useNavigate } from 'react-router';
import { createClient, endSession } from '../api/client';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export type Me = MeQuery['me'];

const ME = graphql(`
  query Me {
    me {
      id
      role
      name
      username
      employerId
      district
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      accessToken
      expiresAt
      role
    }
  }
`);

const EXPIRES_KEY = 'points.session.expiresAt';

interface SessionValue {
  me: Me | undefined;
  loading: boolean;
  /** The last session ended because the token expired (shown on the login page). */
  expired: boolean;
  signedIn(expiresAt: string): Promise<Me | undefined>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);

function storedExpiry(): number | undefined {
  const value = window.sessionStorage.getItem(EXPIRES_KEY);
  const at = value ? Date.parse(value) : NaN;
  return Number.isNaN(at) ? undefined : at;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [me, setMe] = useState<Me | undefined>();
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  // A new client (an empty cache) for every session: nothing of one person is shown to the next.
  const [generation, setGeneration] = useState(0);
  const meRef = useRef<Me | undefined>(undefined);
  meRef.current = me;

  const expire = useCallback(() => {
    window.sessionStorage.removeItem(EXPIRES_KEY);
    setMe(undefined);
    setExpired(true);
    setGeneration((g) => g + 1);
    void endSession().catch(() => undefined);
    void navigate('/login', { replace: true });
  }, [navigate]);

  const client = useMemo<Client>(
    () =>
      createClient((operation) => {
        // A refused login is the login page's to show; anything else means the session is gone.
        const isLogin = operation.query.definitions.some(
          (d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Login',
        );
        if (!isLogin && (meRef.current || storedExpiry())) expire();
      }),
    [expire, generation],
  );

  const loadMe = useCallback(async (): Promise<Me | undefined> => {
    const answer = await client.query(ME, {}, { requestPolicy: 'network-only' }).toPromise();
    const who = answer.data?.me;
    setMe(who);
    return who;
  }, [client]);

  useEffect(() => {
    void loadMe().finally(() => setLoading(false));
  }, [loadMe]);

  // The session ends with the token: a timer for the expiry the login announced.
  useEffect(() => {
    if (!me) return;
    const at = storedExpiry();
    if (at === undefined) return;
    const timer = window.setTimeout(expire, Math.max(0, at - Date.now()));
    return () => window.clearTimeout(timer);
  }, [me, expire]);

  const value = useMemo<SessionValue>(
    () => ({
      me,
      loading,
      expired,
      async signedIn(expiresAt) {
        window.sessionStorage.setItem(EXPIRES_KEY, expiresAt);
        setExpired(false);
        return loadMe();
      },
      async signOut() {
        window.sessionStorage.removeItem(EXPIRES_KEY);
        await endSession().catch(() => undefined);
        setMe(undefined);
        setGeneration((g) => g + 1);
        void navigate('/login');
      },
    }),
    [me, loading, expired, loadMe, navigate],
  );
  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
