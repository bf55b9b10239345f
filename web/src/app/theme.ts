import { createTheme } from '@mui/material/styles';
import { enUS as materialEn, zhCN as materialZh } from '@mui/material/locale';
import { enUS as gridEn, zhCN as gridZh } from '@mui/x-data-grid/locales';

/** The MUI theme, with MUI's and the DataGrid's built-in texts in the UI language. */
export function createAppTheme(lang: string) {
  const english = lang === 'en';
  return createTheme(
    {
      palette: { primary: { main: '#1f5fa8' }, secondary: { main: '#d9822b' }, background: { default: '#f5f7fa' } },
      shape: { borderRadius: 8 },
    },
    english ? materialEn : materialZh,
    english ? gridEn : gridZh,
  );
}
