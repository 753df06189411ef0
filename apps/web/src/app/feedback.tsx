import AppContext, { type useAppProps } from 'antd/es/app/context';
import { lazy, type ReactNode, Suspense, useCallback, useContext, useState } from 'react';

type Feedback = useAppProps;

// Ant Design's message, notification and modal holders, with their dialog and form code, in a chunk of
// their own: the first page shows none of them.
const FeedbackHolders = lazy(() => import('./feedback-holders.js'));

/** A call made before the holders have arrived waits for them (nothing shows feedback that early). */
function deferred<K extends keyof Feedback>(ready: Promise<Feedback>, part: K): Feedback[K] {
  return new Proxy({} as Feedback[K], {
    get:
      (_target, method) =>
      (...args: unknown[]) => {
        void ready.then((feedback) =>
          (feedback[part] as Record<PropertyKey, (...a: unknown[]) => unknown>)[method]?.(...args),
        );
      },
  });
}

function pendingFeedback() {
  let arrive: (feedback: Feedback) => void = () => {};
  const ready = new Promise<Feedback>((resolve) => {
    arrive = resolve;
  });
  const value: Feedback = {
    message: deferred(ready, 'message'),
    notification: deferred(ready, 'notification'),
    modal: deferred(ready, 'modal'),
  };
  return { value, arrive };
}

/**
 * What Ant Design's `App` provides — `App.useApp()`'s message, notification and modal, themed and in
 * the active language — without its code on the first page: the context is there at once, the holders
 * follow in their own chunk, and the children are never re-mounted when they arrive.
 */
export function FeedbackProvider({ children }: { children: ReactNode }) {
  const [pending] = useState(pendingFeedback);
  const [feedback, setFeedback] = useState<Feedback>(pending.value);
  const onReady = useCallback(
    (ready: Feedback) => {
      pending.arrive(ready);
      setFeedback(ready);
    },
    [pending],
  );
  return (
    <AppContext.Provider value={feedback}>
      {children}
      <Suspense fallback={null}>
        <FeedbackHolders onReady={onReady} />
      </Suspense>
    </AppContext.Provider>
  );
}

/** `App.useApp()` for the first page's own components, which must not import Ant Design's `App`. */
export function useFeedback(): Feedback {
  return useContext(AppContext);
}
