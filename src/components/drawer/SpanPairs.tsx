import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, TraceKeyValuePair } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';

/** A value as the user reads it: strings as they are, anything else (numbers, booleans, objects) as JSON. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A titled key/value table (span attributes, resource attributes, an event's fields), rendered as text. */
export function SpanPairs({ title, pairs }: { title: string; pairs: TraceKeyValuePair[] }) {
  const styles = useStyles2(getStyles);
  if (pairs.length === 0) {
    return null;
  }
  return (
    <section>
      <h6 className={styles.heading}>{title}</h6>
      <table className={styles.table}>
        <tbody>
          {pairs.map((pair, i) => (
            <tr key={`${pair.key}-${i}`}>
              <td className={styles.key}>{pair.key}</td>
              <td className={styles.value}>{text(pair.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  heading: css({ margin: theme.spacing(1, 0, 0.5), fontSize: theme.typography.bodySmall.fontSize }),
  table: css({
    width: '100%',
    borderCollapse: 'collapse',
    td: { borderTop: `1px solid ${theme.colors.border.weak}`, padding: theme.spacing(0.25, 0.5), verticalAlign: 'top' },
  }),
  key: css({ color: theme.colors.text.secondary, width: '35%', overflowWrap: 'anywhere' }),
  value: css({ fontFamily: theme.typography.fontFamilyMonospace, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }),
});
