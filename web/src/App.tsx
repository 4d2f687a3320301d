import { lazy, Suspense } from 'react';
import { ConfigProvider, App as AntApp, Layout, Menu, Button, Space, Tag, Spin, Dropdown } from 'antd';
import {
  FileSearchOutlined,
  CloudUploadOutlined,
  LoginOutlined,
  UserOutlined,
  DatabaseOutlined,
  DiffOutlined,
  EditOutlined,
} from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter, Link, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { OverviewPage } from './pages/Overview';
import './app.css';

dayjs.locale('zh-cn');

// Everything but the overview is loaded when first visited (pdf.js and ECharts are large).
const DocumentPage = lazy(() => import('./pages/document/DocumentPage'));
const UploadPage = lazy(() => import('./pages/Upload'));
const LoginPage = lazy(() => import('./pages/Login'));
const OpenDataPage = lazy(() => import('./pages/OpenData'));
const ComparePage = lazy(() => import('./pages/Compare'));
const WritePage = lazy(() => import('./pages/Write'));

function Header() {
  const { me, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const selected = location.pathname.startsWith('/upload')
    ? 'upload'
    : location.pathname.startsWith('/open-data')
      ? 'open-data'
      : location.pathname.startsWith('/compare')
        ? 'compare'
        : location.pathname.startsWith('/write')
          ? 'write'
          : 'overview';
  return (
    <Layout.Header className="app-header">
      <Link to="/" className="app-brand">
        决算<span>部门决算与预算公开审核</span>
      </Link>
      <Menu
        theme="dark"
        mode="horizontal"
        selectedKeys={[selected]}
        className="app-menu"
        items={[
          { key: 'overview', icon: <FileSearchOutlined />, label: <Link to="/">总览</Link> },
          { key: 'compare', icon: <DiffOutlined />, label: <Link to="/compare">比较</Link> },
          { key: 'upload', icon: <CloudUploadOutlined />, label: <Link to="/upload">上传</Link> },
          { key: 'write', icon: <EditOutlined />, label: <Link to="/write">编写</Link> },
          { key: 'open-data', icon: <DatabaseOutlined />, label: <Link to="/open-data">公开数据</Link> },
        ]}
      />
      <Space>
        {me.name ? (
          <Dropdown menu={{ items: [{ key: 'out', label: '退出登录', onClick: signOut }] }}>
            <Button type="text" className="app-user" icon={<UserOutlined />}>
              {me.name} <Tag color="geekblue">{me.role}</Tag>
            </Button>
          </Dropdown>
        ) : (
          <Button icon={<LoginOutlined />} onClick={() => navigate('/login', { state: { from: location.pathname } })}>
            登录
          </Button>
        )}
      </Space>
    </Layout.Header>
  );
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#b5261e', borderRadius: 4, fontSize: 14 } }}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Layout className="app">
              <Header />
              <Layout.Content className="app-content">
                <Suspense fallback={<Spin className="page-spin" size="large" />}>
                  <Routes>
                    <Route path="/" element={<OverviewPage />} />
                    <Route path="/documents/:id/*" element={<DocumentPage />} />
                    <Route path="/upload" element={<UploadPage />} />
                    <Route path="/login" element={<LoginPage />} />
                    <Route path="/open-data" element={<OpenDataPage />} />
                    <Route path="/compare" element={<ComparePage />} />
                    <Route path="/write" element={<WritePage />} />
                    <Route
                      path="*"
                      element={
                        <div className="page">
                          没有这个页面。<Link to="/">回到总览</Link>
                        </div>
                      }
                    />
                  </Routes>
                </Suspense>
              </Layout.Content>
            </Layout>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}
