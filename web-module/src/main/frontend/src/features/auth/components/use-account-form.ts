import { useState, type FormEvent } from 'react';
import type * as z from 'zod/mini';
import { isApiProblem, userMessage } from '@/lib/api-problem';
import { toFormErrors, type FormErrors } from '../validation';

/** What a form makes of a refusal it knows; anything else is shown as the API's own message. */
export type Explanation = { fieldErrors: FormErrors } | { formError: string } | undefined;

interface AccountFormOptions<Schema extends z.ZodMiniType> {
  schema: Schema;
  submit: (values: z.infer<Schema>) => Promise<unknown>;
  explain: (error: unknown) => Explanation;
}

/**
 * The sign-in and register forms' shared behaviour: check the fields with zod before calling the API,
 * then put the API's refusal where it belongs (beside a field, or above the form).
 */
export function useAccountForm<Schema extends z.ZodMiniType>({
  schema,
  submit,
  explain,
}: AccountFormOptions<Schema>) {
  const [errors, setErrors] = useState<FormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = schema.safeParse(Object.fromEntries(new FormData(event.currentTarget)));
    if (!parsed.success) {
      setErrors(toFormErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    setFormError(null);
    try {
      await submit(parsed.data);
    } catch (error) {
      const explanation = explain(error);
      if (explanation && 'fieldErrors' in explanation) {
        setErrors(explanation.fieldErrors);
      } else if (explanation) {
        setFormError(explanation.formError);
      } else if (isApiProblem(error) && error.fieldErrors.length) {
        setErrors(toFormErrors(error.fieldErrors));
      } else {
        setFormError(userMessage(error));
      }
    }
  }

  return {
    errors,
    formError,
    onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
  };
}
