import { useMutation } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { ProblemAlert, placeFieldProblems } from './problem.js';

type FormSubmitOptions<TValues, TResult> = {
  form: FormInstance<TValues>;
  /** The API field paths this form shows next to its fields (`email`, `name.ru`). */
  fieldPaths: readonly string[];
  submit: (values: TValues) => Promise<TResult>;
  onSuccess?: (result: TResult, values: TValues) => unknown;
  /** Called after the field problems are placed, e.g. to reload what someone else changed (409). */
  onError?: (error: Error, values: TValues) => unknown;
};

/**
 * Sends a form to the API: field problems go next to their fields, the summary (`detail`) above
 * the form.
 */
export function useFormSubmit<TValues, TResult>({
  form,
  fieldPaths,
  submit,
  onSuccess,
  onError,
}: FormSubmitOptions<TValues, TResult>) {
  const [unplacedMessages, setUnplacedMessages] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: submit,
    onMutate: () => setUnplacedMessages([]),
    onError: (error, values) => {
      setUnplacedMessages(placeFieldProblems(form, error, fieldPaths));
      return onError?.(error, values);
    },
    onSuccess,
  });
  return {
    submit: mutation.mutate,
    isSubmitting: mutation.isPending,
    isSuccess: mutation.isSuccess,
    submittedValues: mutation.variables,
    error: mutation.error,
    reset: mutation.reset,
    problemAlert: <ProblemAlert error={mutation.error} extraMessages={unplacedMessages} />,
  };
}
