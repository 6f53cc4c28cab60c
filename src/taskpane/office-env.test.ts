import { langFrom, luminance, themeKindFrom } from './office-env';

describe('office environment', () => {
  it('uses Japanese for a Japanese display language, English otherwise', () => {
    expect(langFrom({ displayLanguage: 'ja-JP' })).toBe('ja');
    expect(langFrom({ displayLanguage: 'en-US' })).toBe('en');
    expect(langFrom({ displayLanguage: 'fr-FR' })).toBe('en');
    expect(langFrom({})).toBe('ja');
  });
  it('picks the dark theme for dark Office backgrounds', () => {
    expect(themeKindFrom({ officeTheme: { bodyBackgroundColor: '#262626' } })).toBe('dark');
    expect(themeKindFrom({ officeTheme: { bodyBackgroundColor: '#000000' } })).toBe('dark');
    expect(themeKindFrom({ officeTheme: { bodyBackgroundColor: '#FFFFFF' } })).toBe('light');
    expect(themeKindFrom({ officeTheme: { bodyBackgroundColor: '#E6E6E6' } })).toBe('light');
    expect(themeKindFrom({ officeTheme: null })).toBe('light');
    expect(themeKindFrom(undefined)).toBe('light');
  });
  it('reads short and long hex colours', () => {
    expect(luminance('#fff')).toBeCloseTo(1);
    expect(luminance('000000')).toBe(0);
    expect(luminance('red')).toBeNull();
  });
});
