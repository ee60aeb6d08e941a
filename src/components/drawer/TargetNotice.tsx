import React from 'react';
import { Alert } from '@grafana/ui';
import { TraceTarget } from '../../links/types';

/** Why there is no trace preview: no mapped trace ID, a broken link rule, or a link to an external tool. */
export function TargetNotice({ target }: { target: TraceTarget | undefined }) {
  if (!target) {
    return (
      <Alert severity="info" title="No trace ID on this exemplar">
        None of its labels is mapped to a trace. Add a rule under Trace links in the panel options.
      </Alert>
    );
  }
  if (target.kind === 'broken') {
    return (
      <Alert severity="warning" title="This trace link does not work">
        {target.reason}
      </Alert>
    );
  }
  if (target.kind === 'url') {
    return (
      <Alert severity="info" title="Preview needs a tracing data source">
        This label links to an external tool. Map it to a Tempo, Jaeger or Zipkin data source to preview traces here.
      </Alert>
    );
  }
  return null;
}
