import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../src/components/testIds';

// These specs drive a real Grafana (the docker compose stack). Without one, the browser suite is the sandbox:
// npx playwright test -c sandbox/playwright.config.ts
test.skip(
  !process.env.GRAFANA_URL,
  'GRAFANA_URL is not set: start Grafana (docker compose up) and set GRAFANA_URL to run the @grafana/plugin-e2e specs'
);

test('the provisioned dashboard shows the Exemplar Trace panel', async ({
  gotoDashboardPage,
  readProvisionedDashboard,
  page,
}) => {
  const dashboard = await readProvisionedDashboard({ fileName: 'dashboard.json' });
  await gotoDashboardPage(dashboard);
  await expect(page.getByTestId(testIds.panel.container).first()).toBeVisible();
});

test('panel edit renders the Exemplar Trace panel', async ({ gotoPanelEditPage, readProvisionedDashboard, page }) => {
  const dashboard = await readProvisionedDashboard({ fileName: 'dashboard.json' });
  const panelEditPage = await gotoPanelEditPage({ dashboard, id: '1' });
  await expect(panelEditPage.panel.locator).toBeVisible();
  await expect(page.getByTestId(testIds.panel.container)).toBeVisible();
});
