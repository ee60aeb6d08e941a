import {
  LegendDisplayMode,
  LegendPlacement,
  SortOrder,
  TooltipDisplayMode,
  VizLegendOptions,
  VizTooltipOptions,
} from '@grafana/schema';
import { defaultOptions } from './types';

function recordOrEmpty(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

const PLACEMENTS: readonly LegendPlacement[] = ['bottom', 'right'];

/** Grafana's legend options (v2); saved before they existed → the v1 legend: a list at the bottom. */
export function migrateLegend(saved: unknown): VizLegendOptions {
  const raw = recordOrEmpty(saved);
  const defaults = defaultOptions.legend;
  const calcs = Array.isArray(raw.calcs) ? raw.calcs.filter((c): c is string => typeof c === 'string') : [];
  const legend: VizLegendOptions = {
    showLegend: typeof raw.showLegend === 'boolean' ? raw.showLegend : defaults.showLegend,
    displayMode: oneOf(raw.displayMode, Object.values(LegendDisplayMode)) ?? defaults.displayMode,
    placement: oneOf(raw.placement, PLACEMENTS) ?? defaults.placement,
    calcs,
  };
  if (typeof raw.width === 'number' && raw.width > 0) {
    legend.width = raw.width;
  }
  if (typeof raw.sortBy === 'string') {
    legend.sortBy = raw.sortBy;
    legend.sortDesc = raw.sortDesc === true;
  }
  return legend;
}

/** Grafana's tooltip options (v2); saved before they existed → the v1 tooltip: every line, unsorted. */
export function migrateTooltip(saved: unknown): VizTooltipOptions {
  const raw = recordOrEmpty(saved);
  const defaults = defaultOptions.tooltip;
  return {
    mode: oneOf(raw.mode, Object.values(TooltipDisplayMode)) ?? defaults.mode,
    sort: oneOf(raw.sort, Object.values(SortOrder)) ?? defaults.sort,
  };
}
