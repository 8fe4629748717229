// The word lists of the zxcvbn-ts language packages, imported one by one (see password-strength.ts):
// the packages type their index only.
declare module '@zxcvbn-ts/language-*/dist/translations.mjs' {
  const translations: { warnings: Record<string, string>; suggestions: Record<string, string> };
  export default translations;
}
declare module '@zxcvbn-ts/language-*.json.mjs' {
  const words: string[];
  export default words;
}
