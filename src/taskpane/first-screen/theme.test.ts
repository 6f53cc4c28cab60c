import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { FIRST_SCREEN_TOKENS, themeRules } from './theme';

describe("the first screen's Fluent token values", () => {
  it("are Fluent's webLightTheme and webDarkTheme values", () => {
    for (const [name, [light, dark]] of Object.entries(FIRST_SCREEN_TOKENS)) {
      const key = name as keyof typeof webLightTheme;
      expect([name, light]).toEqual([name, String(webLightTheme[key])]);
      expect([name, dark]).toEqual([name, String(webDarkTheme[key])]);
    }
  });

  it('become custom properties, the dark ones under data-theme="dark"', () => {
    const css = themeRules('.p');
    const [light, dark] = css.split('.p[data-theme="dark"]');
    expect(light).toMatch(/^\.p\{--/);
    expect(light).toContain('--colorNeutralBackground1:#ffffff;');
    expect(light).toContain('--fontSizeBase300:14px;');
    expect(dark).toMatch(/^\{--/);
    expect(dark).toContain('--colorNeutralBackground1:#292929;');
    expect(dark).not.toContain('--fontSizeBase300');
  });
});
