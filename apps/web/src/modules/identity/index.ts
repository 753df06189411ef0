import { createRoute } from '@tanstack/react-router';
import { lazyPage } from '../../app/lazy-page.js';
import type { ModuleParents } from '../../app/router.js';
import { optionalText, text } from '../../shared/search-params.js';

/** Accounts: signing up and in, e-mail confirmation, password reset, and one's own account. */
export function identityRoutes({ root, signedIn }: ModuleParents) {
  const signUp = createRoute({
    getParentRoute: () => root,
    path: '/sign-up',
    component: lazyPage('identity', () => import('./sign-up-page.js'), 'SignUpPage'),
  });
  const checkEmail = createRoute({
    getParentRoute: () => root,
    path: '/check-email',
    validateSearch: (search: Record<string, unknown>) => ({ email: text(search.email) }),
    component: lazyPage('identity', () => import('./check-email-page.js'), 'CheckEmailPage'),
  });
  const confirmEmail = createRoute({
    getParentRoute: () => root,
    path: '/confirm-email',
    validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
    component: lazyPage('identity', () => import('./confirm-email-page.js'), 'ConfirmEmailPage'),
  });
  const signIn = createRoute({
    getParentRoute: () => root,
    path: '/sign-in',
    validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
      redirect: optionalText(search.redirect),
    }),
    component: lazyPage('identity', () => import('./sign-in-page.js'), 'SignInPage'),
  });
  const forgotPassword = createRoute({
    getParentRoute: () => root,
    path: '/forgot-password',
    component: lazyPage('identity', () => import('./forgot-password-page.js'), 'ForgotPasswordPage'),
  });
  const resetPassword = createRoute({
    getParentRoute: () => root,
    path: '/reset-password',
    validateSearch: (search: Record<string, unknown>) => ({ token: text(search.token) }),
    component: lazyPage('identity', () => import('./reset-password-page.js'), 'ResetPasswordPage'),
  });
  const account = createRoute({
    getParentRoute: () => signedIn,
    path: '/account',
    component: lazyPage('identity', () => import('./account-page.js'), 'AccountPage'),
  });
  return { open: [signUp, checkEmail, confirmEmail, signIn, forgotPassword, resetPassword], signedIn: [account] };
}
