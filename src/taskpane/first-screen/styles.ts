/**
 * The first screen's stylesheet: Fluent UI v9's Button (primary, secondary, subtle small), Field, Input,
 * Switch-like checkbox, Spinner-like ring and type ramp (Title3, Body1, Caption1), written as plain CSS
 * with Fluent's token values (theme.ts) so that the first screen looks as Fluent draws it, without
 * Fluent's code. Focus rings use :focus-visible (Fluent's focus-visible attribute does the same).
 */
import { themeRules, v } from './theme';

const css = String.raw;

export const FIRST_SCREEN_CSS =
  themeRules('.dx-pane') +
  css`
    .dx-pane {
      display: flex;
      flex-direction: column;
      gap: ${v('spacingVerticalM')};
      padding: ${v('spacingHorizontalM')};
      min-height: 100vh;
      box-sizing: border-box;
      background-color: ${v('colorNeutralBackground1')};
      color: ${v('colorNeutralForeground1')};
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase300')};
      line-height: ${v('lineHeightBase300')};
    }
    .dx-title3 {
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase500')};
      font-weight: ${v('fontWeightSemibold')};
      line-height: ${v('lineHeightBase500')};
    }
    .dx-caption1 {
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase200')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase200')};
    }
    .dx-body1 {
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase300')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase300')};
    }
    .dx-header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: ${v('spacingHorizontalS')};
      padding-bottom: ${v('spacingVerticalS')};
      border-bottom: ${v('strokeWidthThin')} solid ${v('colorNeutralStroke2')};
    }
    .dx-titles {
      display: flex;
      flex-direction: column;
      gap: ${v('spacingVerticalXXS')};
    }
    .dx-title {
      margin: 0;
    }

    /* Button (Fluent v9: medium rounded, primary / secondary / subtle small). */
    .dx-btn {
      align-items: center;
      box-sizing: border-box;
      display: inline-flex;
      justify-content: center;
      text-decoration-line: none;
      vertical-align: middle;
      margin: 0;
      overflow: hidden;
      background-color: ${v('colorNeutralBackground1')};
      color: ${v('colorNeutralForeground1')};
      border: ${v('strokeWidthThin')} solid ${v('colorNeutralStroke1')};
      font-family: ${v('fontFamilyBase')};
      outline-style: none;
      padding: 5px ${v('spacingHorizontalM')};
      min-width: 96px;
      border-radius: ${v('borderRadiusMedium')};
      font-size: ${v('fontSizeBase300')};
      font-weight: ${v('fontWeightSemibold')};
      line-height: ${v('lineHeightBase300')};
      transition-duration: ${v('durationFaster')};
      transition-property: background, border, color;
      transition-timing-function: ${v('curveEasyEase')};
    }
    .dx-btn:hover {
      background-color: ${v('colorNeutralBackground1Hover')};
      border-color: ${v('colorNeutralStroke1Hover')};
      color: ${v('colorNeutralForeground1Hover')};
      cursor: pointer;
    }
    .dx-btn:hover:active,
    .dx-btn:active:focus-visible {
      background-color: ${v('colorNeutralBackground1Pressed')};
      border-color: ${v('colorNeutralStroke1Pressed')};
      color: ${v('colorNeutralForeground1Pressed')};
      outline-style: none;
    }
    .dx-btn:focus-visible {
      border-color: ${v('colorStrokeFocus2')};
      border-radius: ${v('borderRadiusMedium')};
      border-width: 1px;
      outline: ${v('strokeWidthThick')} solid ${v('colorTransparentStroke')};
      box-shadow: 0 0 0 ${v('strokeWidthThin')} ${v('colorStrokeFocus2')} inset;
      z-index: 1;
    }
    .dx-btn-primary {
      background-color: ${v('colorBrandBackground')};
      border-color: transparent;
      color: ${v('colorNeutralForegroundOnBrand')};
    }
    .dx-btn-primary:hover {
      background-color: ${v('colorBrandBackgroundHover')};
      border-color: transparent;
      color: ${v('colorNeutralForegroundOnBrand')};
    }
    .dx-btn-primary:hover:active,
    .dx-btn-primary:active:focus-visible {
      background-color: ${v('colorBrandBackgroundPressed')};
      border-color: transparent;
      color: ${v('colorNeutralForegroundOnBrand')};
    }
    .dx-btn-primary:focus-visible {
      border-color: ${v('colorStrokeFocus2')};
      box-shadow:
        ${v('shadow2')},
        0 0 0 ${v('strokeWidthThin')} ${v('colorStrokeFocus2')} inset,
        0 0 0 ${v('strokeWidthThick')} ${v('colorNeutralForegroundOnBrand')} inset;
    }
    .dx-btn-primary:focus-visible:hover {
      border-color: ${v('colorStrokeFocus2')};
      box-shadow:
        ${v('shadow2')},
        0 0 0 ${v('strokeWidthThin')} ${v('colorStrokeFocus2')} inset;
    }
    .dx-btn-subtle {
      background-color: ${v('colorSubtleBackground')};
      border-color: transparent;
      color: ${v('colorNeutralForeground2')};
    }
    .dx-btn-subtle:hover {
      background-color: ${v('colorSubtleBackgroundHover')};
      border-color: transparent;
      color: ${v('colorNeutralForeground2Hover')};
    }
    .dx-btn-subtle:hover:active,
    .dx-btn-subtle:active:focus-visible {
      background-color: ${v('colorSubtleBackgroundPressed')};
      border-color: transparent;
      color: ${v('colorNeutralForeground2Pressed')};
    }
    .dx-btn-small {
      min-width: 64px;
      padding: 3px ${v('spacingHorizontalS')};
      font-size: ${v('fontSizeBase200')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase200')};
    }
    .dx-btn-small:focus-visible {
      border-radius: 2px;
    }
    .dx-btn:disabled,
    .dx-btn:disabled:hover,
    .dx-btn:disabled:hover:active {
      background-color: ${v('colorNeutralBackgroundDisabled')};
      border-color: ${v('colorNeutralStrokeDisabled')};
      color: ${v('colorNeutralForegroundDisabled')};
      cursor: not-allowed;
    }
    .dx-btn-primary:disabled,
    .dx-btn-primary:disabled:hover,
    .dx-btn-primary:disabled:hover:active {
      border-color: transparent;
    }
    .dx-btn-subtle:disabled,
    .dx-btn-subtle:disabled:hover,
    .dx-btn-subtle:disabled:hover:active {
      background-color: ${v('colorTransparentBackground')};
      border-color: transparent;
    }
    @media screen and (prefers-reduced-motion: reduce) {
      .dx-btn {
        transition-duration: 0.01ms;
      }
    }
    @media (forced-colors: active) {
      .dx-btn:focus {
        border-color: ButtonText;
      }
      .dx-btn:hover,
      .dx-btn:hover:active {
        background-color: HighlightText;
        border-color: Highlight;
        color: Highlight;
        forced-color-adjust: none;
      }
      .dx-btn-primary {
        background-color: Highlight;
        border-color: HighlightText;
        color: HighlightText;
        forced-color-adjust: none;
      }
      .dx-btn:disabled,
      .dx-btn:disabled:hover,
      .dx-btn:disabled:hover:active {
        background-color: ButtonFace;
        border-color: GrayText;
        color: GrayText;
      }
    }

    .dx-actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${v('spacingHorizontalS')};
      align-items: center;
    }

    /* The as-of date: Fluent's Field (label, control, validation message, hint) around an Input. */
    .dx-asof {
      display: flex;
      flex-direction: column;
      gap: ${v('spacingVerticalXS')};
    }
    .dx-field {
      display: grid;
    }
    .dx-label {
      max-width: max-content;
      max-height: max-content;
      padding: ${v('spacingVerticalXXS')} 0;
      margin-bottom: ${v('spacingVerticalXXS')};
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase300')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase300')};
      color: ${v('colorNeutralForeground1')};
    }
    .dx-field-text {
      margin-top: ${v('spacingVerticalXXS')};
      color: ${v('colorNeutralForeground3')};
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase200')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase200')};
    }
    .dx-field-error {
      color: ${v('colorPaletteRedForeground1')};
      padding-left: calc(12px + ${v('spacingHorizontalXS')});
    }
    .dx-field-error-icon {
      display: inline-block;
      font-size: 12px;
      margin-left: calc(-12px - ${v('spacingHorizontalXS')});
      margin-right: ${v('spacingHorizontalXS')};
      line-height: 0;
      vertical-align: -1px;
    }
    .dx-field-error-icon > svg {
      display: inline;
      line-height: 0;
    }
    @media (forced-colors: active) {
      .dx-field-error-icon > svg {
        forced-color-adjust: auto;
      }
    }
    .dx-input {
      display: inline-flex;
      align-items: center;
      flex-wrap: nowrap;
      gap: 2px;
      border-radius: ${v('borderRadiusMedium')};
      position: relative;
      box-sizing: border-box;
      vertical-align: middle;
      min-height: 32px;
      font-family: ${v('fontFamilyBase')};
      font-size: ${v('fontSizeBase300')};
      font-weight: ${v('fontWeightRegular')};
      line-height: ${v('lineHeightBase300')};
      background-color: ${v('colorNeutralBackground1')};
      border: 1px solid ${v('colorNeutralStroke1')};
      border-bottom-color: ${v('colorNeutralStrokeAccessible')};
    }
    .dx-input::after {
      box-sizing: border-box;
      content: '';
      position: absolute;
      left: -1px;
      bottom: -1px;
      right: -1px;
      height: max(2px, ${v('borderRadiusMedium')});
      border-bottom-left-radius: ${v('borderRadiusMedium')};
      border-bottom-right-radius: ${v('borderRadiusMedium')};
      border-bottom: 2px solid ${v('colorCompoundBrandStroke')};
      clip-path: inset(calc(100% - 2px) 0 0 0);
      transform: scaleX(0);
      transition-property: transform;
      transition-duration: ${v('durationUltraFast')};
      transition-delay: ${v('curveAccelerateMid')};
    }
    .dx-input:focus-within::after {
      transform: scaleX(1);
      transition-duration: ${v('durationNormal')};
      transition-delay: ${v('curveDecelerateMid')};
    }
    .dx-input:focus-within:active::after {
      border-bottom-color: ${v('colorCompoundBrandStrokePressed')};
    }
    .dx-input:focus-within {
      outline: 2px solid transparent;
    }
    .dx-input:hover {
      border-color: ${v('colorNeutralStroke1Hover')};
      border-bottom-color: ${v('colorNeutralStrokeAccessibleHover')};
    }
    .dx-input:active,
    .dx-input:focus-within {
      border-color: ${v('colorNeutralStroke1Pressed')};
      border-bottom-color: ${v('colorNeutralStrokeAccessiblePressed')};
    }
    .dx-input-invalid:not(:focus-within),
    .dx-input-invalid:hover:not(:focus-within) {
      border-color: ${v('colorPaletteRedBorder2')};
    }
    .dx-input-disabled,
    .dx-input-disabled:hover {
      cursor: not-allowed;
      background-color: ${v('colorTransparentBackground')};
      border-color: ${v('colorNeutralStrokeDisabled')};
    }
    .dx-input-disabled::after {
      content: unset;
    }
    .dx-input-disabled:focus-within {
      outline-style: none;
    }
    .dx-input > input {
      align-self: stretch;
      box-sizing: border-box;
      flex-grow: 1;
      min-width: 0;
      border-style: none;
      padding: 0 ${v('spacingHorizontalM')};
      color: ${v('colorNeutralForeground1')};
      background-color: transparent;
      outline-style: none;
      font-family: inherit;
      font-size: inherit;
      font-weight: inherit;
      line-height: inherit;
      color-scheme: inherit;
    }
    .dx-input > input:disabled {
      color: ${v('colorNeutralForegroundDisabled')};
      background-color: ${v('colorTransparentBackground')};
      cursor: not-allowed;
    }
    @media screen and (prefers-reduced-motion: reduce) {
      .dx-input::after,
      .dx-input:focus-within::after {
        transition-duration: 0.01ms;
        transition-delay: 0.01ms;
      }
    }
    @media (forced-colors: active) {
      .dx-input-disabled {
        border-color: GrayText;
      }
    }

    /* The 'today' switch: a native checkbox with role="switch", drawn like Fluent's Switch. */
    .dx-toggle {
      display: inline-flex;
      align-items: center;
      gap: ${v('spacingHorizontalS')};
      align-self: flex-start;
      padding: ${v('spacingVerticalS')} ${v('spacingHorizontalS')};
      color: ${v('colorNeutralForeground1')};
      cursor: pointer;
    }
    .dx-toggle-disabled {
      color: ${v('colorNeutralForegroundDisabled')};
      cursor: default;
    }
    .dx-track {
      appearance: none;
      position: relative;
      flex-shrink: 0;
      box-sizing: border-box;
      width: 40px;
      height: 20px;
      margin: 0;
      border-radius: ${v('borderRadiusCircular')};
      border: ${v('strokeWidthThin')} solid ${v('colorNeutralStrokeAccessible')};
      background-color: transparent;
      cursor: inherit;
      transition-property: background-color, border-color;
      transition-duration: ${v('durationNormal')};
    }
    .dx-track::after {
      content: '';
      position: absolute;
      top: 2px;
      left: 2px;
      width: 14px;
      height: 14px;
      border-radius: ${v('borderRadiusCircular')};
      background-color: ${v('colorNeutralForeground3')};
      transition-property: transform;
      transition-duration: ${v('durationNormal')};
    }
    .dx-track:checked {
      background-color: ${v('colorCompoundBrandBackground')};
      border-color: transparent;
    }
    .dx-track:checked::after {
      transform: translateX(20px);
      background-color: ${v('colorNeutralForegroundInverted')};
    }
    .dx-track:disabled {
      border-color: ${v('colorNeutralStrokeDisabled')};
    }
    .dx-track:disabled::after {
      background-color: ${v('colorNeutralForegroundDisabled')};
    }
    .dx-track:checked:disabled {
      background-color: ${v('colorNeutralBackgroundDisabled')};
    }
    .dx-track:focus-visible {
      outline: ${v('strokeWidthThick')} solid ${v('colorStrokeFocus2')};
      outline-offset: 2px;
    }
    @media (prefers-reduced-motion: reduce) {
      .dx-track,
      .dx-track::after {
        transition-duration: 0.01ms;
      }
    }

    /* The busy indicator: a ring drawn with CSS (Fluent's Spinner colours), with its label. */
    .dx-busy {
      display: inline-flex;
      align-items: center;
      gap: ${v('spacingHorizontalS')};
      align-self: flex-start;
    }
    .dx-ring {
      flex-shrink: 0;
      width: 16px;
      height: 16px;
      box-sizing: border-box;
      border-radius: 50%;
      border: 2px solid ${v('colorBrandStroke2Contrast')};
      border-top-color: ${v('colorBrandStroke1')};
      animation: dx-spin 1s linear infinite;
    }
    @keyframes dx-spin {
      from {
        transform: rotate(0deg);
      }
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .dx-ring {
        animation-duration: 3s;
      }
    }

    /* Keeps the tab bar's place (a medium TabList) until the views below the first screen arrive. */
    .dx-tabs-slot {
      min-height: 44px;
    }
    .dx-body,
    .dx-body > .fui-FluentProvider {
      display: flex;
      flex-direction: column;
      gap: ${v('spacingVerticalM')};
    }
  `;

/** Adds the stylesheet to `doc` once. */
export function installFirstScreenStyles(doc: Document): void {
  if (doc.getElementById('dx-first-screen-css')) return;
  const style = doc.createElement('style');
  style.id = 'dx-first-screen-css';
  style.textContent = FIRST_SCREEN_CSS;
  doc.head.appendChild(style);
}
