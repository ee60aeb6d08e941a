import React from 'react';
import { css } from '@emotion/css';
import { dateTimeFormat, GrafanaTheme2 } from '@grafana/data';
import { TimeZone } from '@grafana/schema';
import { useStyles2 } from '@grafana/ui';
import { SpanDetails } from '../../trace/types';
import { formatLatency } from '../../data/formatLatency';
import { testIds } from '../testIds';
import { SpanPairs } from './SpanPairs';

const STATUS = ['unset', 'ok', 'error'];

/** Everything about one span, rendered as text (attributes come from applications, never as HTML). */
export function SpanDetailsView({ details, timeZone }: { details: SpanDetails; timeZone: TimeZone }) {
  const styles = useStyles2(getStyles);
  const status =
    details.statusCode !== undefined ? (STATUS[details.statusCode] ?? String(details.statusCode)) : undefined;
  return (
    <div className={styles.details} data-testid={testIds.drawer.spanDetails}>
      <div className={styles.title}>
        <strong>{details.operationName}</strong> <span className={styles.muted}>{details.serviceName}</span>
      </div>
      <div className={styles.facts}>
        <span>Duration {formatLatency(details.durationMs / 1000, 's')}</span>
        <span>Start {dateTimeFormat(details.startMs, { timeZone, format: 'HH:mm:ss.SSS' })}</span>
        {details.kind && <span>Kind {details.kind}</span>}
        {status && <span className={status === 'error' ? styles.error : undefined}>Status {status}</span>}
        <span className={styles.mono}>Span {details.spanId}</span>
      </div>
      {details.isClamped && (
        <div className={styles.muted} data-testid={testIds.drawer.spanClamped}>
          Clock skew: this span lies outside its parent, so its bar is drawn clamped into the parent. The figures above
          are its own.
        </div>
      )}
      {details.statusMessage && <div className={styles.error}>{details.statusMessage}</div>}
      <SpanPairs title="Attributes" pairs={details.tags} />
      <SpanPairs title="Resource" pairs={details.serviceTags} />
      {details.logs.length > 0 && (
        <section>
          <h6 className={styles.heading}>Events</h6>
          {details.logs.map((log, i) => (
            <div key={i} className={styles.event}>
              <div className={styles.muted}>
                {dateTimeFormat(log.timestamp, { timeZone, format: 'HH:mm:ss.SSS' })} {log.name ?? ''}
              </div>
              <SpanPairs title="" pairs={log.fields ?? []} />
            </div>
          ))}
        </section>
      )}
      {details.references.length > 0 && (
        <section>
          <h6 className={styles.heading}>Links</h6>
          {details.references.map((ref, i) => (
            <div key={i} className={styles.mono}>
              {ref.traceID} / {ref.spanID}
            </div>
          ))}
        </section>
      )}
      {details.stackTraces.map((trace, i) => (
        <pre key={i} className={styles.pre}>
          {trace}
        </pre>
      ))}
      {details.warnings.map((warning, i) => (
        <div key={i} className={styles.muted}>
          ⚠ {warning}
        </div>
      ))}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  details: css({
    padding: theme.spacing(1),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
    marginTop: theme.spacing(1),
    fontSize: theme.typography.bodySmall.fontSize,
  }),
  title: css({ marginBottom: theme.spacing(0.5) }),
  facts: css({
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    color: theme.colors.text.secondary,
    marginBottom: theme.spacing(1),
  }),
  heading: css({ margin: theme.spacing(1, 0, 0.5), fontSize: theme.typography.bodySmall.fontSize }),
  event: css({ marginBottom: theme.spacing(1) }),
  muted: css({ color: theme.colors.text.secondary }),
  mono: css({ fontFamily: theme.typography.fontFamilyMonospace }),
  error: css({ color: theme.colors.error.text }),
  pre: css({ whiteSpace: 'pre-wrap', fontSize: theme.typography.bodySmall.fontSize }),
});
