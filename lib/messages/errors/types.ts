/** The shape of a catalogue entry. Browser-safe: no imports. */

export type Text = { ja: string; en: string };
export type Cause = { cause: Text; remedy: Text; steps?: Text[] };
/** Values for `{name}` placeholders. */
export type Params = Record<string, string | number>;

export type ErrorEntry = {
  /** Where it appears, e.g. { ja: 'QRコード読み取り', en: 'QR entry' }. */
  where: Text;
  /** The first line shown to the user; placeholders as {n}, {rpHost}. */
  text: Text;
  /**
   * Example values for the placeholders in `text` and `detail`, shown where the entry appears out of
   * context (the help page). Every entry with a `{name}` placeholder has one (errors.test.ts).
   */
  exampleParams?: Params;
  /** Extra short lines shown under the text: what to do next. */
  detail?: Text[];
  /** Causes → remedies (the support console shows these). */
  causes: Cause[];
  /** How support staff and testers reproduce it (incl. virtual authenticator hints). */
  reproduce: Text;
  /** True when the Japanese text is verbatim from the manual. */
  manual?: boolean;
  /**
   * The way forward is a QR code re-issue (FAQ Q5): wherever the entry is shown, a link to
   * /reissue follows it. errors.test.ts keeps it equal to "a remedy or detail speaks of 再発行".
   */
  reissue?: true;
};
