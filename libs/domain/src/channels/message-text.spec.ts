import { checkMessageText, MESSAGE_TEXT_MAX, normalizeMessageText, textLength } from './message-text';

describe('message text', () => {
  it('stores NFC, LF line breaks, no stray control characters, trimmed, keeping inner blank lines', () => {
    const decomposed = 'Thôn'.normalize('NFD');
    expect(normalizeMessageText(`  ${decomposed}\r\nhọp\rlúc 8h\u0007\n\n  ok \t `)).toBe(
      'Thôn\nhọp\nlúc 8h\n\n  ok',
    );
    expect(normalizeMessageText(decomposed)).toBe('Thôn'.normalize('NFC'));
  });

  it('counts characters, not UTF-16 units', () => {
    expect(textLength('👍👍')).toBe(2);
    expect(textLength('Đông Hà')).toBe(7);
  });

  it('refuses empty text unless allowed, and text over the limit', () => {
    expect(checkMessageText(' \n ', { allowEmpty: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(checkMessageText(' \n ', { allowEmpty: true })).toEqual({ ok: true, value: '' });
    expect(checkMessageText('a'.repeat(MESSAGE_TEXT_MAX), { allowEmpty: false }).ok).toBe(true);
    expect(checkMessageText('👍'.repeat(MESSAGE_TEXT_MAX), { allowEmpty: false }).ok).toBe(true);
    expect(checkMessageText('a'.repeat(MESSAGE_TEXT_MAX + 1), { allowEmpty: false })).toMatchObject({
      ok: false,
      error: { details: { length: MESSAGE_TEXT_MAX + 1, max: MESSAGE_TEXT_MAX } },
    });
  });
});
