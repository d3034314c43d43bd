import { canBeChildOf, cleanUnitName } from './unit-kind';
import { foldForSearch } from '../common/text';

describe('unit kinds', () => {
  it('allows a commune under a district or directly under a province (two-tier shape)', () => {
    expect(canBeChildOf('commune', 'district')).toBe(true);
    expect(canBeChildOf('commune', 'province')).toBe(true);
    expect(canBeChildOf('village', 'commune')).toBe(true);
  });

  it('refuses shapes the hierarchy never has', () => {
    expect(canBeChildOf('village', 'district')).toBe(false);
    expect(canBeChildOf('district', 'commune')).toBe(false);
    expect(canBeChildOf('commune', null)).toBe(false);
    expect(canBeChildOf('province', null)).toBe(true);
  });
});

describe('cleanUnitName', () => {
  it('collapses double spaces', () => {
    expect(cleanUnitName('Xã  A Dơi')).toBe('Xã A Dơi');
  });

  it('puts the administrative prefix in sentence case', () => {
    expect(cleanUnitName('Thị Trấn Ái Tử')).toBe('Thị trấn Ái Tử');
    expect(cleanUnitName('Thành Phố Đông Hà')).toBe('Thành phố Đông Hà');
  });

  it('uses the local spelling Đakrông', () => {
    expect(cleanUnitName('Huyện Đa Krông')).toBe('Huyện Đakrông');
  });

  it('normalises decomposed input to NFC', () => {
    const decomposed = 'Xã Gio Linh'.normalize('NFD');
    expect(cleanUnitName(decomposed)).toBe('Xã Gio Linh'.normalize('NFC'));
  });
});

describe('foldForSearch', () => {
  it('folds Vietnamese diacritics and đ', () => {
    expect(foldForSearch('Thành phố Đông Hà')).toBe('thanh pho dong ha');
    expect(foldForSearch('đông hà')).toBe(foldForSearch('DONG HA'));
    expect(foldForSearch('Tỉnh  Quảng Trị')).toBe('tinh quang tri');
  });
});
