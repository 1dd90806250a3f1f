import { App as AntApp, Button, ConfigProvider, Layout, Segmented, Spin, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { LanguageProvider, useLanguage, type Language } from '../i18n/language';
import { enumLabel } from '../i18n/enums';
import { SessionProvider, useSession } from './session';
import { THEME } from './theme';
import type { AccountRole } from '../gql/graphql';
import 'dayjs/locale/zh-cn';

// Public pages load at once; each role's pages when first opened.
import { SimulatePage } from '../features/simulate/SimulatePage';
import { LoginPage } from '../features/login/LoginPage';
import { HomePage } from './HomePage';
const RegisterPage = lazy(() => import('../features/register/RegisterPage'));
const VerifyNoticePage = lazy(() => import('../features/verify-notice/VerifyNoticePage'));
const loadEmployerPage = () => import('../features/employer/EmployerPage');
const loadApplicantPage = () => import('../features/applicant/ApplicantPage');
const EmployerPage = lazy(loadEmployerPage);
// The district centre's and the city verifier's pages.
const ReviewQueuePage = lazy(() => import('../features/review-queue/ReviewQueuePage'));
const OfficerApplicationPage = lazy(() => import('../features/officer-application/OfficerApplicationPage'));
const RegistrationReviewPage = lazy(() => import('../features/registrations-review/RegistrationReviewPage'));
const PasswordResetPage = lazy(() => import('../features/password-reset/PasswordResetPage'));
const SupervisorPage = lazy(() => import('../features/supervisor/SupervisorPage'));
const VerifierPage = lazy(() => import('../features/verifier/VerifierPage'));
const ApplicantPage = lazy(loadApplicantPage);
// Opened at a role's page (a bookmark, the SMS link): fetch its code while the session is checked.
if (window.location.pathname.startsWith('/applicant')) void loadApplicantPage();
if (window.location.pathname.startsWith('/employer')) void loadEmployerPage();

/** A page for some roles only: anyone else is sent home (deny by default). */
function RequireRole({ role, children }: { role: AccountRole | AccountRole[]; children: ReactNode }) {
  const { me, loading } = useSession();
  const location = useLocation();
  if (loading) return <Spin />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (!(Array.isArray(role) ? role : [role]).includes(me.role)) return <Navigate to="/" replace />;
  return <>{children}</>;
}

function Shell() {
  const { t, language, setLanguage } = useLanguage();
  const { me, signOut } = useSession();
  const location = useLocation();
  const items = [
    { key: '/simulate', text: t('nav.simulate') },
    { key: '/register', text: t('nav.register') },
    { key: '/verify', text: t('nav.verify') },
    ...(me?.role === 'EMPLOYER_HR' ? [{ key: '/employer', text: t('nav.employer') }] : []),
    ...(me?.role === 'APPLICANT' ? [{ key: '/applicant', text: t('nav.applicant') }] : []),
    ...(me?.role === 'CENTRE_OFFICER'
      ? [
          { key: '/centre', text: t('nav.queue') },
          { key: '/registrations', text: t('nav.registrations') },
          { key: '/password-reset', text: t('nav.passwordReset') },
        ]
      : []),
    ...(me?.role === 'CENTRE_SUPERVISOR' ? [{ key: '/supervisor', text: t('nav.supervisor') }] : []),
    ...(me?.role === 'CITY_VERIFIER' ? [{ key: '/verification-tasks', text: t('nav.verifier') }] : []),
  ].map((item) => ({
    key: item.key,
    label: (
      <Link to={item.key} aria-current={location.pathname.startsWith(item.key) ? 'page' : undefined}>
        {item.text}
      </Link>
    ),
  }));
  const selected = items.find((i) => location.pathname.startsWith(i.key))?.key;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Layout.Header className="points-header">
        <Link to="/" className="points-title">
          {t('app.title')}
        </Link>
        {/* Plain links, not Ant Design's Menu: its overflow measuring keeps hidden focusable copies
            (axe: aria-hidden-focus) and a phone-width header should wrap, not fold. */}
        <nav aria-label={t('nav.label')} className="points-nav">
          <ul>
            {items.map((item) => (
              <li key={item.key} className={item.key === selected ? 'points-nav-current' : undefined}>
                {item.label}
              </li>
            ))}
          </ul>
        </nav>
        <div className="points-header-tools">
          <Segmented<Language>
            aria-label={t('nav.language')}
            value={language}
            onChange={setLanguage}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'English' },
            ]}
          />
          {me ? (
            <>
              <span data-testid="who">
                {me.name}（{enumLabel('AccountRole', me.role, language)}）
              </span>
              <Button onClick={() => void signOut()}>{t('nav.logout')}</Button>
            </>
          ) : (
            <Link to="/login">{t('nav.login')}</Link>
          )}
        </div>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="points-content">
        <Suspense fallback={<Spin />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/simulate" element={<SimulatePage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/verify" element={<VerifyNoticePage />} />
            <Route path="/verify/:code" element={<VerifyNoticePage />} />
            {/* The link in the notice's QR code (PUBLIC_CONSOLE_URL/verify-notice?code=...). */}
            <Route path="/verify-notice" element={<VerifyNoticePage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route
              path="/employer/*"
              element={
                <RequireRole role="EMPLOYER_HR">
                  <EmployerPage />
                </RequireRole>
              }
            />
            <Route
              path="/applicant/*"
              element={
                <RequireRole role="APPLICANT">
                  <ApplicantPage />
                </RequireRole>
              }
            />
            <Route
              path="/centre"
              element={
                <RequireRole role="CENTRE_OFFICER">
                  <ReviewQueuePage />
                </RequireRole>
              }
            />
            <Route
              path="/centre/applications/:id"
              element={
                <RequireRole role={['CENTRE_OFFICER', 'CENTRE_SUPERVISOR']}>
                  <OfficerApplicationPage />
                </RequireRole>
              }
            />
            <Route
              path="/registrations"
              element={
                <RequireRole role="CENTRE_OFFICER">
                  <RegistrationReviewPage />
                </RequireRole>
              }
            />
            <Route
              path="/password-reset"
              element={
                <RequireRole role="CENTRE_OFFICER">
                  <PasswordResetPage />
                </RequireRole>
              }
            />
            <Route
              path="/supervisor"
              element={
                <RequireRole role="CENTRE_SUPERVISOR">
                  <SupervisorPage />
                </RequireRole>
              }
            />
            <Route
              path="/verification-tasks"
              element={
                <RequireRole role="CITY_VERIFIER">
                  <VerifierPage />
                </RequireRole>
              }
            />
            <Route path="*" element={<Typography.Paragraph>{t('app.notFound')}</Typography.Paragraph>} />
          </Routes>
        </Suspense>
      </Layout.Content>
      <Layout.Footer className="points-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}

function Localised() {
  const { language } = useLanguage();
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      theme={THEME}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <BrowserRouter>
          <SessionProvider>
            <Shell />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <LanguageProvider>
      <Localised />
    </LanguageProvider>
  );
}
