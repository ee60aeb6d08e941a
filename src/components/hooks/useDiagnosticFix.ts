import { useCallback } from 'react';
import { DiagnosticAction } from '../../data/diagnostics';
import { PanelView } from '../../view/panelView';
import { DataSourceInfo } from '../../links/types';
import { PanelOptions } from '../../types';

/**
 * A diagnostic's one-click fix. "Map this label" adds a rule for the label seen in the data, to where the
 * working rules already point (else the first tracing data source). The whole options object is handed over:
 * right under Scenes' merge and the legacy panel's replace semantics alike.
 */
export function useDiagnosticFix(
  model: PanelView,
  tracing: DataSourceInfo[],
  options: PanelOptions,
  onOptionsChange: (options: PanelOptions) => void
) {
  return useCallback(
    (action: DiagnosticAction) => {
      if (action.kind === 'map-label') {
        const target = model.rules.find((r) => !r.problem) ?? {
          kind: 'datasource' as const,
          datasourceUid: tracing[0]?.uid,
        };
        onOptionsChange({
          ...options,
          labelMapping: {
            ...options.labelMapping,
            rules: [
              ...options.labelMapping.rules,
              {
                labelName: action.labelName,
                kind: target.kind,
                datasourceUid: target.datasourceUid,
                url: 'url' in target ? target.url : undefined,
              },
            ],
          },
        });
      }
    },
    [model.rules, tracing, options, onOptionsChange]
  );
}
