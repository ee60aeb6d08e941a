import { plugin } from './module';

describe('plugin declaration', () => {
  it('asks Grafana for annotations, where the Prometheus data source puts exemplar frames', () => {
    // @grafana/scenes VizPanel.applyFieldConfig sets data.annotations to undefined unless this is true.
    expect(plugin.dataSupport.annotations).toBe(true);
  });
});
