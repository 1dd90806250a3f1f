import type { ThemeConfig } from 'antd';

// Ant Design's defaults put some text under WCAG 2.1 AA contrast (4.5:1): the blue #1677ff on white
// (4.1), the red of error messages (3.3), secondary text at 45% black (4.0). Darker tokens keep
// the look and pass; @axe-core/playwright checks every page in the browser tests.
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    // Hover and press darken rather than lighten, so a button under the pointer keeps 4.5:1 too.
    colorPrimaryHover: '#003eb3',
    colorPrimaryActive: '#002c8c',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorError: '#c41d1d',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};
