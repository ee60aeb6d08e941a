import React, { useMemo, useState } from 'react';
import { TimeZone } from '@grafana/schema';
import { FilterInput, useStyles2 } from '@grafana/ui';
import { PanelView } from '../view/panelView';
import { listKeyHandler } from './drawer/useListKeyboard';
import { useExemplarRows } from './drawer/useExemplarRows';
import { getExemplarTableStyles } from './exemplarTableStyles';
import { ExemplarTableRow } from './ExemplarTableRow';
import { SortButton } from './SortButton';
import { testIds } from './testIds';

interface Props {
  model: PanelView;
  include: Uint8Array;
  height: number;
  timeZone: TimeZone;
  onOpen: (exemplar: number) => void;
}

/**
 * An accessible alternative to the markers: every shown exemplar as a row (time, latency, series,
 * trace ID, other labels), sortable, filterable, navigable by keyboard; a row opens its trace.
 */
export function ExemplarTable({ model, include, height, timeZone, onOpen }: Props) {
  const styles = useStyles2(getExemplarTableStyles);
  const [selected, setSelected] = useState(-1);
  const shown = useMemo(() => {
    const rows: number[] = [];
    include.forEach((flag, i) => flag && rows.push(i));
    return Uint32Array.from(rows);
  }, [include]);
  const { sort, setSort, filter, setFilter, rows, scrollRef, virtualizer } = useExemplarRows(model.exemplars, shown);
  const unit = model.series[0]?.unit ?? 's';

  return (
    <div className={styles.table} style={{ height }} data-testid={testIds.table.container}>
      <div className={styles.toolbar}>
        <FilterInput
          placeholder='Filter: status=500, route=~"/api.*" or any text'
          value={filter}
          onChange={setFilter}
          width={36}
        />
        <span className={styles.muted}>
          {rows.length.toLocaleString()} of {shown.length.toLocaleString()} exemplars
        </span>
      </div>
      <div className={styles.header} role="row">
        <span className={styles.time}>
          <SortButton label="Time" by="time" sort={sort} onSort={setSort} />
        </span>
        <span className={styles.latency}>
          <SortButton label="Latency" by="latency" sort={sort} onSort={setSort} />
        </span>
        <span className={styles.series}>Series</span>
        <span className={styles.trace}>Trace ID</span>
        <span className={styles.labels}>Labels</span>
      </div>
      <div
        ref={scrollRef}
        className={styles.body}
        tabIndex={0}
        role="grid"
        aria-label="Exemplars. Up and down move, Enter opens the trace."
        onKeyDown={listKeyHandler(rows, selected, setSelected, (i) => virtualizer.scrollToIndex(i), onOpen)}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return (
              <ExemplarTableRow
                key={item.key}
                model={model}
                row={row}
                top={item.start}
                selected={row === selected}
                unit={unit}
                timeZone={timeZone}
                onClick={() => {
                  setSelected(row);
                  onOpen(row);
                }}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
