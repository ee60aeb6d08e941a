import React from 'react';
import { ClipboardButton } from '@grafana/ui';
import { usePanelServices } from '../../services/panelServices';
import { buildShareUrl, shareRange } from '../../view/shareLink';
import { testIds } from '../testIds';

/**
 * Copies the dashboard as it is now (its URL holds the open trace and span) with an absolute time range around the
 * exemplar: a shared link with a relative range would lose the exemplar, and its trace, within the hour.
 */
export function CopyDashboardLink({ range, exemplarMs }: { range: { from: number; to: number }; exemplarMs: number }) {
  const services = usePanelServices();
  return (
    <ClipboardButton
      size="sm"
      variant="secondary"
      icon="link"
      tooltip="Copies a link to this dashboard with this trace open and an absolute time range around the exemplar, so the link keeps working after the exemplar has aged out of a relative range"
      getText={() =>
        buildShareUrl(
          `${window.location.origin}${services.appSubUrl()}${services.pathname()}`,
          services.search(),
          {},
          shareRange(range, exemplarMs)
        )
      }
      data-testid={testIds.drawer.copyLink}
    >
      Copy link
    </ClipboardButton>
  );
}
