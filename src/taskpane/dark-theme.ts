/** Fluent's dark theme, its own chunk: components/mount-body.tsx loads it only when Office's theme is dark. */
export { webDarkTheme } from '@fluentui/react-components';
