import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import { type ReactNode, useMemo, useSyncExternalStore } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiError } from '../shared/api-client.js';
import { FeedbackProvider } from './feedback.js';
import { i18n } from './i18n.js';
import { antdLocaleFor } from './locale.js';
import { useLocale } from './use-interface-locale.js';

const SYSTEM_FONTS = [
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  '"Noto Sans"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  'sans-serif',
].join(', ');

/**
 * Colours darker than Ant Design's defaults, so that text and links keep a 4.5:1 contrast; the status
 * backgrounds are given too, because tags and alerts write the status colour on them.
 */
const theme: ThemeConfig = {
  token: {
    fontFamily: SYSTEM_FONTS,
    colorPrimary: '#0958d9',
    colorPrimaryHover: '#0747b6',
    colorPrimaryActive: '#003a99',
    colorLink: '#0958d9',
    colorLinkHover: '#0747b6',
    colorLinkActive: '#003a99',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    colorError: '#c41d1d',
    colorErrorBg: '#fff1f0',
    colorSuccess: '#2f7d0c',
    colorSuccessBg: '#f6ffed',
    colorSuccessBorder: '#b7eb8f',
    colorWarning: '#995c00',
    colorWarningBg: '#fffbe6',
    colorInfo: '#0958d9',
    colorInfoBg: '#e6f4ff',
    borderRadius: 6,
  },
};

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // A refusal or a missing record will not change by asking again.
        retry: (failureCount, error) =>
          failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Whether the person asked their system for less motion; followed as it changes. */
function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = window.matchMedia(REDUCED_MOTION);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => window.matchMedia(REDUCED_MOTION).matches,
  );
}

function LocalizedAntd({ children }: { children: ReactNode }) {
  const locale = useLocale();
  // Ant Design's animations (messages fading in, menus sliding) off for whoever prefers less motion.
  const reducedMotion = usePrefersReducedMotion();
  const themed = useMemo(() => ({ ...theme, token: { ...theme.token, motion: !reducedMotion } }), [reducedMotion]);
  return (
    <ConfigProvider locale={antdLocaleFor(locale)} theme={themed}>
      <FeedbackProvider>{children}</FeedbackProvider>
    </ConfigProvider>
  );
}

export function Providers({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
