import React, { useEffect, useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { IconButton, Input, useStyles2 } from '@grafana/ui';
import { searchSpans } from '../../trace/spanSearch';
import { TraceModel } from '../../trace/types';
import { testIds } from '../testIds';

interface Props {
  model: TraceModel;
  /** Brings a found span into view and selects it. */
  onFound: (position: number) => void;
  /** Every match (span positions), so the waterfall can mark them all, not only the one stepped to. */
  onMatches?: (positions: readonly number[]) => void;
}

/** Find spans by name, service or attribute (`key=value`), and step through them: Enter / Shift+Enter, or the arrows. */
export function SpanSearch({ model, onFound, onMatches }: Props) {
  const styles = useStyles2(getStyles);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const found = useMemo(() => searchSpans(model, query), [model, query]);
  useEffect(() => onMatches?.(found), [found, onMatches]);

  const go = (index: number) => {
    if (found.length > 0) {
      const next = (index + found.length) % found.length;
      setCurrent(next);
      onFound(found[next]);
    }
  };
  const onChange = (text: string) => {
    setQuery(text);
    setCurrent(0);
    const first = searchSpans(model, text)[0];
    if (first !== undefined) {
      onFound(first);
    }
  };

  return (
    <div className={styles.bar}>
      <Input
        className={styles.input}
        value={query}
        placeholder="Find spans by name, service or attribute (key=value)"
        aria-label="Find spans"
        onChange={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && go(current + (event.shiftKey ? -1 : 1))}
        data-testid={testIds.drawer.spanSearch}
      />
      <span className={styles.count} data-testid={testIds.drawer.spanSearchCount} aria-live="polite">
        {query.trim() === ''
          ? ''
          : found.length === 0
            ? 'No match'
            : `${(current + 1).toLocaleString()} of ${found.length.toLocaleString()}`}
      </span>
      <IconButton
        name="angle-up"
        tooltip="Previous match"
        disabled={found.length === 0}
        onClick={() => go(current - 1)}
      />
      <IconButton
        name="angle-down"
        tooltip="Next match"
        disabled={found.length === 0}
        onClick={() => go(current + 1)}
      />
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  bar: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), padding: theme.spacing(1) }),
  // The field gives way to the count: "12,345 of 50,000" is never cut.
  input: css({ flex: 1, minWidth: 0 }),
  count: css({
    flexShrink: 0,
    minWidth: 72,
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    whiteSpace: 'nowrap',
  }),
});
