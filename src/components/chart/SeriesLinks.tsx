import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, LinkModel, textUtil } from '@grafana/data';
import { LinkButton, useStyles2 } from '@grafana/ui';
import { testIds } from '../testIds';

/**
 * A series' data links at the hovered time, in the pinned tooltip's footer as Grafana's Time series panel shows
 * them. Hrefs come from dashboard text interpolated with data, so each is sanitized again here.
 */
export function SeriesLinks({ links }: { links: LinkModel[] }) {
  const styles = useStyles2(getStyles);
  if (links.length === 0) {
    return null;
  }
  return (
    <div className={styles.footer} data-testid={testIds.chart.seriesLinks}>
      {links.map((link, i) => (
        <LinkButton
          key={`${i}-${link.title}`}
          size="sm"
          fill="text"
          variant="primary"
          icon={link.target === '_blank' ? 'external-link-alt' : 'link'}
          href={textUtil.sanitizeUrl(link.href)}
          target={link.target}
          onClick={
            link.onClick
              ? (event) => {
                  event.preventDefault();
                  link.onClick!(event);
                }
              : undefined
          }
        >
          {link.title || link.href}
        </LinkButton>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  footer: css({
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    borderTop: `1px solid ${theme.colors.border.weak}`,
    marginTop: theme.spacing(0.5),
    paddingTop: theme.spacing(0.5),
  }),
});
