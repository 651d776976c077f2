/* Fluent's dark theme, loaded only when the pane opens dark (theme.ts). */
export { webDarkTheme } from '@fluentui/react-components';
