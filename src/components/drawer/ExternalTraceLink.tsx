import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Icon, useStyles2 } from '@grafana/ui';

interface Props {
  /** Already checked by toSafeUrl: http(s) or relative, label values URL-encoded. */
  url: string;
  label: string;
  testId?: string;
}

/**
 * "Open in <tool>" as a plain link styled like a small button. Not LinkButton: Grafana 13's LinkButton passes
 * href through @braintree/sanitize-url 7.1, which percent-decodes the whole URL, so a label value's `%26`
 * or `%23` would become `&` or `#` and change the link (braintree/sanitize-url#75).
 */
export function ExternalTraceLink({ url, label, testId }: Props) {
  const styles = useStyles2(getStyles);
  return (
    <a className={styles.link} href={url} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      <Icon name="external-link-alt" size="sm" />
      <span>{label}</span>
    </a>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  link: css({
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.75),
    height: theme.spacing(theme.components.height.sm),
    padding: theme.spacing(0, 1),
    borderRadius: theme.shape.radius.default,
    border: `1px solid ${theme.colors.border.medium}`,
    background: theme.colors.secondary.main,
    color: theme.colors.secondary.text,
    fontSize: theme.typography.bodySmall.fontSize,
    fontWeight: theme.typography.fontWeightMedium,
    lineHeight: theme.typography.body.lineHeight,
    whiteSpace: 'nowrap',
    '&:hover': { background: theme.colors.secondary.shade, color: theme.colors.text.primary, textDecoration: 'none' },
    '&:focus-visible': { outline: `2px solid ${theme.colors.primary.main}`, outlineOffset: 2 },
  }),
});
