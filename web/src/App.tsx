import { Suspense, useState } from 'react';
import {
  FileSearchOutlined,
  CloudUploadOutlined,
  LoginOutlined,
  UserOutlined,
  DatabaseOutlined,
  DiffOutlined,
  EditOutlined,
} from '@ant-design/icons';
import { BrowserRouter, Link, NavLink, Route, Routes, useLocation } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { lazyPage } from './lazy-page';
import { OverviewPage } from './pages/Overview';
import './app.css';

// The shell and the overview are drawn without antd (see antd-root.tsx); every other page is loaded when first
// visited, with antd (pdf.js and ECharts only where they are drawn).
const DocumentPage = lazyPage(() => import('./pages/document/DocumentPage'));
const UploadPage = lazyPage(() => import('./pages/Upload'));
const LoginPage = lazyPage(() => import('./pages/Login'));
const OpenDataPage = lazyPage(() => import('./pages/OpenData'));
const ComparePage = lazyPage(() => import('./pages/Compare'));
const WritePage = lazyPage(() => import('./pages/Write'));

const MENU = [
  { to: '/', label: '总览', icon: <FileSearchOutlined /> },
  { to: '/compare', label: '比较', icon: <DiffOutlined /> },
  { to: '/upload', label: '上传', icon: <CloudUploadOutlined /> },
  { to: '/write', label: '编写', icon: <EditOutlined /> },
  { to: '/open-data', label: '公开数据', icon: <DatabaseOutlined /> },
];

function UserMenu() {
  const { me, signOut } = useAuth();
  const [open, setOpen] = useState(false);
  return (
    <div className="app-user" onMouseLeave={() => setOpen(false)}>
      <button type="button" className="app-user-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        <UserOutlined /> {me.name} <span className="app-role">{me.role}</span>
      </button>
      {open ? (
        <div className="app-user-menu" role="menu">
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setOpen(false);
              signOut();
            }}
          >
            退出登录
          </button>
        </div>
      ) : null}
    </div>
  );
}

function Header() {
  const { me } = useAuth();
  const location = useLocation();
  return (
    <header className="app-header">
      <Link to="/" className="app-brand">
        决算<span>部门决算与预算公开审核</span>
      </Link>
      <nav className="app-menu" aria-label="页面">
        {MENU.map((m) => (
          <NavLink
            key={m.to}
            to={m.to}
            end={m.to === '/'}
            // The document pages belong to the overview.
            className={({ isActive }) =>
              isActive || (m.to === '/' && location.pathname.startsWith('/documents/'))
                ? 'app-menu-item app-menu-item-selected'
                : 'app-menu-item'
            }
          >
            {m.icon}
            <span>{m.label}</span>
          </NavLink>
        ))}
      </nav>
      {me.name ? (
        <UserMenu />
      ) : (
        <Link className="app-login" to="/login" state={{ from: location.pathname }}>
          <LoginOutlined /> 登录
        </Link>
      )}
    </header>
  );
}

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <div className="app">
          <Header />
          <main className="app-content">
            <Suspense
              fallback={
                <div className="page-spin" role="status" aria-label="正在载入">
                  <span className="spinner" />
                </div>
              }
            >
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
          </main>
        </div>
      </BrowserRouter>
    </AuthProvider>
  );
}
