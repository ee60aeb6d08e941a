import { toSafeUrl } from '../../links/safeUrl';
import { LabelMappingRule } from '../../types';

function urlProblem(url: string | undefined): string | undefined {
  if (!url?.trim()) {
    return 'Inactive until complete: enter a URL template, e.g. https://tool.example.com/traces/${__value.raw}';
  }
  if (!url.includes('${__value.raw}') && !url.includes('${__value.text}')) {
    return 'The template should contain ${__value.raw}, where the trace ID goes.';
  }
  const probe = toSafeUrl(url.replace(/\$\{[^}]*\}/g, 'x'));
  return probe.ok ? undefined : probe.reason;
}

/** Why a rule does not link yet (it stays inactive until complete), or undefined when it is usable. */
export function mappingRuleProblem(rule: LabelMappingRule): string | undefined {
  if (rule.kind === 'url') {
    return urlProblem(rule.url);
  }
  return rule.datasourceUid ? undefined : 'Inactive until complete: choose a tracing data source.';
}
