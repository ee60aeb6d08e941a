/**
 * How the sandbox dashboard renders: Grafana's `.main-view` (the @grafana/ui Drawer mounts there), a toolbar with the
 * title, theme switch and the scene's controls (variables, time picker, refresh picker), then the body.
 */
import { css } from '@emotion/css';
import type { GrafanaTheme2 } from '@grafana/data';
import type { EmbeddedScene, SceneComponentProps } from '@grafana/scenes';
import { LinkButton, useStyles2 } from '@grafana/ui';
import React from 'react';

export interface PageChrome {
  title: string;
  isDark: boolean;
}

function themeToggleHref(isDark: boolean): string {
  const query = new URLSearchParams(window.location.search);
  query.set('theme', isDark ? 'light' : 'dark');
  return `?${query.toString()}`;
}

export function makeDashboardPage(chrome: PageChrome) {
  return function DashboardPage({ model }: SceneComponentProps<EmbeddedScene>) {
    const { controls, body } = model.useState();
    const styles = useStyles2(getStyles);
    return (
      <div className="main-view">
        <div className={styles.page}>
          <div className={styles.toolbar} data-testid="sandbox-toolbar">
            <span className={styles.title}>{chrome.title}</span>
            <LinkButton
              href={themeToggleHref(chrome.isDark)}
              variant="secondary"
              fill="outline"
              size="sm"
              data-testid="sandbox-theme-toggle"
            >
              {chrome.isDark ? 'Light' : 'Dark'}
            </LinkButton>
            {controls?.map((control) => (
              <control.Component key={control.state.key} model={control} />
            ))}
          </div>
          <body.Component model={body} />
        </div>
      </div>
    );
  };
}

const getStyles = (theme: GrafanaTheme2) => ({
  page: css({
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    background: theme.colors.background.canvas,
    color: theme.colors.text.primary,
  }),
  toolbar: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    padding: theme.spacing(1, 2),
    borderBottom: `1px solid ${theme.colors.border.weak}`,
  }),
  title: css({ flexGrow: 1, fontSize: theme.typography.h4.fontSize }),
});
