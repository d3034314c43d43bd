/**
 * Folds Vietnamese text for diacritics-insensitive search: "Đông Hà" and "dong ha" both give "dong ha".
 * NFD splits tone and vowel marks into combining characters; đ/Đ has no decomposition, so it is mapped by hand.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Canonical storage form of a human-entered name: NFC, single spaces, trimmed. */
export function normalizeName(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
