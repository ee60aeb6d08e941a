import React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelServicesContext } from '../../services/panelServices';
import { fakeServices, measurableCanvas } from '../../testing/fakeServices';
import { defaultOptions, LabelMappingRule } from '../../types';
import { LabelMappingEditor } from './LabelMappingEditor';
import { testIds } from '../testIds';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  DataSourcePicker: ({ current }: { current: string | null }) => <div>picker: {current ?? 'none'}</div>,
}));

function renderEditor(rules: LabelMappingRule[]) {
  const onChange = jest.fn();
  render(
    <PanelServicesContext.Provider value={fakeServices()}>
      <LabelMappingEditor
        value={rules}
        onChange={onChange}
        item={{} as never}
        context={{ data: [], options: defaultOptions }}
      />
    </PanelServicesContext.Provider>
  );
  return onChange;
}

beforeAll(measurableCanvas);

describe('LabelMappingEditor', () => {
  it("shows the Prometheus data source's own exemplar links under the rules", () => {
    renderEditor([]);
    expect(screen.getByTestId(testIds.editor.mappingPreview)).toHaveTextContent('trace_id → Tempo');
  });

  it('says what is missing from a rule', () => {
    renderEditor([
      { labelName: 'trace_id', kind: 'datasource' },
      { labelName: 'trace_id', kind: 'url', url: 'https://tool.example.com/traces/' },
      { labelName: 'trace_id', kind: 'url', url: 'javascript:alert(1)//${__value.raw}' },
    ]);
    const [noSource, noPlaceholder, unsafe] = screen.getAllByTestId(testIds.editor.mappingRule);
    expect(within(noSource).getByText('Inactive until complete: choose a tracing data source.')).toBeInTheDocument();
    expect(
      within(noPlaceholder).getByText('The template should contain ${__value.raw}, where the trace ID goes.')
    ).toBeInTheDocument();
    expect(within(unsafe).getByText('Refused a link that is not an http(s) or relative URL.')).toBeInTheDocument();
  });

  it('adds and removes rules', () => {
    const rule: LabelMappingRule = { labelName: 'traceID', kind: 'datasource', datasourceUid: 'tempo' };
    const onChange = renderEditor([rule]);
    fireEvent.click(screen.getByTestId(testIds.editor.addRule));
    // The new rule starts as the Prometheus data source's own mapping (trace_id → Tempo): complete, working as it is.
    expect(onChange).toHaveBeenLastCalledWith([
      rule,
      { labelName: 'trace_id', kind: 'datasource', datasourceUid: 'tempo' },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Remove rule' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });
});
