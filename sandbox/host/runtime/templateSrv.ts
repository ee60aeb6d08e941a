/**
 * A TemplateSrv with dashboard constants and scoped variables. Built-in interval/range variables
 * (`$__interval`, `$__rate_interval`, `$__range`…) are left in place unless scopedVars carry them:
 * Grafana's Prometheus data source interpolates those itself.
 */
import type { ScopedVars, TimeRange, TypedVariableModel } from '@grafana/data';
import type { TemplateSrv } from '@grafana/runtime';
import { sceneGraph, type SceneObject } from '@grafana/scenes';

const VARIABLE_PATTERN = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g;

export class SandboxTemplateSrv implements TemplateSrv {
  private timeRange?: TimeRange;

  constructor(private readonly constants: Record<string, string> = {}) {}

  getVariables(): TypedVariableModel[] {
    return [];
  }

  containsTemplate(target?: string): boolean {
    if (!target) {
      return false;
    }
    VARIABLE_PATTERN.lastIndex = 0;
    return VARIABLE_PATTERN.test(target);
  }

  updateTimeRange(timeRange: TimeRange): void {
    this.timeRange = timeRange;
  }

  replace(target?: string, scopedVars?: ScopedVars, format?: string | Function): string {
    if (!target) {
      return target ?? '';
    }
    // As Grafana's template_srv: a query run from a scene carries its object, whose scope holds the dashboard's
    // variables (a repeat clone's own `$route` included); Scenes interpolates from there.
    const sceneObject = (scopedVars?.__sceneObject?.value as { valueOf?: () => unknown } | undefined)?.valueOf?.();
    if (sceneObject && typeof sceneObject === 'object' && 'state' in sceneObject) {
      const { __sceneObject: _ignored, ...rest } = scopedVars ?? {};
      return sceneGraph.interpolate(sceneObject as SceneObject, target, rest, format as string | undefined);
    }
    return target.replace(
      VARIABLE_PATTERN,
      (match, plain?: string, bracket?: string, _bracketFormat?: string, braced?: string, fieldPath?: string) => {
        const name = plain ?? bracket ?? braced ?? '';
        const value = this.lookup(name, scopedVars, fieldPath);
        return value === undefined ? match : value;
      }
    );
  }

  private lookup(name: string, scopedVars: ScopedVars | undefined, fieldPath: string | undefined): string | undefined {
    const scoped = scopedVars?.[name];
    if (scoped) {
      const value: unknown =
        fieldPath && typeof scoped.value === 'object' && scoped.value !== null
          ? (scoped.value as Record<string, unknown>)[fieldPath]
          : scoped.value;
      return value === undefined || value === null ? undefined : String(value);
    }
    if (name === '__from' && this.timeRange) {
      return String(this.timeRange.from.valueOf());
    }
    if (name === '__to' && this.timeRange) {
      return String(this.timeRange.to.valueOf());
    }
    return this.constants[name];
  }
}
