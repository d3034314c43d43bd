import { messagePreview, previewLine, PREVIEW_MAX } from './preview';
import { matchesMessageSearch, messageSearchTerms, searchableText, searchLikePattern } from './search';
import { AT, message } from './spec-fixtures';

describe('search', () => {
  const poll = {
    question: 'Tập huấn ở đâu?',
    options: [
      { id: 'o1', text: 'Nhà văn hóa thôn' },
      { id: 'o2', text: 'Trụ sở UBND xã' },
    ],
    multiple: false,
    deadline: AT,
  };

  it('folds text, poll question and options without case or diacritics', () => {
    expect(searchableText(message({ text: 'Thông báo: Họp   Tổ', poll }))).toBe(
      'thong bao: hop to tap huan o dau? nha van hoa thon tru so ubnd xa',
    );
    expect(searchableText(message({ text: 'bí mật', deletedAt: AT }))).toBe('');
  });

  it('matches when every term occurs, whatever the accents typed', () => {
    const folded = searchableText(message({ text: 'Hướng dẫn cài đặt VNeID cho người dân thôn Đông' }));
    expect(matchesMessageSearch(folded, messageSearchTerms('vneid DONG'))).toBe(true);
    expect(matchesMessageSearch(folded, messageSearchTerms('huong dan'))).toBe(true);
    expect(matchesMessageSearch(folded, messageSearchTerms('Hướng   dẫn'.normalize('NFD')))).toBe(true);
    expect(matchesMessageSearch(folded, messageSearchTerms('zalo'))).toBe(false);
    expect(matchesMessageSearch(folded, messageSearchTerms('  '))).toBe(false);
  });

  it('keeps distinct terms, at most eight', () => {
    expect(messageSearchTerms('a b a c')).toEqual(['a', 'b', 'c']);
    expect(messageSearchTerms('1 2 3 4 5 6 7 8 9 10')).toHaveLength(8);
  });

  it('escapes LIKE wildcards', () => {
    expect(searchLikePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});

describe('messagePreview', () => {
  it('gives one line of text, the poll question for a text-less poll, and nothing for a deleted message', () => {
    expect(messagePreview(message({ text: 'Dòng 1\n\nDòng   2' }))).toEqual({
      seq: 5,
      kind: 'text',
      text: 'Dòng 1 Dòng 2',
      authorId: 'alice',
      createdAt: AT,
    });
    const poll = { question: 'Họp ngày nào?', options: [], multiple: false, deadline: AT };
    expect(messagePreview(message({ text: '', poll }))).toMatchObject({
      kind: 'poll',
      text: 'Họp ngày nào?',
    });
    expect(messagePreview(message({ text: 'Bình chọn nhé', poll }))).toMatchObject({
      kind: 'poll',
      text: 'Bình chọn nhé',
    });
    expect(messagePreview(message({ text: '', deletedAt: AT }))).toMatchObject({ kind: 'deleted', text: '' });
    const system = {
      type: 'task_reminder' as const,
      taskId: 't',
      taskTitle: 'x',
      dueAt: AT,
      stage: 'upcoming' as const,
    };
    expect(messagePreview(message({ author: { kind: 'system' }, system, text: 'Nhắc việc' }))).toMatchObject({
      kind: 'system',
      authorId: null,
    });
  });

  it('cuts long text on a character with an ellipsis', () => {
    const line = previewLine('😀'.repeat(PREVIEW_MAX + 5));
    expect([...line]).toHaveLength(PREVIEW_MAX);
    expect(line.endsWith('…')).toBe(true);
    expect(previewLine('ngắn')).toBe('ngắn');
  });
});
