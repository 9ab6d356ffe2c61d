import { reissueApplicationForm, type ReissueApplication, type ReissueApplicationInput } from './form';

/** The form's text fields, by name (the photo is its own part). */
export const FORM_FIELDS = Object.keys(reissueApplicationForm.shape) as Array<keyof ReissueApplicationInput>;

/** The posted text fields as entered (a missing one is empty; files and unknown names are ignored). */
export function enteredFields(form: FormData): ReissueApplicationInput {
  const entries = FORM_FIELDS.map((name) => {
    const value = form.get(name);
    return [name, typeof value === 'string' ? value : ''];
  });
  return Object.fromEntries(entries) as ReissueApplicationInput;
}

/** What a draft row keeps (`form`, JSON) read back: the entered fields, or null when unusable. */
export function draftInput(stored: string | null): ReissueApplicationInput | null {
  if (!stored) return null;
  try {
    const value = JSON.parse(stored) as Record<string, unknown>;
    const entries = FORM_FIELDS.map((name) => [name, typeof value[name] === 'string' ? value[name] : '']);
    return Object.fromEntries(entries) as ReissueApplicationInput;
  } catch {
    return null;
  }
}

/** The draft's application as it will be stored (normalised), or null when it no longer parses. */
export function draftApplication(stored: string | null): ReissueApplication | null {
  const input = draftInput(stored);
  if (!input) return null;
  const parsed = reissueApplicationForm.safeParse(input);
  return parsed.success ? parsed.data : null;
}
