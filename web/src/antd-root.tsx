import type { ReactNode } from 'react';
import { ConfigProvider, App as AntApp } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

dayjs.locale('zh-cn');

/**
 * Ant Design's locale, theme and message context, around every page but the overview. Kept out of the first page's
 * scripts: evaluating antd and generating its styles took longer than the whole first-page budget (1 s).
 */
export default function AntRoot({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b5261e', borderRadius: 4, fontSize: 14 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
