/**
 * Grafana's own `locationService` (a HistoryWrapper over the browser history, as in Grafana; @grafana/runtime
 * only allows replacing it in tests). Every navigation is recorded so tests can assert Explore links.
 */
import { locationService } from '@grafana/runtime';

export function recordNavigation(onNavigate: (url: string) => void): void {
  locationService
    .getHistory()
    .listen((location) => onNavigate(`${location.pathname}${location.search}${location.hash}`));
}
