import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Translate } from './i18n';
import type { LoginError } from './use-session';

interface LoginFormProps {
  readonly logIn: (
    username: string,
    password: string,
  ) => Promise<LoginError | undefined>;
  readonly t: Translate;
}

/** Staff sign in here before the dashboard shows any data. */
export function LoginForm({ logIn, t }: LoginFormProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<LoginError | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    void logIn(username, password).then((failure) => {
      setBusy(false);
      setError(failure);
      if (failure !== undefined) setPassword('');
    });
  };

  return (
    <section className="panel login" aria-labelledby="login-title">
      <h2 id="login-title">{t('login.title')}</h2>
      <form onSubmit={submit} data-testid="login-form">
        <label>
          {t('login.username')}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label>
          {t('login.password')}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {error === undefined ? null : (
          <p className="login-error" role="alert">
            {t(`login.error.${error}`)}
          </p>
        )}
        <button type="submit" className="primary-button" disabled={busy}>
          {t('login.submit')}
        </button>
      </form>
    </section>
  );
}
