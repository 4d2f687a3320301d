import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, getToken, setToken } from './api/client';
import type { Me } from './api/types';

const PUBLIC: Me = { name: null, role: '公众', organisation: null, region: null };

interface AuthValue {
  readonly me: Me;
  /** Signs in with a name and password (POST /api/tokens) or a token printed by `juesuan user add`. */
  signIn(how: { name: string; password: string } | { token: string }): Promise<Me>;
  signOut(): void;
  readonly canReview: boolean;
  readonly canUpload: boolean;
}

const AuthContext = createContext<AuthValue>({
  me: PUBLIC,
  signIn: async () => PUBLIC,
  signOut: () => undefined,
  canReview: false,
  canUpload: false,
});

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>(PUBLIC);
  useEffect(() => {
    if (!getToken()) return;
    api.me().then(setMe, () => {
      setToken(null); // a token that no longer works: back to the public view
      setMe(PUBLIC);
    });
  }, []);
  const signIn = useCallback(async (how: { name: string; password: string } | { token: string }) => {
    const token = 'token' in how ? how.token : (await api.signIn(how.name, how.password)).token;
    setToken(token);
    try {
      const who = await api.me();
      setMe(who);
      return who;
    } catch (e) {
      setToken(null);
      throw e;
    }
  }, []);
  const signOut = useCallback(() => {
    setToken(null);
    setMe(PUBLIC);
  }, []);
  const value = useMemo(
    () => ({
      me,
      signIn,
      signOut,
      canReview: me.role === '审核人' || me.role === '管理员',
      canUpload: me.role === '编制人' || me.role === '管理员',
    }),
    [me, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  return useContext(AuthContext);
}
