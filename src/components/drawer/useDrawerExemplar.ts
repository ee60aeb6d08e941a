import { useMemo, useState } from 'react';
import { findLabel, labelValue } from '../../data/columnar';
import { traceTargetFor } from '../../links/mapping';
import { TraceTarget } from '../../links/types';
import { TraceFetcher } from '../../trace/fetchTrace';
import { exemplarSpanId } from '../../trace/exemplarSpan';
import { PanelView } from '../../view/panelView';
import { traceRefFor } from './traceRef';
import { useShownExemplar } from './useSharedSpan';
import { useTracePreview } from './useTracePreview';
import type { TraceSelection } from './drawerProps';

/**
 * The exemplar the drawer shows and its trace: the chosen row of the selection (a new selection starts again at
 * its representative), its trace target, the preview's fetch state and the span the exemplar measured.
 */
export function useDrawerExemplar(
  selection: TraceSelection,
  model: PanelView,
  fetcher: TraceFetcher,
  onShow?: (row: number, target: TraceTarget | undefined) => void
) {
  const [choice, setChoice] = useState<{ selection: TraceSelection; row: number }>({ selection, row: selection.first });
  const current = choice.selection === selection ? choice.row : selection.first;
  const setCurrent = (row: number) => setChoice({ selection, row });
  const target = useMemo(() => traceTargetFor(model.exemplars, current, model.rules), [model, current]);
  const ref = useMemo(() => traceRefFor(target, model.exemplars.timeMs[current]), [target, model.exemplars, current]);
  const { state, retry } = useTracePreview(fetcher, ref);
  const spanId = useMemo(
    () => exemplarSpanId((name) => labelValue(findLabel(model.exemplars, name), current)),
    [model.exemplars, current]
  );
  useShownExemplar(current, target, onShow);
  return { current, setCurrent, target, state, retry, spanId };
}
