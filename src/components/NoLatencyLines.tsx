import React from 'react';
import { LoadingPlaceholder } from '@grafana/ui';
import { Diagnostic, DiagnosticAction } from '../data/diagnostics';
import { Diagnostics } from './Diagnostics';
import { testIds } from './testIds';

interface Props {
  loading: boolean;
  diagnostics: Diagnostic[];
  onAction: (action: DiagnosticAction) => void;
}

/** The whole panel while there is no latency line to draw: loading, else every diagnostic, in full. */
export function NoLatencyLines({ loading, diagnostics, onAction }: Props) {
  return loading ? (
    <LoadingPlaceholder text="Loading latency…" data-testid={testIds.panel.loading} />
  ) : (
    <Diagnostics diagnostics={diagnostics} full onAction={onAction} />
  );
}
