import { Alert, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api-client.js';

/** Turns an API field path (`name.ru`, `items.0.title`) into an Ant Design name path. */
function namePath(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the field problems of an API error on the form's fields and returns the ones that belong to no
 * field of this form, so that they can be shown with the error's summary.
 */
export function placeFieldProblems(form: FormInstance, error: unknown, fieldPaths: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  const known = error.fieldProblems.filter((problem) => fieldPaths.includes(problem.path));
  form.setFields(known.map((problem) => ({ name: namePath(problem.path), errors: [problem.message] })));
  return error.fieldProblems.filter((problem) => !fieldPaths.includes(problem.path)).map((problem) => problem.message);
}

/** The summary of a failed request: the API's `detail` in the reader's language. */
export function ProblemAlert({ error, extraMessages = [] }: { error: unknown; extraMessages?: string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = error instanceof ApiError ? error.detail : t('problem.unexpected', { status: 0 });
  return (
    <Alert
      type="error"
      showIcon
      className="problem-alert"
      title={detail}
      description={
        extraMessages.length > 0 ? (
          <ul className="problem-list">
            {extraMessages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
