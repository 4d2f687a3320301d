import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Tabs, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth';

/** Sign in as 编制人 / 审核人 / 管理员: name and password, or a token from `juesuan user add`. */
export default function LoginPage() {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/';
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (how: { name: string; password: string } | { token: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(how);
      navigate(from === '/login' ? '/' : from, { replace: true });
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="page login-page">
      <Card title="登录" style={{ maxWidth: 420, margin: '40px auto' }}>
        <Typography.Paragraph type="secondary">
          公众无需登录即可浏览。编制人上传本单位的文档，审核人审核本地区文档中的问题，管理员可做全部操作。
        </Typography.Paragraph>
        {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
        <Tabs
          items={[
            {
              key: 'password',
              label: '用户名和密码',
              children: (
                <Form layout="vertical" onFinish={(v: { name: string; password: string }) => submit(v)}>
                  <Form.Item label="用户名" name="name" rules={[{ required: true, message: '请输入用户名' }]}>
                    <Input autoComplete="username" autoFocus />
                  </Form.Item>
                  <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
                    <Input.Password autoComplete="current-password" />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" block loading={busy}>
                    登录
                  </Button>
                </Form>
              ),
            },
            {
              key: 'token',
              label: '访问令牌',
              children: (
                <Form layout="vertical" onFinish={(v: { token: string }) => submit({ token: v.token.trim() })}>
                  <Form.Item
                    label="令牌（juesuan user add 打印的 js_…）"
                    name="token"
                    rules={[{ required: true, message: '请粘贴令牌' }]}
                  >
                    <Input.Password />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" block loading={busy}>
                    使用令牌登录
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
