import { parseMentions } from './mentions';
import { PEOPLE } from './spec-fixtures';

describe('parseMentions', () => {
  it('finds usernames and full names, ignoring case and diacritics', () => {
    const text = 'Nhờ @nguyenvanan và @le thi hoa, cả @ĐẶNG DŨNG nữa';
    const parsed = parseMentions(text, PEOPLE);
    expect(parsed.userIds).toEqual(['u-an', 'u-hoa', 'u-dung']);
    expect(parsed.all).toBe(false);
    expect(parsed.spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '@nguyenvanan',
      '@le thi hoa',
      '@ĐẶNG DŨNG',
    ]);
  });

  it('returns spans in the original text even when it was typed decomposed (NFD)', () => {
    const text = 'Chào @Lê Thị Hoa!'.normalize('NFD');
    const [span] = parseMentions(text, PEOPLE).spans;
    expect(text.slice(span!.start, span!.end)).toBe('@Lê Thị Hoa'.normalize('NFD'));
  });

  it('recognises @all and its Vietnamese forms', () => {
    expect(parseMentions('@all họp lúc 8h', PEOPLE).all).toBe(true);
    expect(parseMentions('Kính gửi @Tất cả', PEOPLE).all).toBe(true);
    expect(parseMentions('@mọi người ơi', PEOPLE)).toMatchObject({ all: true, userIds: [] });
    expect(parseMentions('@allo', PEOPLE).all).toBe(false);
  });

  it('prefers the longest name and needs a word boundary after it', () => {
    const people = [...PEOPLE, { userId: 'u-an2', username: 'an', fullName: 'Nguyễn Văn Anh' }];
    expect(parseMentions('@Nguyễn Văn Anh ơi', people).userIds).toEqual(['u-an2']);
    expect(parseMentions('@Nguyễn Văn An ơi', people).userIds).toEqual(['u-an']);
    expect(parseMentions('@an.', people).userIds).toEqual(['u-an2']);
    expect(parseMentions('@hoa.le', people).userIds).toEqual(['u-hoa']);
  });

  it('ignores an @ inside a word, unknown names and repeated mentions', () => {
    expect(parseMentions('gửi tới email@nguyenvanan nhé', PEOPLE).userIds).toEqual([]);
    expect(parseMentions('@someone @ @nguyenvanan @nguyenvanan', PEOPLE).userIds).toEqual(['u-an']);
    expect(parseMentions('(@dung)', PEOPLE).userIds).toEqual(['u-dung']);
  });

  it('mentions nobody for a name two members share, and reports it', () => {
    const twins = [
      { userId: 'a1', username: 'an1', fullName: 'Trần An' },
      { userId: 'a2', username: 'an2', fullName: 'Tran An' },
    ];
    expect(parseMentions('@tran an và @an2', twins)).toMatchObject({
      userIds: ['a2'],
      ambiguous: ['tran an'],
    });
  });

  it('keeps @all meaning everyone even if a username is "all"', () => {
    const parsed = parseMentions('@all', [{ userId: 'x', username: 'all', fullName: 'Người tên All' }]);
    expect(parsed).toMatchObject({ all: true, userIds: [], ambiguous: [] });
  });
});
