import React, { useMemo, useState } from 'react';
import { TimeZone } from '@grafana/schema';
import { findSpanPosition } from '../../trace/exemplarSpan';
import { getSpanDetails } from '../../trace/spanDetails';
import { TraceModel } from '../../trace/types';
import { SpanDetailsView } from './SpanDetailsView';
import { TraceSummary } from './TraceSummary';
import { Waterfall } from './Waterfall';
import { SpanUrlProps, useSharedSpanCheck } from './useSharedSpan';
import { WATERFALL_ROW_HEIGHT } from './useWaterfallTree';

/** The exemplar's own span when it is in the trace, else the first error span, else the root. */
function firstInterestingSpan(model: TraceModel, exemplarPosition: number): number {
  if (exemplarPosition >= 0) {
    return exemplarPosition;
  }
  return model.errorPositions.length > 0 ? model.errorPositions[0] : model.root.position;
}

/** A fetched trace: its summary, the span waterfall, and the selected span's details. */
export function LoadedTrace({
  model,
  timeZone,
  exemplarSpanId,
  span,
}: {
  model: TraceModel;
  timeZone: TimeZone;
  exemplarSpanId?: string;
  span?: SpanUrlProps;
}) {
  const exemplarPosition = useMemo(() => findSpanPosition(model, exemplarSpanId), [model, exemplarSpanId]);
  const [selected, select] = useState(() => {
    const shared = findSpanPosition(model, span?.initial);
    return shared >= 0 ? shared : firstInterestingSpan(model, exemplarPosition);
  });
  const setSelected = (position: number) => {
    select(position);
    span?.onSelect(model.spanIds[position]);
  };
  useSharedSpanCheck(model, span);
  const details = useMemo(() => getSpanDetails(model, selected), [model, selected]);
  return (
    <>
      <TraceSummary model={model} timeZone={timeZone} />
      <Waterfall
        model={model}
        selected={selected}
        onSelect={setSelected}
        exemplarPosition={exemplarPosition}
        height={Math.max(1, model.spanCount) * WATERFALL_ROW_HEIGHT}
      />
      {details && <SpanDetailsView details={details} timeZone={timeZone} />}
    </>
  );
}
