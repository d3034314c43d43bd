/** Text in both UI languages: Vietnamese first (what officials read), English second. */
export interface LocalizedText {
  vi: string;
  en: string;
}
