/**
 * The Fluent UI tokens the first screen draws with, as CSS custom properties of the same names
 * (--colorBrandBackground…), with the values of Fluent's webLightTheme and webDarkTheme: the first
 * screen is plain DOM and CSS and does not load Fluent (nor its dark theme) to look like it.
 * theme.test.ts checks every value against Fluent's themes.
 */
export type ThemeKind = 'light' | 'dark';

/** Token → [light, dark]. */
export const FIRST_SCREEN_TOKENS = {
  fontFamilyBase: [
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
    "'Segoe UI', 'Segoe UI Web (West European)', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', sans-serif",
  ],
  fontSizeBase200: ['12px', '12px'],
  fontSizeBase300: ['14px', '14px'],
  fontSizeBase500: ['20px', '20px'],
  lineHeightBase200: ['16px', '16px'],
  lineHeightBase300: ['20px', '20px'],
  lineHeightBase500: ['28px', '28px'],
  fontWeightRegular: ['400', '400'],
  fontWeightSemibold: ['600', '600'],
  spacingVerticalXXS: ['2px', '2px'],
  spacingVerticalXS: ['4px', '4px'],
  spacingVerticalSNudge: ['6px', '6px'],
  spacingVerticalS: ['8px', '8px'],
  spacingVerticalM: ['12px', '12px'],
  spacingHorizontalXS: ['4px', '4px'],
  spacingHorizontalS: ['8px', '8px'],
  spacingHorizontalM: ['12px', '12px'],
  borderRadiusMedium: ['4px', '4px'],
  borderRadiusCircular: ['10000px', '10000px'],
  strokeWidthThin: ['1px', '1px'],
  strokeWidthThick: ['2px', '2px'],
  durationUltraFast: ['50ms', '50ms'],
  durationFaster: ['100ms', '100ms'],
  durationNormal: ['200ms', '200ms'],
  curveEasyEase: ['cubic-bezier(0.33,0,0.67,1)', 'cubic-bezier(0.33,0,0.67,1)'],
  curveAccelerateMid: ['cubic-bezier(1,0,1,1)', 'cubic-bezier(1,0,1,1)'],
  curveDecelerateMid: ['cubic-bezier(0,0,0,1)', 'cubic-bezier(0,0,0,1)'],
  colorNeutralBackground1: ['#ffffff', '#292929'],
  colorNeutralBackground1Hover: ['#f5f5f5', '#3d3d3d'],
  colorNeutralBackground1Pressed: ['#e0e0e0', '#1f1f1f'],
  colorNeutralForeground1: ['#242424', '#ffffff'],
  colorNeutralForeground1Hover: ['#242424', '#ffffff'],
  colorNeutralForeground1Pressed: ['#242424', '#ffffff'],
  colorNeutralForeground2: ['#424242', '#d6d6d6'],
  colorNeutralForeground2Hover: ['#242424', '#ffffff'],
  colorNeutralForeground2Pressed: ['#242424', '#ffffff'],
  colorNeutralForeground3: ['#616161', '#adadad'],
  colorNeutralStroke1: ['#d1d1d1', '#666666'],
  colorNeutralStroke1Hover: ['#c7c7c7', '#757575'],
  colorNeutralStroke1Pressed: ['#b3b3b3', '#6b6b6b'],
  colorNeutralStroke2: ['#e0e0e0', '#525252'],
  colorNeutralStrokeAccessible: ['#616161', '#adadad'],
  colorNeutralStrokeAccessibleHover: ['#575757', '#bdbdbd'],
  colorNeutralStrokeAccessiblePressed: ['#4d4d4d', '#b3b3b3'],
  colorNeutralStrokeDisabled: ['#e0e0e0', '#424242'],
  colorNeutralBackgroundDisabled: ['#f0f0f0', '#141414'],
  colorNeutralForegroundDisabled: ['#bdbdbd', '#5c5c5c'],
  colorNeutralForegroundOnBrand: ['#ffffff', '#ffffff'],
  colorNeutralForegroundInverted: ['#ffffff', '#242424'],
  colorBrandBackground: ['#0f6cbd', '#115ea3'],
  colorBrandBackgroundHover: ['#115ea3', '#0f6cbd'],
  colorBrandBackgroundPressed: ['#0c3b5e', '#0c3b5e'],
  colorCompoundBrandBackground: ['#0f6cbd', '#479ef5'],
  colorCompoundBrandStroke: ['#0f6cbd', '#479ef5'],
  colorCompoundBrandStrokePressed: ['#0f548c', '#2886de'],
  colorBrandStroke1: ['#0f6cbd', '#479ef5'],
  colorBrandStroke2Contrast: ['#b4d6fa', '#0e4775'],
  colorSubtleBackground: ['transparent', 'transparent'],
  colorSubtleBackgroundHover: ['#f5f5f5', '#383838'],
  colorSubtleBackgroundPressed: ['#e0e0e0', '#2e2e2e'],
  colorTransparentBackground: ['transparent', 'transparent'],
  colorTransparentStroke: ['transparent', 'transparent'],
  colorStrokeFocus2: ['#000000', '#ffffff'],
  colorPaletteRedForeground1: ['#bc2f32', '#e37d80'],
  colorPaletteRedBorder2: ['#d13438', '#e37d80'],
  shadow2: [
    '0 0 2px rgba(0,0,0,0.12), 0 1px 2px rgba(0,0,0,0.14)',
    '0 0 2px rgba(0,0,0,0.24), 0 1px 2px rgba(0,0,0,0.28)',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type FirstScreenToken = keyof typeof FIRST_SCREEN_TOKENS;

/** `var(--name)` for a token (as Fluent's `tokens` writes it). */
export const v = (name: FirstScreenToken): string => `var(--${name})`;

/**
 * The custom properties for `selector`: every token for the light theme, and under
 * `selector[data-theme="dark"]` the ones that differ in the dark theme.
 */
export function themeRules(selector: string): string {
  const entries = Object.entries(FIRST_SCREEN_TOKENS) as Array<[string, readonly [string, string]]>;
  const light = entries.map(([name, [value]]) => `--${name}:${value};`).join('');
  const dark = entries
    .filter(([, [l, d]]) => l !== d)
    .map(([name, [, value]]) => `--${name}:${value};`)
    .join('');
  return `${selector}{${light}}${selector}[data-theme="dark"]{${dark}}`;
}
